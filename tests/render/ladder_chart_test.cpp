#include "language_guard.hpp"
#include "render/chart.hpp"
#include "render/chart_data.hpp"
#include "render/chart_table.hpp"

#include "core/examples.hpp"
#include "core/request.hpp"
#include "i18n/tr.hpp"
#include "present/ladder_text.hpp"
#include "present/number_format.hpp"

#include <doctest/doctest.h>

#include "canvas.hpp"

#include <cairo.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

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

    /// Pixels that are `c` laid at least half opaque over white or a light grey (anti-aliased
    /// edges of a line of that colour included).
    int near(const render::Rect& r, const render::Colour& c) const {
        const double c_r = c.r * 255.0;
        const double c_g = c.g * 255.0;
        const double c_b = c.b * 255.0;
        return count(r, [&](int R, int G, int B) {
            // p = a c + (1 - a) w, with w the brightest channel's background: solve for a on the
            // channel where c differs most from white, then check the other two.
            const double w = std::max({R, G, B, 200});
            const double dr = w - c_r;
            const double dg = w - c_g;
            const double db = w - c_b;
            const double big = std::max({dr, dg, db});
            if (big < 60.0) {
                return false;
            }
            const double a = big == dr ? (w - R) / dr : big == dg ? (w - G) / dg : (w - B) / db;
            if (a < 0.5) {
                return false;
            }
            return std::abs(w - a * dr - R) < 30.0 && std::abs(w - a * dg - G) < 30.0 &&
                   std::abs(w - a * db - B) < 30.0;
        });
    }
    int coloured(const render::Rect& r) const {
        return count(r, [](int R, int G, int B) {
            return std::max({R, G, B}) - std::min({R, G, B}) > 24;
        });
    }
    int inked(const render::Rect& r) const {
        return count(r, [](int R, int G, int B) { return R + G + B < 600; });
    }
};

bool overlap(const render::Rect& a, const render::Rect& b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height &&
           b.y < a.y + a.height;
}

void check_no_label_overlaps(const render::LadderLayout& L) {
    for (std::size_t i = 0; i < L.rungs.size(); ++i) {
        for (std::size_t j = i + 1; j < L.rungs.size(); ++j) {
            INFO("labels ", i, " and ", j);
            CHECK_FALSE(overlap(L.rungs[i].label, L.rungs[j].label));
        }
    }
}

render::Rung rung(const std::string& label, std::optional<double> log10_rate, int slot = -1) {
    render::Rung r;
    r.label = label;
    r.value = "x";
    r.log10_rate = log10_rate;
    r.style_slot = slot;
    return r;
}

/// The band of rows around `y` over the scale's column.
render::Rect row_at(const render::LadderLayout& L, double y) {
    return {L.scale.x + 2.0, y - 2.0, L.scale.width - 4.0, 4.0};
}

} // namespace

TEST_CASE("the ladder kind has an id") {
    CHECK(std::string(render::chart_kind_id(ChartKind::Ladder)) == "ladder");
    CHECK(render::chart_kind_from_id("ladder") == ChartKind::Ladder);
}

