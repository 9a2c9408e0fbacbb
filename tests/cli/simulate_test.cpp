#include <doctest/doctest.h>

#include "cli/run.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Result {
    int code;
    std::string out;
    std::string err;
};

Result cli(std::initializer_list<const char*> args) {
    std::vector<const char*> argv{"candor-cli"};
    argv.insert(argv.end(), args.begin(), args.end());
    std::ostringstream out;
    std::ostringstream err;
    const int code = candor::cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
}

/// Exactly one line on stderr, naming `flag`.
void check_bad(std::initializer_list<const char*> args, const std::string& flag) {
    const Result r = cli(args);
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find(flag) != std::string::npos);
    CHECK(r.err.find('\n') == r.err.size() - 1);
}

} // namespace

TEST_CASE("simulate --format json has the documented keys and agrees with the exact column") {
    const Result r =
        cli({"simulate", "--principal",      "5000", "--asset",  "USD",    "--days",
             "20",       "--payout",         "6350", "--hazard", "0.5",    "--recovery",
             "0.3",      "--recovery-delay", "2",    "--paths",  "200000", "--threads",
             "2",        "--format",         "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    for (const char* key : {"paths", "seed", "expected_payout", "median_payout", "p05_payout",
                            "p95_payout", "probability_of_loss", "probability_of_loss_over_half",
                            "expected_shortfall_5", "standard_error", "elapsed_seconds",
                            "paths_per_second", "certainty_equivalent_rate", "benchmark_rate"}) {
        CHECK_MESSAGE(j.contains(key), key);
    }
    CHECK(j["paths"] == 200000);
    REQUIRE(j["exact"].is_object());
    const double se = j["standard_error"].get<double>();
    CHECK(std::abs(j["expected_payout"].get<double>() -
                   j["exact"]["expected_payout"].get<double>()) < 4 * se);
    CHECK(j["exact"]["median_payout"].get<double>() == 6350.0);
    CHECK(j["model"]["hazard"].get<double>() == 0.5);
    CHECK(j["model"]["volatility"].get<double>() == 0.0); // USD: no price risk
}

TEST_CASE("simulate: same seed, same output at 1 and 2 threads - presets and price table apply") {
    auto run_json = [](const char* threads) {
        const Result r =
            cli({"simulate", "--example", "platform-a-xrp", "--scenario", "crypto-lender-2022",
                 "--paths", "150000", "--seed", "99", "--threads", threads, "--format", "json"});
        REQUIRE(r.code == 0);
        return nlohmann::json::parse(r.out);
    };
    auto a = run_json("1");
    auto b = run_json("2");
    for (const char* key : {"expected_payout", "median_payout", "p05_payout", "p95_payout",
                            "probability_of_loss", "expected_shortfall_5", "standard_error"}) {
        CHECK_MESSAGE(a[key] == b[key], key);
    }
    CHECK(a["scenario"] == "crypto-lender-2022");
    // 48% in 30 days lies beyond the premiums the preset was drawn from: its hazard (31% a
    // year) is raised to the break-even hazard, so the offer is worth what the benchmark pays
    // (the certainty-equivalent rate is the benchmark rate), and the output says so.
    CHECK(a["floored_to_break_even"] == true);
    CHECK(a["preset_hazard"].get<double>() == 0.31);
    CHECK(a["hazard_basis"] == "preset_floored_to_break_even");
    CHECK(a["model"]["hazard"].get<double>() > 0.31);
    CHECK(a["exact"]["expected_payout"].get<double>() ==
          doctest::Approx(a["benchmark_payout"].get<double>()).epsilon(1e-9));
    CHECK(a["model"]["volatility"].get<double>() > 0.0); // XRP from the built-in table
    // Beta recovery with price risk: integrated exactly, and Monte Carlo agrees with it.
    REQUIRE(a["exact"].is_object());
    CHECK(std::abs(a["exact"]["expected_payout"].get<double>() -
                   a["expected_payout"].get<double>()) < 4.0 * a["standard_error"].get<double>());
}

