#pragma once
/// \file label_placement.hpp
/// Internal: where the labels of a chart's reference lines go. Each label comes with its
/// candidate boxes, most preferred first (beside its own line); the first one that stays in
/// the plot and clear of the plotted data, of the other lines and of the labels placed before
/// it is taken. When none is clear, the one that covers the least is.

#include "chart.hpp"

#include <functional>
#include <optional>
#include <vector>

namespace candor::render::detail {

/// A straight piece of a plotted line, in the caller's user space.
struct Segment {
    Point a;
    Point b;
};

/// What labels must keep clear of, weighted by how bad covering it is.
struct Obstacles {
    std::vector<Segment> data;  ///< the series' lines (markers included by `clearance`)
    double clearance = 0.0;     ///< how far from a series line a label keeps
    std::vector<Rect> boxes;    ///< histogram bars and other fixed texts
    std::vector<Segment> lines; ///< the reference lines
};

/// Whether the segment passes through the rectangle grown by `margin` on every side.
bool crosses(const Segment& s, const Rect& r, double margin);
/// Whether two rectangles share more than an edge.
bool overlaps(const Rect& a, const Rect& b);

/// The leader a label in `box` would be drawn with (label index, box), if any.
using LeaderOf = std::function<std::optional<Segment>(std::size_t, const Rect&)>;

/// One box for each label, chosen from its candidates (`candidates[i]` for label i, in order
/// of preference). Labels are placed in order; `own_line[i]`, when set, is the index in
/// `obstacles.lines` of label i's own line, which does not count against it. With `leader_of`,
/// a label's leader may not cross a label placed before it, nor a label a placed leader.
std::vector<Rect> place_labels(const std::vector<std::vector<Rect>>& candidates,
                               const std::vector<int>& own_line, const Rect& bounds,
                               const Obstacles& obstacles, const LeaderOf& leader_of = {});

} // namespace candor::render::detail
