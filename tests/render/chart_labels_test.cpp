// The labels of the reference lines (issue 14, point 9): each sits beside its own line, clear
// of the plotted data and of the other labels, for the example offers at several sizes, in a
// left-to-right and a right-to-left language.
#include "language_guard.hpp"
#include "render/chart.hpp"
#include "render/chart_data.hpp"
#include "render/label_placement.hpp"

#include "core/examples.hpp"
#include "core/request.hpp"
#include "i18n/tr.hpp"
#include "present/number_format.hpp"

#include <doctest/doctest.h>

#include "canvas.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

using namespace candor;
using render::ChartKind;
using render::Rect;

namespace {

/// How far a label may sit from its own line, in pixels: right at it, or, where lines crowd,
/// up to two labels' heights off with a leader.
constexpr double near_line = 26.0;
/// A label this near its line needs no leader.
constexpr double adjacent = 2.0;

using test::LanguageGuard;

core::OfferResult example(const char* id, const std::optional<std::string>& scenario) {
    const auto& e = core::find_example(id);
    std::optional<core::ScenarioRequest> s;
    if (scenario) {
        s = core::ScenarioRequest{};
        s->preset = *scenario;
    }
    return core::execute(core::OfferRequest{e.offer, core::Assumptions::defaults(), {}, s},
                         core::MarketData::builtin());
}

/// Distance from a box to a horizontal line at y (0 when the line runs through it).
double distance_to_y(const Rect& r, double y) {
    return y < r.y ? r.y - y : std::max(0.0, y - (r.y + r.height));
}

double distance_to_x(const Rect& r, double x) {
    return x < r.x ? r.x - x : std::max(0.0, x - (r.x + r.width));
}

bool inside(const Rect& box, const Rect& bounds) {
    return box.x >= bounds.x - 0.5 && box.y >= bounds.y - 0.5 &&
           box.x + box.width <= bounds.x + bounds.width + 0.5 &&
           box.y + box.height <= bounds.y + bounds.height + 0.5;
}

/// Every check of one chart's layout; returns the number of labels checked.
int check_labels(const render::ChartData& data, const render::ChartLayout& L) {
    REQUIRE(L.mark_labels.size() == data.marks.size());
    REQUIRE(L.x_mark_labels.size() == data.x_marks.size());
    std::vector<Rect> all;
    for (std::size_t i = 0; i < data.marks.size(); ++i) {
        CAPTURE(data.marks[i].label);
        const double y = L.position({L.x_lo, data.marks[i].value}).y;
        CHECK(distance_to_y(L.mark_labels[i], y) <= near_line);
        all.push_back(L.mark_labels[i]);
    }
    for (std::size_t i = 0; i < data.x_marks.size(); ++i) {
        CAPTURE(data.x_marks[i].label);
        const double x = L.position({data.x_marks[i].value, L.y_lo}).x;
        CHECK(distance_to_x(L.x_mark_labels[i], x) <= near_line);
        all.push_back(L.x_mark_labels[i]);
    }
    for (std::size_t i = 0; i < all.size(); ++i) {
        CHECK(inside(all[i], L.plot));
        for (std::size_t j = i + 1; j < all.size(); ++j) {
            CHECK_FALSE(render::detail::overlaps(all[i], all[j]));
        }
        // Clear of every point and every piece of line of every series.
        for (const auto& s : data.series) {
            for (std::size_t k = 0; k < s.points.size(); ++k) {
                const render::Point p = L.position(s.points[k]);
                const render::Point q = k + 1 < s.points.size() ? L.position(s.points[k + 1]) : p;
                CHECK_FALSE(render::detail::crosses({p, q}, all[i], 1.0));
            }
        }
        // Clear of the histogram's bars.
        for (const auto& bin : data.bins) {
            if (bin.probability > 0.0) {
                const render::Point top_left = L.position({bin.lower, bin.probability});
                const render::Point bottom_right = L.position({bin.upper, 0.0});
                const Rect bar{top_left.x - 1.5, top_left.y, bottom_right.x - top_left.x + 3.0,
                               bottom_right.y - top_left.y};
                CHECK_FALSE(render::detail::overlaps(all[i], bar));
            }
        }
    }
    return static_cast<int>(all.size());
}

} // namespace