TEST_CASE("the ladder of platform A: rungs in order of rate, the offer's drawn in its colour") {
    const auto r = example("platform-a-usdt");
    const render::ChartData d = render::ladder_chart(r);
    REQUIRE(d.rungs.size() == r.ladder.size());
    Image img(800, 700);
    const render::Rect area{0, 0, 800, 700};
    const render::ChartStyle style;
    render::draw_chart(img.cr, ChartKind::Ladder, d, area, style);
    const render::LadderLayout L = render::ladder_layout(img.cr, d, area, style);
    REQUIRE(L.rungs.size() == d.rungs.size());
    CHECK(L.tick_step == 1.0); // a few decades: a tick for each
    check_no_label_overlaps(L);
    std::size_t offer = d.rungs.size();
    for (std::size_t i = 0; i < d.rungs.size(); ++i) {
        INFO(d.rungs[i].label);
        // Lowest rate first, so each rung sits no lower on the page than the one before.
        if (i > 0) {
            CHECK(L.rungs[i].rung_y <= L.rungs[i - 1].rung_y + 1e-9);
        }
        // Labels inside the area, to the right of the scale.
        CHECK(L.rungs[i].label.x >= L.scale.x + L.scale.width);
        CHECK(L.rungs[i].label.x + L.rungs[i].label.width <= area.width + 1e-6);
        CHECK(L.rungs[i].label.y >= 0.0);
        CHECK(L.rungs[i].label.y + L.rungs[i].label.height <= area.height + 1e-6);
        // Something is written where each label is.
        CHECK(img.inked(L.rungs[i].label) > 20);
        if (d.rungs[i].highlighted) {
            offer = i;
        }
    }
    REQUIRE(offer < d.rungs.size());
    CHECK(d.rungs[offer].label == "This offer");
    // The offer's rung is drawn thick in vermillion on the scale at its height...
    const auto vermillion = render::series_style(0).colour;
    CHECK(img.near(row_at(L, L.rungs[offer].rung_y), vermillion) > 40);
    // ... and its 7,742% a year sits between 10^1 and 10^2 (1,000% and 10,000%).
    const double y_10 = L.scale.y + L.scale.height * (L.hi - 1.0) / (L.hi - L.lo);
    const double y_100 = L.scale.y + L.scale.height * (L.hi - 2.0) / (L.hi - L.lo);
    CHECK(L.rungs[offer].rung_y < y_10);
    CHECK(L.rungs[offer].rung_y > y_100);
    // The safe rate's rung, in blue, is far below it.
    for (std::size_t i = 0; i < d.rungs.size(); ++i) {
        if (d.rungs[i].style_slot == 1) {
            CHECK(img.near(row_at(L, L.rungs[i].rung_y), render::series_style(1).colour) > 20);
            CHECK(L.rungs[i].rung_y > L.rungs[offer].rung_y + 100.0);
        }
    }
}

TEST_CASE("ladder labels never overlap: crowded rungs push apart, then the font shrinks") {
    render::ChartData d;
    d.title = "Crowded";
    for (int i = 0; i < 30; ++i) {
        d.rungs.push_back(rung("Rung " + std::to_string(i), -1.5 + 0.001 * i, i % 6));
    }
    const render::ChartStyle style;
    {
        Image img(700, 700);
        const render::LadderLayout L = render::ladder_layout(img.cr, d, {0, 0, 700, 700}, style);
        check_no_label_overlaps(L);
        CHECK(L.font_size == doctest::Approx(style.font_size * 0.9));
    }
    {
        // Too short for 30 lines at 8.1 units: the labels get a smaller font, still apart.
        Image img(500, 220);
        const render::LadderLayout L = render::ladder_layout(img.cr, d, {0, 0, 500, 220}, style);
        check_no_label_overlaps(L);
        CHECK(L.font_size < style.font_size * 0.9);
        render::draw_chart(img.cr, ChartKind::Ladder, d, {0, 0, 500, 220}, style);
        CHECK(img.inked({0, 0, 500, 220}) > 500);
    }
}

TEST_CASE("the ladder's scale: rates of 0% or less in a band, rates of 10^300 on the scale") {
    render::ChartData d;
    d.rungs.push_back(rung("zero", std::nullopt, 1));
    d.rungs.push_back(rung("tiny", -9.0, 2)); // 0.0000001%: at the foot of the scale
    d.rungs.push_back(rung("bank", -2.5, 3));
    d.rungs.push_back(rung("million percent", 4.0, 4));
    d.rungs.push_back(rung("beyond any double", 300.0, 0));
    d.rungs.back().highlighted = true;
    Image img(600, 500);
    const render::ChartStyle style;
    render::draw_chart(img.cr, ChartKind::Ladder, d, {0, 0, 600, 500}, style);
    const render::LadderLayout L = render::ladder_layout(img.cr, d, {0, 0, 600, 500}, style);
    check_no_label_overlaps(L);
    REQUIRE(L.floor_band);
    // 304 decades get a tick every 20, not every one, kept apart on the height.
    CHECK(L.tick_step == 20.0);
    CHECK(L.lo == -20.0);
    CHECK(L.hi == 300.0);
    CHECK((L.hi - L.lo) / L.tick_step <= 500.0 / (render::ChartStyle{}.font_size * 1.8));
    const render::Rect band = *L.floor_band;
    CHECK(L.rungs[0].rung_y > band.y);
    CHECK(L.rungs[0].rung_y < band.y + band.height);
    CHECK(band.y > L.scale.y + L.scale.height);
    // The zero rung is drawn in the band, in its blue.
    CHECK(img.near(row_at(L, L.rungs[0].rung_y), render::series_style(1).colour) > 20);
    // The tiny rate sits at its place (the scale reaches 10^-20 here), the huge one at the top.
    CHECK(L.rungs[1].rung_y ==
          doctest::Approx(L.scale.y + L.scale.height * (L.hi + 9.0) / (L.hi - L.lo)));
    CHECK(L.rungs[4].rung_y == doctest::Approx(L.scale.y));
    CHECK(img.near(row_at(L, L.rungs[4].rung_y), render::series_style(0).colour) > 40);
}

