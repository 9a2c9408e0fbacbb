#include "label_placement.hpp"

#include <algorithm>
#include <cstddef>
#include <limits>

namespace candor::render::detail {

namespace {

/// Liang-Barsky: narrows [t0, t1] to where p*t <= q holds; false when nothing is left.
bool clip(double p, double q, double& t0, double& t1) {
    if (p == 0.0) {
        return q >= 0.0;
    }
    const double t = q / p;
    if (p < 0.0) {
        if (t > t1) {
            return false;
        }
        t0 = std::max(t0, t);
    } else {
        if (t < t0) {
            return false;
        }
        t1 = std::min(t1, t);
    }
    return true;
}

bool inside(const Rect& box, const Rect& bounds) {
    constexpr double slack = 0.5;
    return box.x >= bounds.x - slack && box.y >= bounds.y - slack &&
           box.x + box.width <= bounds.x + bounds.width + slack &&
           box.y + box.height <= bounds.y + bounds.height + slack;
}

/// The labels and leaders placed so far.
struct Placed {
    std::vector<Rect> boxes;
    std::vector<Segment> leaders;
};

/// How much a box (and its leader) covers: other labels and leaders weigh most, then bars and
/// fixed texts, then data lines, then reference lines. 0 is clear.
double cost(const Rect& box, const std::optional<Segment>& leader, const Placed& placed,
            const Obstacles& o, int own) {
    double c = 0.0;
    for (const Rect& p : placed.boxes) {
        c += overlaps(box, p) || (leader && crosses(*leader, p, 0.5)) ? 1000.0 : 0.0;
    }
    for (const Segment& l : placed.leaders) {
        c += crosses(l, box, 0.5) ? 1000.0 : 0.0;
    }
    for (const Rect& b : o.boxes) {
        c += overlaps(box, b) ? 100.0 : 0.0;
    }
    for (const Segment& s : o.data) {
        c += crosses(s, box, o.clearance) ? 10.0 : 0.0;
    }
    for (std::size_t i = 0; i < o.lines.size(); ++i) {
        if (static_cast<int>(i) != own && crosses(o.lines[i], box, 0.5)) {
            c += 1.0;
        }
    }
    return c;
}

Rect choose(const std::vector<Rect>& candidates, int own, const Rect& bounds, const Placed& placed,
            const Obstacles& o, const std::function<std::optional<Segment>(const Rect&)>& leader) {
    Rect best = candidates.empty() ? Rect{bounds.x, bounds.y, 0.0, 0.0} : candidates.front();
    double best_cost = std::numeric_limits<double>::infinity();
    for (const Rect& box : candidates) {
        if (!inside(box, bounds)) {
            continue;
        }
        const double c = cost(box, leader(box), placed, o, own);
        if (c == 0.0) {
            return box;
        }
        if (c < best_cost) {
            best_cost = c;
            best = box;
        }
    }
    return best;
}

} // namespace

bool crosses(const Segment& s, const Rect& r, double margin) {
    const double x0 = r.x - margin;
    const double y0 = r.y - margin;
    const double x1 = r.x + r.width + margin;
    const double y1 = r.y + r.height + margin;
    const double dx = s.b.x - s.a.x;
    const double dy = s.b.y - s.a.y;
    double t0 = 0.0;
    double t1 = 1.0;
    return clip(-dx, s.a.x - x0, t0, t1) && clip(dx, x1 - s.a.x, t0, t1) &&
           clip(-dy, s.a.y - y0, t0, t1) && clip(dy, y1 - s.a.y, t0, t1);
}

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height &&
           b.y < a.y + a.height;
}

std::vector<Rect> place_labels(const std::vector<std::vector<Rect>>& candidates,
                               const std::vector<int>& own_line, const Rect& bounds,
                               const Obstacles& obstacles, const LeaderOf& leader_of) {
    Placed placed;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const int own = i < own_line.size() ? own_line[i] : -1;
        const auto leader = [&](const Rect& box) {
            return leader_of ? leader_of(i, box) : std::optional<Segment>();
        };
        const Rect box = choose(candidates[i], own, bounds, placed, obstacles, leader);
        placed.boxes.push_back(box);
        if (const auto l = leader(box)) {
            placed.leaders.push_back(*l);
        }
    }
    return placed.boxes;
}

} // namespace candor::render::detail