TEST_CASE("a stated spread replaces the preset's before it is checked with a stated recovery") {
    // crypto-lender-2022's spread (0.27) does not fit a recovery of 0.95 (sqrt(0.95 * 0.05) is
    // 0.218): the stated 0.1 does, and was refused naming the preset's 0.27 (fuzz, issue 13).
    const Result r =
        cli({"simulate", "--example", "--scenario", "crypto-lender-2022", "--recovery", "0.95",
             "--recovery-spread", "0.1", "--paths", "1000", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["model"]["recovery"].get<double>() == 0.95);
    CHECK(j["model"]["recovery_spread"].get<double>() == 0.1);
    // Without a stated spread the preset's is checked against the stated recovery.
    check_bad({"simulate", "--example", "--scenario", "crypto-lender-2022", "--recovery", "0.95"},
              "--recovery-spread");
}

TEST_CASE("payouts whose squares exceed a double have no standard deviation, never a false 0") {
    // 1,000 USD for 100 over 30 days, rolled over 200 times: payouts near 1e203 (fuzz, issue 13).
    const Result r =
        cli({"simulate", "--principal", "100 USD", "--payout", "1000 USD", "--days", "30",
             "--rollovers", "200", "--hazard", "0.1", "--paths", "1000", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["expected_payout"].get<double>() > 1e200);
    CHECK(j["standard_deviation"].is_null());
    CHECK(j["standard_error"].is_null());
    CHECK(j["exact"]["standard_deviation"].is_null());
    const Result t = cli({"simulate", "--principal", "100 USD", "--payout", "1000 USD", "--days",
                          "30", "--rollovers", "200", "--hazard", "0.1", "--paths", "1000"});
    REQUIRE(t.code == 0);
    CHECK(t.out.find("nan") == std::string::npos);
    CHECK(t.out.find("inf") == std::string::npos);
}

TEST_CASE("simulate text shows both columns") {
    const Result r = cli({"simulate", "--example", "--hazard", "0.2", "--paths", "50000"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("Expected payout") != std::string::npos);
    CHECK(r.out.find("Monte Carlo") != std::string::npos);
    CHECK(r.out.find("50,000 paths") != std::string::npos);
}

TEST_CASE("simulate accepts sources with no public return series in --mix, not unknown ids") {
    const Result r = cli({"simulate", "--example", "--hazard", "0.2", "--paths", "1000", "--mix",
                          "mining=0.6,gold=0.4"});
    CHECK_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("Expected payout") != std::string::npos);
    check_bad({"simulate", "--example", "--mix", "mining=0.6,moon=0.4"}, "--mix");
}

TEST_CASE("simulate: bad input is one line naming the flag, exit 2") {
    check_bad({"simulate", "--example", "--hazard", "-0.1"}, "--hazard");
    check_bad({"simulate", "--example", "--recovery", "1.5"}, "--recovery");
    check_bad({"simulate", "--example", "--volatility", "-1"}, "--volatility");
    check_bad({"simulate", "--example", "--paths", "0"}, "--paths");
    check_bad({"simulate", "--example", "--paths", "1e15"}, "--paths");
    check_bad({"simulate", "--example", "--paths", "many"}, "--paths");
    check_bad({"simulate", "--example", "--threads", "999"}, "--threads");
    check_bad({"simulate", "--example", "--hazard", "0.1", "--fail-within-year", "0.1"},
              "--hazard");
    check_bad({"simulate", "--example", "--fail-within-term", "1"}, "--fail-within-term");
    check_bad({"simulate", "--example", "--recovery", "0", "--recovery-spread", "0.1"},
              "--recovery-spread");
    check_bad({"simulate", "--example", "--rollovers", "-2"}, "--rollovers");
    check_bad({"simulate", "--example", "--rollovers", "5000"}, "--rollovers");
    check_bad({"simulate", "--example", "--scenario", "no-such-preset"}, "--scenario");
    check_bad({"simulate", "--example", "--scenarios", "x.json"}, "--scenarios");
    check_bad({"simulate", "--example", "--format", "xml"}, "--format");
}

TEST_CASE("analyze --scenario adds the preset's expected outcome") {
    // A stablecoin deposit paying about 1 point over the dollar's safe rate (within the
    // insured preset's calibrated range: its own figures apply).
    const Result r = cli({"analyze", "--principal", "5000 USDT", "--days", "20", "--payout",
                          "5012.5", "--scenario", "insured-bank-deposit", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j.contains("scenario"));
    CHECK(j["scenario"]["name"] == "insured-bank-deposit");
    CHECK(j["scenario"]["floored_to_break_even"] == false);
    CHECK(j["scenario"]["hazard"] == 0.005);
    // Full, immediate recovery of the principal: a failure alone returns exactly 5,000; a USDT
    // de-peg (10% loss, 2% a year in the built-in table) leaves less, with or without one.
    const double years = 20.0 / 365.0;
    const double depeg = 1.0 - std::pow(0.98, years);
    CHECK(j["scenario"]["probability_of_loss"].get<double>() ==
          doctest::Approx(depeg).epsilon(1e-9));
    CHECK(j["scenario"]["expected_payout"].get<double>() < 5012.5);
    CHECK(j["scenario"]["expected_payout"].get<double>() > 5010.0);
    // The example (27% in 20 days) is far beyond that range: the hazard is raised.
    const Result ex =
        cli({"analyze", "--example", "--scenario", "insured-bank-deposit", "--format", "json"});
    const auto je = nlohmann::json::parse(ex.out);
    CHECK(je["scenario"]["floored_to_break_even"] == true);
    CHECK(je["scenario"]["hazard"].get<double>() > 0.005);
    const Result t = cli({"analyze", "--example", "--scenario", "ponzi-scheme"});
    REQUIRE(t.code == 0);
    CHECK(t.out.find("Scenario: Ponzi scheme") != std::string::npos); // the name, not the id
    check_bad({"analyze", "--example", "--scenario", "nope"}, "--scenario");
    // Without --scenario the analysis JSON has no scenario key.
    CHECK_FALSE(nlohmann::json::parse(cli({"analyze", "--example", "--format", "json"}).out)
                    .contains("scenario"));
}

TEST_CASE("ponzi reports when the fund runs dry") {
    const Result r = cli({"ponzi", "--promised-rate", "3.29", "--nominal-rate", "0.04",
                          "--withdrawal-rate", "1", "--deposit-growth", "2", "--initial-inflow",
                          "1.13", "--initial-deposit", "0.5", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["collapsed"] == true);
    CHECK(j["collapse_time_years"].get<double>() > 0.0);
    CHECK(j["unpaid_share"].get<double>() > 0.0);
    CHECK(j["path"].size() > 2);
    const Result t = cli({"ponzi", "--promised-rate", "0.05", "--nominal-rate", "0.05",
                          "--withdrawal-rate", "0.1", "--deposit-growth", "0"});
    REQUIRE(t.code == 0);
    CHECK(t.out.find("solvent") != std::string::npos);
    check_bad({"ponzi", "--promised-rate", "0.1", "--nominal-rate", "0.02", "--withdrawal-rate",
               "-1", "--deposit-growth", "0"},
              "--withdrawal-rate");
    check_bad(
        {"ponzi", "--nominal-rate", "0.02", "--withdrawal-rate", "0.1", "--deposit-growth", "0"},
        "--promised-rate");
}

TEST_CASE("simulate never shows an absence of risk as a finding") {
    // No scenario, no stated risk: the example needs risk to explain its payout, so it is
    // shown at its break-even hazard, and the output says so.
    const Result r = cli({"simulate", "--example", "--paths", "20000", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["hazard_basis"] == "break_even");
    CHECK(j["model"]["hazard"].get<double>() > 1.0);
    CHECK(j["exact"]["probability_of_loss"].get<double>() > 0.1);
    // At the break-even hazard the expected payout is the benchmark's.
    CHECK(j["exact"]["expected_payout"].get<double>() ==
          doctest::Approx(j["exact"]["benchmark_payout"].get<double>()).epsilon(1e-6));
    const Result t = cli({"simulate", "--example", "--paths", "20000"});
    CHECK(t.out.find("No scenario chosen: the offer is shown at its break-even hazard") !=
          std::string::npos);
    // A deposit paying less than the benchmark needs no risk: it says that no risk is assumed.
    const Result d = cli({"simulate", "--principal", "5000 USD", "--days", "365", "--rate", "0.03",
                          "--paths", "20000"});
    CHECK(d.out.find("No failure risk assumed") != std::string::npos);
    // A stated hazard is the user's.
    const auto h = nlohmann::json::parse(
        cli({"simulate", "--example", "--hazard", "0.1", "--paths", "20000", "--format", "json"})
            .out);
    CHECK(h["hazard_basis"] == "stated");
    CHECK(h["model"]["hazard"] == 0.1);
}

TEST_CASE("ponzi: the growth new deposits need, and deposits that end at a fit's collapse") {
    // Artzrouni's fit of Ponzi's deposits followed for 50 years: without an end the fund looks
    // solvent (at about 10^155); with the deposits ending at t* = 0.58 it runs dry.
    const Result forever = cli({"ponzi", "--promised-rate", "1.644", "--nominal-rate", "0",
                                "--withdrawal-rate", "4.056", "--deposit-growth", "7.187",
                                "--initial-inflow", "1.130", "--format", "json"});
    REQUIRE(forever.code == 0);
    const auto f = nlohmann::json::parse(forever.out);
    CHECK(f["collapsed"] == false);
    CHECK(f["deposits_end_years"].is_null());
    CHECK(f["required_inflow_growth"].get<double>() == 1.644);
    const Result ended =
        cli({"ponzi", "--promised-rate", "1.644", "--nominal-rate", "0", "--withdrawal-rate",
             "4.056", "--deposit-growth", "7.187", "--initial-inflow", "1.130", "--deposits-end",
             "0.58", "--format", "json"});
    REQUIRE(ended.code == 0);
    const auto e = nlohmann::json::parse(ended.out);
    CHECK(e["collapsed"] == true);
    CHECK(e["deposits_end_years"].get<double>() == 0.58);
    CHECK(e["collapse_time_years"].get<double>() > 0.58);
    const Result text =
        cli({"ponzi", "--promised-rate", "0.5", "--nominal-rate", "0.05", "--withdrawal-rate",
             "0.1", "--deposit-growth", "0", "--deposits-end", "2"});
    REQUIRE(text.code == 0);
    CHECK(text.out.find("needs new deposits to grow at least 50.00% a year") != std::string::npos);
    CHECK(text.out.find("New deposits end after 2.0 years.") != std::string::npos);
    check_bad({"ponzi", "--promised-rate", "0.1", "--nominal-rate", "0.02", "--withdrawal-rate",
               "0.1", "--deposit-growth", "0", "--deposits-end", "-1"},
              "--deposits-end");
}

TEST_CASE("analyze says what the Ponzi model implies for the offer, in text, JSON and CSV") {
    const Result j = cli({"analyze", "--example", "platform-a-usdt", "--format", "json"});
    REQUIRE(j.code == 0);
    const auto a = nlohmann::json::parse(j.out);
    const auto& p = a["ponzi"];
    // 27% in 20 days: ln(1.27) / (20/365) = 4.362 a year, continuous.
    CHECK(p["required_inflow_growth"].get<double>() ==
          doctest::Approx(a["continuous_annual_rate"].get<double>()).epsilon(1e-12));
    CHECK(p["required_inflow_growth"].get<double>() == doctest::Approx(4.3620).epsilon(1e-4));
    CHECK(p["withdrawal_rate"].get<double>() == doctest::Approx(365.0 / 20.0));
    CHECK(p["inflow_preset"] == "ponzi_1920");
    CHECK(p["collapsed"] == true);
    CHECK(p["collapse_years"].get<double>() > 0.58);
    const Result t = cli({"analyze", "--example", "platform-a-usdt"});
    CHECK(t.out.find("Paid from new deposits (Ponzi model)") != std::string::npos);
    CHECK(t.out.find("x78 every year") != std::string::npos);
    const Result c = cli({"analyze", "--example", "platform-a-usdt", "--format", "csv"});
    CHECK(c.out.find(",ponzi_required_inflow_growth,ponzi_collapse_years\r\n") !=
          std::string::npos);
    // Deposits its assets could pay (below the safe rate, or 4.5% a year: within ordinary
    // spreads) are not read as paid from new money: no reading in JSON, text or CSV.
    for (const char* rate : {"0.03", "0.045"}) {
        CAPTURE(rate);
        const auto d = nlohmann::json::parse(cli({"analyze", "--principal", "5000 USD", "--days",
                                                  "365", "--rate", rate, "--format", "json"})
                                                 .out);
        CHECK(d["verdict"]["level"].get<int>() <= 1);
        CHECK(d["ponzi"].is_null());
        const Result dt =
            cli({"analyze", "--principal", "5000 USD", "--days", "365", "--rate", rate});
        CHECK(dt.out.find("Ponzi") == std::string::npos);
    }
}