TEST_CASE("the ladder in greyscale has no coloured pixel - empty data draw a note") {
    const auto r = example("platform-a-xrp");
    const render::ChartData d = render::ladder_chart(r);
    render::ChartStyle style;
    Image colour(600, 500);
    render::draw_chart(colour.cr, ChartKind::Ladder, d, {0, 0, 600, 500}, style);
    CHECK(colour.coloured({0, 0, 600, 500}) > 200);
    style.greyscale = true;
    Image grey(600, 500);
    render::draw_chart(grey.cr, ChartKind::Ladder, d, {0, 0, 600, 500}, style);
    CHECK(grey.coloured({0, 0, 600, 500}) == 0);
    Image empty(300, 200);
    render::draw_chart(empty.cr, ChartKind::Ladder, render::ChartData{}, {0, 0, 300, 200}, {});
    CHECK(empty.inked({0, 0, 300, 200}) > 30);
}

TEST_CASE("the ladder's data table lists every rung with its rate and source") {
    const auto r = example("platform-a-usdt");
    const render::ChartData d = render::ladder_chart(r);
    const render::ChartTable t = render::chart_table(d);
    REQUIRE(t.rows.size() == r.ladder.size());
    bool bitconnect = false;
    for (const auto& row : t.rows) {
        if (row[0].find("BitConnect") != std::string::npos) {
            bitconnect = true;
            CHECK(row[2] == "5,569% a year");
            CHECK(row[1].find("SEC v. BitConnect") != std::string::npos);
        }
    }
    CHECK(bitconnect);
}

