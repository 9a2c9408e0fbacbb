#include "language_guard.hpp"
#include "render/report.hpp"
#include "render/report_builder.hpp"

#include "core/analysis.hpp"
#include "core/examples.hpp"
#include "core/request.hpp"
#include "i18n/tr.hpp"
#include "present/key_figures.hpp"
#include "present/number_format.hpp"
#include "render/chart_data.hpp"

#include <doctest/doctest.h>

#include <cairo.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

using namespace candor;

namespace {

std::vector<core::OfferResult> examples() {
    std::vector<core::OfferResult> out;
    for (const auto& e : core::builtin_examples()) {
        out.push_back(core::execute(
            core::OfferRequest{e.offer, core::Assumptions::defaults(), {}, std::nullopt},
            core::MarketData::builtin()));
    }
    return out;
}

render::ReportOptions options(bool handout) {
    render::ReportOptions o;
    o.handout = handout;
    o.version = "0.0-test";
    o.printed_date = "2026-01-02";
    return o;
}

} // namespace

TEST_CASE("paper sizes in points") {
    CHECK(render::paper_size(render::Paper::A4).width == doctest::Approx(595.276).epsilon(1e-5));
    CHECK(render::paper_size(render::Paper::A4).height == doctest::Approx(841.89).epsilon(1e-5));
    CHECK(render::paper_size(render::Paper::Letter).width == 612.0);
    CHECK(render::paper_size(render::Paper::Letter).height == 792.0);
}

TEST_CASE("the full report spans several pages, the handout exactly one") {
    const auto offers = examples();
    const auto full = render::build_report(offers, options(false));
    const auto handout = render::build_report(offers, options(true));
    for (auto paper : {render::Paper::A4, render::Paper::Letter}) {
        render::PageStyle style;
        style.paper = paper;
        const render::ReportLayout layout(full, style);
        CHECK(layout.page_count() >= 3);
        CHECK(layout.page_size().width == render::paper_size(paper).width);
        CHECK(render::report_page_count(handout, style) == 1);
    }
    CHECK(full.footer.find("0.0-test") != std::string::npos);
    CHECK(full.footer.find("2026-01-02") != std::string::npos);
}

TEST_CASE("a long table breaks across pages") {
    render::Report r;
    r.title = "Long";
    render::Table t;
    t.header = {"n", "value"};
    for (int i = 0; i < 200; ++i) {
        t.rows.push_back({{std::to_string(i), std::to_string(i * i)}});
    }
    r.blocks.emplace_back(t);
    const int pages = render::report_page_count(r, {});
    CHECK(pages >= 3);
    CHECK(pages <= 6);
    r.blocks.emplace_back(render::PageBreak{});
    r.blocks.emplace_back(render::Paragraph{"after the break"});
    CHECK(render::report_page_count(r, {}) == pages + 1);
}

TEST_CASE("draw_report_page paints a white page with content and restores the state") {
    const auto offers = examples();
    const auto report = render::build_report(offers, options(false));
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 612, 842);
    cairo_t* cr = cairo_create(s);
    cairo_set_line_width(cr, 5.0);
    render::draw_report_page(cr, report, 0, {});
    CHECK(cairo_status(cr) == CAIRO_STATUS_SUCCESS);
    CHECK(cairo_get_line_width(cr) == 5.0);
    cairo_surface_flush(s);
    const unsigned char* data = cairo_image_surface_get_data(s);
    const int stride = cairo_image_surface_get_stride(s);
    int dark = 0;
    for (int y = 0; y < 842; ++y) {
        for (int x = 0; x < 595; ++x) {
            const auto px = reinterpret_cast<const std::uint32_t*>(
                data + (static_cast<std::ptrdiff_t>(y) * stride))[x];
            dark += (px & 0xFFU) < 100 ? 1 : 0;
        }
    }
    CHECK(dark > 2000); // title, table and text
    // Out-of-range pages draw nothing.
    render::draw_report_page(cr, report, 99, {});
    render::draw_report_page(cr, report, -1, {});
    CHECK(cairo_status(cr) == CAIRO_STATUS_SUCCESS);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
}