TEST_CASE("reference labels sit by their own line, clear of the data and of each other") {
    for (const char* lang : {"en", "ar", "de"}) {
        const LanguageGuard guard(lang);
        int labels = 0;
        for (const char* id : {"platform-a-usdt", "platform-a-xrp"}) {
            for (const auto& scenario :
                 {std::optional<std::string>(), std::optional<std::string>("crypto-lender-2022")}) {
                const core::OfferResult r = example(id, scenario);
                for (ChartKind k : {ChartKind::ValueOverTerm, ChartKind::Rollover,
                                    ChartKind::OutcomeDistribution, ChartKind::Survival}) {
                    const auto data = render::chart_for(k, r, render::default_magnitudes());
                    for (const auto& size :
                         {std::array<int, 2>{640, 360}, {800, 500}, {1024, 600}, {480, 320}}) {
                        const std::string where = std::string(lang) + " " + id + " " +
                                                  render::chart_kind_id(k) +
                                                  (scenario ? " with a scenario" : "");
                        CAPTURE(where);
                        CAPTURE(size[0]);
                        test::Canvas img(size[0], size[1]);
                        const auto L = render::chart_layout(
                            img.cr, k, data,
                            {0, 0, static_cast<double>(size[0]), static_cast<double>(size[1])}, {});
                        labels += check_labels(data, L);
                    }
                }
            }
        }
        // The examples do have reference lines to label (World GDP and M2 on the rollover chart
        // of the dollar offer, the principal everywhere).
        CHECK(labels > 100);
    }
}

TEST_CASE("the rollover chart's magnitude labels are each read against their own line") {
    const core::OfferResult r = example("platform-a-usdt", std::nullopt);
    const auto data = render::rollover_chart(r, render::default_magnitudes());
    REQUIRE(data.marks.size() >= 2); // World GDP, M2 and others, some a few pixels apart
    for (const auto& size : {std::array<int, 2>{640, 360}, {800, 500}, {1024, 600}}) {
        CAPTURE(size[0]);
        test::Canvas img(size[0], size[1]);
        const auto L = render::chart_layout(
            img.cr, ChartKind::Rollover, data,
            {0, 0, static_cast<double>(size[0]), static_cast<double>(size[1])}, {});
        for (std::size_t i = 0; i < data.marks.size(); ++i) {
            CAPTURE(data.marks[i].label);
            const Rect& box = L.mark_labels[i];
            const double own = distance_to_y(box, L.position({0.0, data.marks[i].value}).y);
            if (own > adjacent) {
                continue; // drawn with a leader to its line
            }
            // Right at its line: no other line as near, none through the label.
            for (std::size_t j = 0; j < data.marks.size(); ++j) {
                if (j != i) {
                    const double other =
                        distance_to_y(box, L.position({0.0, data.marks[j].value}).y);
                    CHECK(own < other);
                }
            }
        }
    }
}

TEST_CASE("a label goes to the next candidate when the first covers data or another label") {
    using render::detail::Obstacles;
    const Rect bounds{0, 0, 200, 100};
    Obstacles o;
    o.clearance = 1.0;
    // A data line through the first candidate of the first label.
    o.data.push_back({{0, 15}, {60, 15}});
    const std::vector<std::vector<Rect>> candidates{
        {{2, 10, 40, 10}, {2, 30, 40, 10}},
        {{2, 30, 40, 10}, {100, 30, 40, 10}},
        {{300, 10, 40, 10}, {150, 80, 40, 10}}, // the first candidate is outside the plot
    };
    const auto placed = render::detail::place_labels(candidates, {}, bounds, o);
    REQUIRE(placed.size() == 3);
    CHECK(placed[0].y == 30);  // clear of the data line
    CHECK(placed[1].x == 100); // clear of the first label
    CHECK(placed[2].x == 150); // inside the plot
    // Nothing clear: the one that covers least (a data line rather than a label).
    const auto forced = render::detail::place_labels(
        {{{2, 30, 40, 10}}, {{2, 30, 40, 10}, {2, 10, 40, 10}}}, {}, bounds, o);
    CHECK(forced[1].y == 10);
}

TEST_CASE("a segment crosses a box only where it passes through it") {
    const Rect box{10, 10, 10, 10};
    CHECK(render::detail::crosses({{0, 15}, {30, 15}}, box, 0.0));
    CHECK(render::detail::crosses({{15, 15}, {15, 15}}, box, 0.0)); // a point inside
    CHECK_FALSE(render::detail::crosses({{0, 5}, {30, 5}}, box, 0.0));
    CHECK(render::detail::crosses({{0, 9}, {30, 9}}, box, 1.5));       // within the margin
    CHECK_FALSE(render::detail::crosses({{0, 0}, {9, 30}}, box, 0.0)); // passes beside it
    CHECK(render::detail::overlaps({0, 0, 10, 10}, {5, 5, 10, 10}));
    CHECK_FALSE(render::detail::overlaps({0, 0, 10, 10}, {10, 0, 10, 10})); // edges touch
}
