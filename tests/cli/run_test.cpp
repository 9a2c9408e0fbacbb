#include "cli_harness.hpp"

#include "core/analysis.hpp"
#include "core/examples.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Result = candor::test::CliResult;
using candor::test::run_cli;

std::size_t count_lines(const std::string& s) {
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

} // namespace

TEST_CASE("analyze --example prints the side-by-side comparison") {
    const Result r = run_cli({"analyze", "--example", "--benchmark-rate", "0.043"});
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("Example platform A: 5,000 USDT for 20 days") != std::string::npos);
    CHECK(r.out.find("27.00%") != std::string::npos);
    CHECK(r.out.find("492.75%") != std::string::npos);
    CHECK(r.out.find("7,741.84%") != std::string::npos);
    CHECK(r.out.find("436.21%") != std::string::npos);
    CHECK(r.out.find("5,011.55 USDT") != std::string::npos);
    CHECK(r.out.find("21.08%") != std::string::npos);
    CHECK_FALSE(std::regex_search(r.out, std::regex(R"(\b(inf|nan)\b)", std::regex::icase)));
}

TEST_CASE("analyze --format json has the documented keys and values") {
    const Result r = run_cli({"analyze", "--principal", "5000", "--asset", "USDT", "--days", "20",
                              "--payout", "6350", "--benchmark-rate", "0.043", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    for (const char* key :
         {"term_days", "year_fraction", "holding_period_return", "simple_annual_rate",
          "effective_annual_rate", "continuous_annual_rate", "real_effective_annual_rate",
          "benchmark_rate", "benchmark_payout", "breakeven_default_probability",
          "implied_annual_hazard", "implied_one_year_survival", "rollover"}) {
        CAPTURE(key);
        CHECK(j.contains(key));
    }
    CHECK(j["term_days"] == 20);
    CHECK(j["holding_period_return"].get<double>() == doctest::Approx(0.27));
    CHECK(j["simple_annual_rate"].get<double>() == doctest::Approx(4.9275));
    CHECK(j["effective_annual_rate"].get<double>() == doctest::Approx(77.418).epsilon(1e-5));
    CHECK(j["benchmark_payout"].get<double>() == doctest::Approx(5011.55).epsilon(1e-6));
    CHECK(j["breakeven_default_probability"].get<double>() ==
          doctest::Approx(0.2108).epsilon(1e-3));
    REQUIRE(j["rollover"].size() == 10);
    CHECK(j["rollover"][0]["years"] == 1);
    CHECK(j["rollover"][9].contains("log10_value"));
}

TEST_CASE("rollover values that overflow are null in JSON, never inf") {
    const Result r = run_cli({"analyze", "--principal", "5000 USDT", "--days", "1", "--payout",
                              "50000", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["effective_annual_rate"].is_null());
    CHECK(j["rollover"][9]["value"].is_null());
    CHECK(j["rollover"][9]["log10_value"].get<double>() > 3000.0);
}

TEST_CASE("the second example and dates with a day count") {
    const Result x = run_cli({"analyze", "--example", "platform-a-xrp", "--format", "json"});
    REQUIRE(x.code == 0);
    const auto j = nlohmann::json::parse(x.out);
    CHECK(j["offer"]["asset"] == "XRP");
    CHECK(j["offer"]["currency"] == "USD");
    CHECK(j["holding_period_return"].get<double>() == doctest::Approx(0.48));

    const Result d = run_cli({"analyze", "--principal", "1000 USD", "--start", "2024-01-01",
                              "--end", "2025-01-01", "--day-count", "ACT/ACT-ISDA", "--rate",
                              "0.05", "--compounding", "annual", "--format", "json"});
    REQUIRE(d.code == 0);
    const auto k = nlohmann::json::parse(d.out);
    CHECK(k["term_days"] == 366);
    // The day count accrues the rate over one year; rates are annualised over 366/365 years.
    CHECK(k["accrual_year_fraction"].get<double>() == doctest::Approx(1.0));
    CHECK(k["year_fraction"].get<double>() == doctest::Approx(366.0 / 365.0));
    CHECK(k["advertised_payout"].get<double>() == doctest::Approx(1050.0));
    CHECK(k["effective_annual_rate"].get<double>() ==
          doctest::Approx(std::pow(1.05, 365.0 / 366.0) - 1.0));
}

TEST_CASE("bad input: one line naming the field, exit code 2, nothing on stdout") {
    struct Case {
        std::vector<std::string> args;
        const char* field;
    };
    const std::vector<std::string> base = {"analyze", "--asset", "USDT"};
    const Case cases[] = {
        {{"--principal", "-5000", "--days", "20", "--payout", "6350"}, "principal"},
        {{"--principal", "0", "--days", "20", "--payout", "6350"}, "principal"},
        {{"--principal", "5000", "--days", "0", "--payout", "6350"}, "--days"},
        {{"--principal", "5000", "--days", "-3", "--payout", "6350"}, "--days"},
        {{"--principal", "5000", "--days", "20.5", "--payout", "6350"}, "--days"},
        {{"--principal", "5000", "--days", "20", "--payout", "lots"}, "--payout"},
        {{"--principal", "5000", "--days", "20", "--payout", "nan"}, "--payout"},
        {{"--principal", "5000", "--days", "20", "--payout", "inf"}, "--payout"},
        {{"--principal", "1e400", "--days", "20", "--payout", "6350"}, "--principal"},
        {{"--principal", "5000", "--days", "20", "--payout", "6350", "--day-count", "ACT/999"},
         "--day-count"},
        {{"--principal", "5000", "--start", "2026-02-30", "--days", "20", "--payout", "6350"},
         "--start"},
        {{"--principal", "5000", "--start", "2026-03-10", "--end", "2026-03-01", "--payout",
          "6350"},
         "end"},
        {{"--principal", "5000", "--days", "20", "--payout", "6350", "--benchmark-rate", "inf"},
         "--benchmark-rate"},
        {{"--principal", "5000", "--days", "20", "--payout", "6350", "--recovery", "1.5"},
         "--recovery"},
        {{"--principal", "5000", "--days", "20"}, "--payout"},
        {{"--principal", "5000", "--days", "20", "--payout", "6350", "--rate", "0.1"}, "--rate"},
        {{"--principal", "5000", "--days", "20", "--payout", "6350", "--format", "xml"},
         "--format"},
        {{"--principal", "5000", "--days", "20", "--payout", "6350", "--fee", "lots"}, "--fee"},
        {{"--principal", "5000", "--days", "20", "--payout", "6350", "--data", "/nope.json"},
         "/nope.json"},
    };
    for (const Case& c : cases) {
        std::vector<std::string> args = base;
        args.insert(args.end(), c.args.begin(), c.args.end());
        CAPTURE(c.field);
        const Result r = run_cli(args);
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(count_lines(r.err) == 1);
        CHECK(r.err.find(c.field) != std::string::npos);
    }
    const Result unknown_asset = run_cli(
        {"analyze", "--principal", "5000", "--asset", "DOGE", "--days", "20", "--payout", "6350"});
    CHECK(unknown_asset.code == 2);
    CHECK(unknown_asset.err.find("--asset") != std::string::npos);
    const Result unknown_flag = run_cli({"analyze", "--principle", "5000"});
    CHECK(unknown_flag.code == 2);
    CHECK(count_lines(unknown_flag.err) == 1);
    const Result no_command = run_cli({});
    CHECK(no_command.code == 2);
}

TEST_CASE("examples lists the built-ins - an unknown example is an error") {
    const Result r = run_cli({"examples"});
    CHECK(r.code == 0);
    CHECK(r.out.find("platform-a-usdt") != std::string::npos);
    CHECK(r.out.find("platform-a-xrp") != std::string::npos);
    const Result bad = run_cli({"analyze", "--example", "nope"});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("example") != std::string::npos);
}

TEST_CASE("analyze FILE.candor analyses every offer of the file") {
    const Result r =
        run_cli({"analyze", CANDOR_SOURCE_DIR "/examples/platform-a.candor", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["offers"].size() == 3);
    CHECK(j["offers"][0]["breakeven_default_probability"].get<double>() ==
          doctest::Approx(0.2108).epsilon(1e-3));
    // The bank deposit pays 0.4 points over the dollar's safe rate for a year: a tiny
    // break-even chance, and in line with safe rates.
    CHECK(j["offers"][2]["breakeven_default_probability"].get<double>() < 0.01);
    CHECK(j["offers"][2]["verdict"]["level"] == 0);
    const Result missing = run_cli({"analyze", "/nonexistent.candor"});
    CHECK(missing.code == 2);
    CHECK(missing.err.find("/nonexistent.candor") != std::string::npos);
}

TEST_CASE("--help and --version succeed") {
    CHECK(run_cli({"--help"}).code == 0);
    const Result v = run_cli({"--version"});
    CHECK(v.code == 0);
    CHECK(v.out.find("candor-cli") != std::string::npos);
}
