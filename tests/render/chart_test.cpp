#include "render/chart.hpp"
#include "render/chart_data.hpp"

#include "core/analysis.hpp"
#include "core/examples.hpp"
#include "core/request.hpp"

#include <doctest/doctest.h>

#include "canvas.hpp"

#include <cairo.h>

#include <cmath>
#include <cstdint>
#include <set>

using namespace candor;
using render::ChartKind;

namespace {

core::OfferResult example(const char* id) {
    const auto& e = core::find_example(id);
    return core::execute(
        core::OfferRequest{e.offer, core::Assumptions::defaults(), {}, std::nullopt},
        core::MarketData::builtin());
}

struct Image : test::Canvas {
    using Canvas::Canvas;

    /// Pixels within `tol` (0..255 per channel) of the colour.
    int count_near(const render::Colour& c, int tol) const {
        const auto near = [tol](int v, double target) {
            return std::abs(v - static_cast<int>(std::lround(target * 255))) <= tol;
        };
        return count(all(), [&](int r, int g, int b) {
            return near(r, c.r) && near(g, c.g) && near(b, c.b);
        });
    }

    /// Pixels inside [x0, x1) x [y0, y1) darker than light grey in every channel: text and lines.
    int count_dark(int x0, int y0, int x1, int y1) const {
        return count({static_cast<double>(x0), static_cast<double>(y0),
                      static_cast<double>(x1 - x0), static_cast<double>(y1 - y0)},
                     [](int r, int g, int b) { return r < 200 && g < 200 && b < 200; });
    }

    /// Pixels whose channels differ by more than `tol`: coloured, not grey.
    int count_coloured(int tol) const {
        return count(all(), [tol](int r, int g, int b) {
            return std::max({r, g, b}) - std::min({r, g, b}) > tol;
        });
    }
};

} // namespace

TEST_CASE("the first six style slots differ in colour, dash pattern and marker") {
    std::set<std::vector<double>> dashes;
    std::set<int> markers;
    std::set<long> colours;
    for (int slot = 0; slot < 6; ++slot) {
        const auto st = render::series_style(slot);
        dashes.insert(st.dashes);
        if (st.marker != render::Marker::None) {
            markers.insert(static_cast<int>(st.marker));
        }
        colours.insert(std::lround(st.colour.r * 255) * 65536 +
                       std::lround(st.colour.g * 255) * 256 + std::lround(st.colour.b * 255));
    }
    CHECK(dashes.size() == 6);
    CHECK(markers.size() == 5);
    CHECK(colours.size() == 6);
    // Slots wrap around; negative slots are the neutral grey.
    CHECK(render::series_style(6).dashes == render::series_style(0).dashes);
    const auto grey = render::series_style(-1).colour;
    CHECK(grey.r == grey.g);
    CHECK(grey.g == grey.b);
}

TEST_CASE("chart kinds have stable ids that round-trip") {
    for (ChartKind k : {ChartKind::ValueOverTerm, ChartKind::Rollover,
                        ChartKind::OutcomeDistribution, ChartKind::Survival}) {
        CHECK(render::chart_kind_from_id(render::chart_kind_id(k)) == k);
    }
    CHECK(std::string(render::chart_kind_id(ChartKind::OutcomeDistribution)) == "outcomes");
    CHECK_FALSE(render::chart_kind_from_id("pie").has_value());
}

TEST_CASE("the value chart draws the advertised and benchmark series in their colours") {
    const auto r = example("platform-a-usdt");
    Image img(600, 400);
    render::draw_chart(img.cr, ChartKind::ValueOverTerm, render::value_over_term_chart(r),
                       {0, 0, 600, 400}, {});
    const auto adv = render::series_style(0).colour;
    const auto bench = render::series_style(1).colour;
    CHECK(img.count_near(adv, 12) > 300);
    CHECK(img.count_near(bench, 12) > 100);
}