namespace {

std::vector<std::string> tick_texts(const render::LadderLayout& L) {
    std::vector<std::string> out;
    for (const auto& t : L.ticks) {
        out.push_back(t.text);
    }
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

/// A ladder from 1% a year to 10^8 (a fraction, 10 billion percent) a year.
render::ChartData big_ladder() {
    render::ChartData d;
    d.rungs.push_back(rung("bank", -2.0, 1));
    d.rungs.push_back(rung("scheme", 1.7, 2));
    d.rungs.push_back(rung("offer", 8.0, 0));
    return d;
}

} // namespace

TEST_CASE("the ladder writes large rates in words, as the other charts do, in every language") {
    const render::ChartData d = big_ladder();
    const render::ChartStyle style;
    Image img(600, 700);
    {
        const test::LanguageGuard guard("en");
        const render::LadderLayout L = render::ladder_layout(img.cr, d, {0, 0, 600, 700}, style);
        const auto ticks = tick_texts(L);
        CAPTURE(ticks.size());
        REQUIRE(L.tick_step == 1.0);
        REQUIRE(L.ticks.size() == 11); // 10^-2 ... 10^8
        CHECK(L.ticks.front().text == "1%");
        CHECK(has(ticks, "100,000%"));
        CHECK(has(ticks, "1 million%"));
        CHECK(L.ticks.back().text == "10 billion%");
        for (const auto& t : L.ticks) {
            CHECK(t.text.find("10^") == std::string::npos);
            CHECK(t.text.find("\u2070") == std::string::npos); // no superscript 0
        }
        // Ticks are placed bottom up, each at its decade on the scale.
        CHECK(L.ticks.front().y == doctest::Approx(L.scale.y + L.scale.height));
        CHECK(L.ticks.back().y == doctest::Approx(L.scale.y));
        CHECK(L.tick_font_size == doctest::Approx(style.font_size * 0.9));
        // A rung's rate: digits up to 999,999%, then words, then a power past the words.
        core::AnnualRate r;
        r.effective = 77.42;
        r.log10_rate = std::log10(77.42);
        CHECK(present::annual_rate_text(r) == "7,742%");
        r.effective = 1.2345e6;
        r.log10_rate = std::log10(1.2345e6);
        CHECK(present::annual_rate_text(r) == "about 123 million%");
        r.effective.reset();
        r.log10_rate = 20.6;
        CHECK(present::annual_rate_text(r) == "about 39.8 sextillion%");
        r.log10_rate = 41.2;
        CHECK(present::annual_rate_text(r) == "about 10^43.2%");
    }
    {
        const test::LanguageGuard guard("de");
        const render::LadderLayout L = render::ladder_layout(img.cr, d, {0, 0, 600, 700}, style);
        CHECK(has(tick_texts(L), "1 Million %"));
        CHECK(L.ticks.back().text == "10 Milliarden %");
        core::AnnualRate r;
        r.log10_rate = 20.6;
        CHECK(present::annual_rate_text(r) == "etwa 39,8 Trilliarden %");
    }
    {
        const test::LanguageGuard guard("ar");
        const render::LadderLayout L = render::ladder_layout(img.cr, d, {0, 0, 600, 700}, style);
        const auto ticks = tick_texts(L);
        // In words, in Arabic-Indic digits: the same words large_number() gives the charts.
        CHECK(L.ticks.back().text ==
              fmt::format(fmt::runtime(i18n::tr("{0}%")), present::large_number(10.0)));
        CHECK(L.ticks.back().text.find("\u0661\u0660") != std::string::npos); // ١٠
        for (const auto& t : ticks) {
            CHECK(t.find_first_of("0123456789") == std::string::npos);
        }
    }
}

TEST_CASE("with a floor for the labels (the classroom), rungs are left out rather than shrunk") {
    render::ChartData d;
    for (int i = 0; i < 30; ++i) {
        d.rungs.push_back(rung("Rung " + std::to_string(i), -1.5 + 0.1 * i, i % 6));
        d.rungs.back().weight = i == 0 ? 0 : 1 + i % 3;
    }
    d.rungs[29].highlighted = true;
    d.rungs[29].weight = 0;
    render::ChartStyle style;
    style.font_size = 20.0;
    style.min_label_size = 18.0;
    Image img(900, 300);
    const render::LadderLayout L = render::ladder_layout(img.cr, d, {0, 0, 900, 300}, style);
    // Labels at the floor, never below it; as many rungs as fit are kept.
    CHECK(L.font_size == doctest::Approx(18.0));
    std::size_t shown = 0;
    double bottom = 0.0;
    for (std::size_t i = 0; i < L.rungs.size(); ++i) {
        if (L.rungs[i].shown) {
            ++shown;
            CHECK(L.rungs[i].label.height >= 18.0);
            bottom = std::max(bottom, L.rungs[i].label.y + L.rungs[i].label.height);
        } else {
            CHECK(L.rungs[i].label.height == 0.0);
        }
    }
    CHECK(bottom <= 300.0);
    CHECK(shown >= 5);
    CHECK(shown < 30);
    check_no_label_overlaps(L);
    // Weight 0 stays; the heaviest go first: every weight-3 rung is out before a weight-1 one.
    CHECK(L.rungs[0].shown);
    CHECK(L.rungs[29].shown);
    bool weight1_out = false;
    bool weight3_in = false;
    for (std::size_t i = 1; i < 29; ++i) {
        weight1_out = weight1_out || (d.rungs[i].weight == 1 && !L.rungs[i].shown);
        weight3_in = weight3_in || (d.rungs[i].weight == 3 && L.rungs[i].shown);
    }
    CHECK_FALSE((weight1_out && weight3_in));
    CHECK_FALSE(weight3_in);
    // Without the floor the same labels all stay, in a smaller font.
    style.min_label_size = 0.0;
    const render::LadderLayout all = render::ladder_layout(img.cr, d, {0, 0, 900, 300}, style);
    CHECK(all.font_size < 18.0);
    for (const auto& p : all.rungs) {
        CHECK(p.shown);
    }
    // The platform's ladder keeps its offer and safe-rate rungs whatever the room.
    const render::ChartData platform = render::ladder_chart(example("platform-a-usdt"));
    style.min_label_size = 18.0;
    const render::LadderLayout small =
        render::ladder_layout(img.cr, platform, {0, 0, 900, 200}, style);
    for (std::size_t i = 0; i < platform.rungs.size(); ++i) {
        if (platform.rungs[i].weight == 0) {
            CHECK(small.rungs[i].shown);
        }
    }
}
