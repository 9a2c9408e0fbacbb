#include "render/chart_table.hpp"

#include "core/analysis.hpp"
#include "core/examples.hpp"
#include "core/request.hpp"
#include "present/number_format.hpp"
#include "render/chart_data.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <string>

using namespace candor;
using render::AxisFormat;

TEST_CASE("a chart's table: a row per point, per bar and per reference line, numbers as read") {
    render::ChartData d;
    d.x = render::Axis{"Day of the term", AxisFormat::Days, "", {}, {}};
    d.y = render::Axis{"Value (USDT)", AxisFormat::Money, "USDT", {}, {}};
    d.series.push_back(render::Series{"Advertised", {{0.0, 5000.0}, {20.0, 6350.0}}, 0, true});
    d.series.push_back(render::Series{"Benchmark", {{0.0, 5000.0}, {20.0, 5011.548}}, 1, true});
    d.marks.push_back(render::Mark{"Principal", 5000.0, -1});
    d.x_marks.push_back(render::Mark{"Maturity", 20.0, -1});

    const render::ChartTable t = render::chart_table(d);
    CHECK(t.headings == std::array<std::string, 3>{"Series", "Day of the term", "Value (USDT)"});
    REQUIRE(t.rows.size() == 6);
    CHECK(t.rows[0] == std::array<std::string, 3>{"Advertised", "0", "5,000.00"});
    CHECK(t.rows[1] == std::array<std::string, 3>{"Advertised", "20", "6,350.00"});
    CHECK(t.rows[3] == std::array<std::string, 3>{"Benchmark", "20", "5,011.55"});
    CHECK(t.rows[4] == std::array<std::string, 3>{"Principal", "", "5,000.00"}); // horizontal
    CHECK(t.rows[5] == std::array<std::string, 3>{"Maturity", "20", ""});        // vertical
    CHECK(render::to_tab_separated(t) == "Series\tDay of the term\tValue (USDT)\n"
                                         "Advertised\t0\t5,000.00\nAdvertised\t20\t6,350.00\n"
                                         "Benchmark\t0\t5,000.00\nBenchmark\t20\t5,011.55\n"
                                         "Principal\t\t5,000.00\nMaturity\t20\t\n");

    // In German the numbers are written the German way; the layout is the same.
    present::set_locale("de");
    const render::ChartTable de = render::chart_table(d);
    present::set_locale("");
    CHECK(de.rows[1] == std::array<std::string, 3>{"Advertised", "20", "6.350,00"});
}

TEST_CASE("a histogram's table has a row per bar, from and to, and its probability") {
    render::ChartData d;
    d.x = render::Axis{"Payout (USDT)", AxisFormat::Money, "USDT", {}, {}};
    d.y = render::Axis{"Probability", AxisFormat::Percent, "", 0.0, {}};
    d.series.push_back(render::Series{"Chance of each payout", {}, 1, false});
    d.bins = {{0.0, 25.0, 0.2108}, {6325.0, 6375.0, 0.7892}};
    d.x_marks.push_back(render::Mark{"Expected", 5011.55, 2});
    const render::ChartTable t = render::chart_table(d);
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0] ==
          std::array<std::string, 3>{"Chance of each payout", "0.00 to 25.00", "21.08%"});
    CHECK(t.rows[1] ==
          std::array<std::string, 3>{"Chance of each payout", "6,325.00 to 6,375.00", "78.92%"});
    CHECK(t.rows[2] == std::array<std::string, 3>{"Expected", "5,011.55", ""});
}

TEST_CASE("on a log-scale axis the table gives the amounts, in words when huge") {
    const render::Axis log_axis{"Value (USD, log scale)", AxisFormat::Power10, "USD", {}, {}};
    CHECK(render::table_value(3.0, log_axis) == "1,000");
    CHECK(render::table_value(4.477121254719663, log_axis) == "30,000");
    CHECK(render::table_value(20.0, log_axis) == present::large_number(20.0));
    CHECK(render::table_value(20.0, log_axis) == "100 quintillion");
    CHECK(render::table_value(0.5, render::Axis{"", AxisFormat::Years, "", {}, {}}) == "0.50");
    CHECK(render::table_value(0.123456, render::Axis{"", AxisFormat::Percent, "", {}, {}}) ==
          "12.35%");
}

TEST_CASE("the table of a real chart has every point of every line and every mark") {
    const auto& e = core::find_example("platform-a-xrp");
    const core::OfferResult r =
        core::execute(core::OfferRequest{e.offer, core::Assumptions::defaults(), {}, std::nullopt},
                      core::MarketData::builtin());
    const render::ChartData d = render::value_over_term_chart(r);
    const render::ChartTable t = render::chart_table(d);
    std::size_t points = 0;
    for (const auto& s : d.series) {
        points += s.points.size();
    }
    CHECK(t.rows.size() == points + d.marks.size() + d.x_marks.size());
    CHECK(t.headings[1] == d.x.label);
    CHECK(t.headings[2] == d.y.label);
    // The last advertised point is the advertised payout.
    const std::size_t last_adv = d.series[0].points.size() - 1;
    CHECK(t.rows[last_adv][0] == d.series[0].label);
    CHECK(t.rows[last_adv][2] == present::number(r.analysis().advertised_payout.to_major(), 2));
}