TEST_CASE("greyscale drawing leaves no coloured pixel") {
    const auto r = example("platform-a-usdt");
    for (ChartKind k : {ChartKind::ValueOverTerm, ChartKind::Rollover,
                        ChartKind::OutcomeDistribution, ChartKind::Survival}) {
        CAPTURE(render::chart_kind_id(k));
        Image colour(500, 350);
        Image grey(500, 350);
        const auto data = render::chart_for(k, r, render::default_magnitudes());
        render::ChartStyle style;
        render::draw_chart(colour.cr, k, data, {0, 0, 500, 350}, style);
        style.greyscale = true;
        render::draw_chart(grey.cr, k, data, {0, 0, 500, 350}, style);
        CHECK(colour.count_coloured(40) > 100);
        // Anti-aliased text may carry a faint tint from subpixel rendering; lines must not.
        CHECK(grey.count_coloured(40) == 0);
    }
}

TEST_CASE("draw_chart restores the caller's cairo state and draws only inside its rectangle") {
    const auto r = example("platform-a-usdt");
    Image img(400, 400);
    cairo_set_source_rgb(img.cr, 1, 1, 1);
    cairo_paint(img.cr);
    cairo_set_line_width(img.cr, 7.0);
    cairo_translate(img.cr, 10, 20);
    render::draw_chart(img.cr, ChartKind::Rollover, render::rollover_chart(r, {}), {0, 0, 200, 150},
                       {});
    CHECK(cairo_get_line_width(img.cr) == 7.0);
    cairo_matrix_t m;
    cairo_get_matrix(img.cr, &m);
    CHECK(m.x0 == 10.0);
    CHECK(m.y0 == 20.0);
    CHECK(cairo_status(img.cr) == CAIRO_STATUS_SUCCESS);
    // Nothing outside (10, 20)-(210, 170): the lower half of the image stays white.
    cairo_surface_flush(img.surface);
    const int stride = cairo_image_surface_get_stride(img.surface);
    const unsigned char* data = cairo_image_surface_get_data(img.surface);
    int non_white = 0;
    for (int y = 200; y < 400; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
        for (int x = 0; x < 400; ++x) {
            non_white += (row[x] & 0xFFFFFFU) != 0xFFFFFFU ? 1 : 0;
        }
    }
    CHECK(non_white == 0);
}

TEST_CASE("a chart without data draws a note instead of failing") {
    render::ChartData empty;
    empty.title = "Empty";
    for (ChartKind k : {ChartKind::ValueOverTerm, ChartKind::OutcomeDistribution}) {
        CAPTURE(render::chart_kind_id(k));
        Image img(300, 200);
        img.paint_white();
        render::draw_chart(img.cr, k, empty, {0, 0, 300, 200}, {});
        CHECK(cairo_status(img.cr) == CAIRO_STATUS_SUCCESS);
        // The note is text in the plot area below the title: dark pixels there, and no plot.
        CHECK(img.count_dark(0, 50, 300, 200) > 40);
    }
    // Degenerate rectangles and a null context are ignored: nothing is drawn.
    Image img(300, 200);
    img.paint_white();
    render::draw_chart(img.cr, ChartKind::Survival, empty, {0, 0, 0, 0}, {});
    render::draw_chart(nullptr, ChartKind::Survival, empty, {0, 0, 100, 100}, {});
    CHECK(cairo_status(img.cr) == CAIRO_STATUS_SUCCESS);
    CHECK(img.count_dark(0, 0, 300, 200) == 0);
}

TEST_CASE("right-to-left and non-Latin labels are drawn as text") {
    const auto r = example("platform-a-usdt");
    auto data = render::value_over_term_chart(r);
    auto blank = data;
    blank.title.clear();
    data.title = "القيمة خلال المدة";  // Arabic
    data.series[0].label = "מפורסם";   // Hebrew
    data.series[1].label = "基准";     // Chinese
    data.y.label = "Стоимость (USDT)"; // Russian
    Image with(500, 300);
    Image without(500, 300);
    with.paint_white();
    without.paint_white();
    render::draw_chart(with.cr, ChartKind::ValueOverTerm, data, {0, 0, 500, 300}, {});
    render::draw_chart(without.cr, ChartKind::ValueOverTerm, blank, {0, 0, 500, 300}, {});
    CHECK(cairo_status(with.cr) == CAIRO_STATUS_SUCCESS);
    // The Arabic title is ink in the title band that the chart without a title does not have.
    const int title_ink = with.count_dark(0, 0, 500, 40) - without.count_dark(0, 0, 500, 40);
    CHECK(title_ink > 60);
}