TEST_CASE("the full report puts each offer's rate ladder after the side-by-side table") {
    const auto offers = examples();
    const auto report = render::build_report(offers, options(false));
    std::size_t side_by_side = report.blocks.size();
    std::size_t ladder = report.blocks.size();
    for (std::size_t i = 0; i < report.blocks.size(); ++i) {
        if (const auto* h = std::get_if<render::Heading>(&report.blocks[i])) {
            if (h->text == "Side by side") {
                side_by_side = i;
            } else if (h->text == "The rate ladder") {
                ladder = i;
            }
        }
    }
    REQUIRE(ladder < report.blocks.size());
    CHECK(side_by_side < ladder);
    const auto* grid = std::get_if<render::ChartGrid>(&report.blocks[ladder + 1]);
    REQUIRE(grid != nullptr);
    REQUIRE(grid->charts.size() == offers.size());
    for (std::size_t i = 0; i < offers.size(); ++i) {
        CHECK(grid->charts[i].kind == render::ChartKind::Ladder);
        CHECK(grid->charts[i].data.rungs.size() == offers[i].ladder.size());
    }
    // Then the schemes behind the top rungs, with their records and rates a year.
    const auto* table = std::get_if<render::Table>(&report.blocks[ladder + 2]);
    REQUIRE(table != nullptr);
    REQUIRE(table->rows.size() == 7);
    bool ponzi = false;
    for (const auto& row : table->rows) {
        if (row.cells[0] == "Charles Ponzi, Securities Exchange Company") {
            ponzi = true;
            CHECK(row.cells[2].find("Cunningham v. Brown") != std::string::npos);
            CHECK(row.cells[3] == "418%");
        }
    }
    CHECK(ponzi);
}

namespace {

/// Selects a language for one test case and goes back to English afterwards.
using ReportLanguage = test::LanguageGuard;

/// The monospace paragraph of the method section: its formulas.
std::string method_formulas(const render::Report& report) {
    for (const auto& b : report.blocks) {
        if (const auto* p = std::get_if<render::Paragraph>(&b); p != nullptr && p->monospace) {
            return p->text;
        }
    }
    return {};
}

/// The table whose first row is a section heading: the side-by-side key figures.
const render::Table* key_figure_table(const render::Report& report) {
    for (const auto& b : report.blocks) {
        if (const auto* t = std::get_if<render::Table>(&b);
            t != nullptr && !t->rows.empty() && t->rows.front().section) {
            return t;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("the method's formulas are named in English, one a line, with no word in a formula") {
    const auto report = render::build_report(examples(), options(false));
    const std::string f = method_formulas(report);
    CHECK(f.find("Return over the term: \u2066r = A / P − 1\u2069") != std::string::npos);
    CHECK(f.find("Scenario: survival \u2066S = e^(−λt)\u2069") != std::string::npos);
    CHECK(f.find("exp(") == std::string::npos);
    CHECK(f.find("hazard h") == std::string::npos);
    CHECK(std::count(f.begin(), f.end(), '\n') == 8); // nine formulas
}

TEST_CASE("the method block and survival caption are translated in every language") {
    for (const char* lang : {"es", "pt_BR", "fr", "de", "tr", "ar"}) {
        CAPTURE(lang);
        const ReportLanguage guard(lang);
        const auto offers = examples();
        for (const bool handout : {false, true}) {
            const std::string f = method_formulas(render::build_report(offers, options(handout)));
            REQUIRE_FALSE(f.empty());
            for (const char* english : {"Return over the term", "Simple annual rate", "Benchmark",
                                        "survival", "hazard", "Rolled over", "Scenario"}) {
                CAPTURE(english);
                CHECK(f.find(english) == std::string::npos);
            }
        }
        const std::string caption =
            render::chart_for(render::ChartKind::Survival, offers.front(), {}).caption;
        CHECK(caption.find("hazard") == std::string::npos);
        CHECK(caption.find("\u2066e^(−λt)\u2069") != std::string::npos);
    }
    {
        const ReportLanguage guard("ar");
        const std::string f = method_formulas(render::build_report(examples(), options(true)));
        // Arabic-Indic digits inside a left-to-right isolate.
        CHECK(f.find("\u2066r = A / P − ١\u2069") != std::string::npos);
    }
}

TEST_CASE("the report's key figures carry present's labels and values") {
    const auto offers = examples();
    const auto report = render::build_report(offers, options(false));
    const render::Table* t = key_figure_table(report);
    REQUIRE(t != nullptr);
    bool found_survival = false;
    for (const auto& row : t->rows) {
        if (row.section) {
            continue;
        }
        REQUIRE(row.cells.size() == offers.size() + 1);
        if (row.cells[0] == present::key_figure_label(present::KeyFigureId::Survival)) {
            found_survival = true;
            for (std::size_t i = 0; i < offers.size(); ++i) {
                CHECK(row.cells[i + 1] ==
                      present::key_figure(present::KeyFigureId::Survival, offers[i]).value);
            }
        }
    }
    CHECK(found_survival);
    CHECK(present::key_figure_label(present::KeyFigureId::Survival) ==
          "Implied chance of lasting a year");
}
