// candor-cli analyze with disclosures: --mix, --claims and --data, in text and JSON.
#include "cli/run.hpp"

#include "core/market_data.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Result {
    int code = 0;
    std::string out;
    std::string err;
};

Result cli(std::vector<const char*> args) {
    args.insert(args.begin(), "candor-cli");
    std::ostringstream out;
    std::ostringstream err;
    const int code = candor::cli::run(static_cast<int>(args.size()), args.data(), out, err);
    return {code, out.str(), err.str()};
}

std::vector<std::string> ids_of(const nlohmann::json& j) {
    std::vector<std::string> ids;
    for (const auto& d : j["disclosures"]) {
        ids.push_back(d["id"]);
    }
    return ids;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

} // namespace

TEST_CASE("analyze --format json includes the disclosures and the plausible payout") {
    for (const char* example : {"platform-a-usdt", "platform-a-xrp"}) {
        CAPTURE(example);
        const Result r = cli({"analyze", "--example", example, "--format", "json"});
        REQUIRE(r.code == 0);
        const auto j = nlohmann::json::parse(r.out);
        const auto ids = ids_of(j);
        for (const char* id :
             {"annual_equivalent", "benchmark_gap", "break_even", "rollover", "beyond_best_year"}) {
            CAPTURE(id);
            CHECK(has(ids, id));
        }
        for (const auto& d : j["disclosures"]) {
            CHECK(d.contains("headline"));
            CHECK(d.contains("detail"));
            CHECK(d["values"].is_object());
        }
        CHECK(j["plausible"]["mix"].size() == 5);
        CHECK(j["plausible"]["optimistic_payout"].get<double>() <
              j["advertised_payout"].get<double>());
    }
    const auto xrp = nlohmann::json::parse(
        cli({"analyze", "--example", "platform-a-xrp", "--format", "json"}).out);
    CHECK(has(ids_of(xrp), "volatile_principal"));
}

TEST_CASE("analyze prints the disclosures in text, most severe first") {
    const Result r = cli({"analyze", "--example", "--claims", "referral"});
    REQUIRE(r.code == 0);
    const auto at = r.out.find("What the numbers imply:");
    REQUIRE(at != std::string::npos);
    const auto first_warning = r.out.find("[Warning]", at);
    const auto caution = r.out.find("[Caution] The offer pays bonuses", at);
    const auto info = r.out.find("[Info]", at);
    REQUIRE(first_warning != std::string::npos);
    REQUIRE(caution != std::string::npos);
    REQUIRE(info != std::string::npos);
    CHECK(first_warning < caution);
    CHECK(caution < info);
    CHECK(r.out.find("fraud", at) == std::string::npos); // referral detail names no fraud
}

TEST_CASE(
    "--mix sets the claimed mix - aliases work - a mix within the best years drops the rule") {
    const Result r = cli({"analyze", "--principal", "1000", "--asset", "USDT", "--days", "365",
                          "--payout", "1800", "--mix", "gold=1", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["plausible"]["mix"][0]["id"] == "gold");
    const auto ids = ids_of(j);
    CHECK(has(ids, "benchmark_gap"));
    CHECK_FALSE(has(ids, "beyond_best_year")); // +80% < gold's +126.55% in 1979
    const Result bonds = cli({"analyze", "--principal", "1000", "--asset", "USDT", "--days", "365",
                              "--payout", "1800", "--mix", "bonds=1", "--format", "json"});
    CHECK(has(ids_of(nlohmann::json::parse(bonds.out)), "beyond_best_year"));
}

TEST_CASE("--mix errors name the flag and the accepted ids") {
    const Result r = cli({"analyze", "--example", "--mix", "bonds=0.5,unobtainium=0.5"});
    CHECK(r.code == 2);
    CHECK(r.err.find("--mix") != std::string::npos);
    CHECK(r.err.find("unobtainium") != std::string::npos);
    CHECK(r.err.find("treasury_10y") != std::string::npos);
    const Result sum = cli({"analyze", "--example", "--mix", "bonds=0.5,gold=0.3"});
    CHECK(sum.code == 2);
    CHECK(sum.err.find("--mix") != std::string::npos);
    CHECK(sum.err.find("add up to 1") != std::string::npos);
    const Result bad = cli({"analyze", "--example", "--mix", "gold"});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("--mix") != std::string::npos);
}

TEST_CASE("--mix with sources of no public return series: accepted, counted at the safe rate") {
    // 1,000 USD for a year at 9%, claimed as mining=60, gold=40.
    const std::vector<const char*> offer{"analyze",
                                         "--principal",
                                         "1000 USD",
                                         "--days",
                                         "365",
                                         "--rate",
                                         "0.09",
                                         "--compounding",
                                         "annual",
                                         "--mix",
                                         "mining=60%,gold=40%"};
    auto args = offer;
    args.insert(args.end(), {"--format", "json"});
    const Result r = cli(args);
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const auto j = nlohmann::json::parse(r.out);
    const double safe = j["benchmark_rate"];
    const double gold = candor::core::MarketData::builtin().get("gold").geometric_mean;
    const auto& p = j["plausible"];
    REQUIRE(p["mix"].size() == 1);
    CHECK(p["mix"][0]["id"] == "gold");
    CHECK(p["mix"][0]["weight"].get<double>() == doctest::Approx(0.4));
    REQUIRE(p["unexplained"].size() == 1);
    CHECK(p["unexplained"][0]["id"] == "mining");
    CHECK(p["unexplained_share"].get<double>() == doctest::Approx(0.6));
    CHECK(p["unexplained_rate"].get<double>() == safe);
    CHECK(p["central_annual_rate"].get<double>() == doctest::Approx(0.4 * gold + 0.6 * safe));
    CHECK(p["central_payout"].get<double>() ==
          doctest::Approx(1000.0 * (1 + 0.4 * gold + 0.6 * safe)));
    const auto ids = ids_of(j);
    REQUIRE(has(ids, "unexplained_mix"));
    for (const auto& d : j["disclosures"]) {
        if (d["id"] == "unexplained_mix") {
            CHECK(d["severity"] == "caution");
            CHECK(d["headline"] ==
                  "60.00% of the claimed mix (mining) has no public return series; "
                  "it cannot be checked");
            CHECK(d["values"]["unexplained_share"].get<double>() == doctest::Approx(0.6));
            CHECK(d["values"]["safe_rate"].get<double>() == safe);
        }
    }

    // CSV: the share in its own column, after the plausible payouts.
    args = offer;
    args.insert(args.end(), {"--format", "csv"});
    const Result csv = cli(args);
    REQUIRE(csv.code == 0);
    CHECK(csv.out.find("plausible_central_payout,plausible_optimistic_payout,"
                       "plausible_unexplained_share,verdict,") != std::string::npos);
    CHECK(csv.out.find(",0.6,") != std::string::npos);

    // Text: the assumption beside the benchmark, and the disclosure.
    Result text = cli(offer);
    REQUIRE(text.code == 0);
    // Wrapped at the terminal's width: one line again.
    std::replace(text.out.begin(), text.out.end(), '\n', ' ');
    CHECK_MESSAGE(text.out.find("Unchecked share: 60% of the claimed mix (mining) has no public "
                                "return series and is counted at the safe rate in USD") !=
                      std::string::npos,
                  text.out);
    CHECK(text.out.find("it cannot be checked") != std::string::npos);

    // Without such sources there is no such line.
    const Result plain = cli({"analyze", "--principal", "1000 USD", "--days", "365", "--rate",
                              "0.09", "--mix", "gold=1"});
    CHECK(plain.out.find("Unchecked share") == std::string::npos);
}

TEST_CASE("--mix all of sources with no series - with an unknown id it is refused") {
    const Result r = cli({"analyze", "--principal", "1000 USD", "--days", "365", "--rate", "0.12",
                          "--compounding", "annual", "--mix", "ai_trading=0.8,arbitrage=0.2",
                          "--format", "json"});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["plausible"]["mix"].empty());
    CHECK(j["plausible"]["unexplained_share"].get<double>() == doctest::Approx(1.0));
    CHECK(j["plausible"]["central_annual_rate"].get<double>() ==
          doctest::Approx(j["benchmark_rate"].get<double>()));
    CHECK(j["verdict"]["id"] == "above_best_year");
    CHECK(j["verdict"]["headline"].get<std::string>().find(
              "the claimed sources have no public return series") != std::string::npos);
    CHECK_FALSE(has(ids_of(j), "benchmark_gap"));
    CHECK_FALSE(has(ids_of(j), "beyond_best_year"));

    const Result bad = cli({"analyze", "--example", "--mix", "mining=0.5,unobtainium=0.5"});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("--mix") != std::string::npos);
    CHECK(bad.err.find("unobtainium") != std::string::npos);
    CHECK(bad.err.find("cannot be checked: mining, trading") != std::string::npos);
}

TEST_CASE("--claims ticks checklist items - errors name the flag and the accepted ids") {
    const Result r =
        cli({"analyze", "--example", "--claims", "guaranteed,lockup", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto ids = ids_of(nlohmann::json::parse(r.out));
    CHECK(has(ids, "claim.guaranteed"));
    CHECK(has(ids, "claim.lockup"));
    CHECK_FALSE(has(ids, "claim.referral"));
    const Result bad = cli({"analyze", "--example", "--claims", "guaranteed,moonshot"});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("--claims") != std::string::npos);
    CHECK(bad.err.find("moonshot") != std::string::npos);
    CHECK(bad.err.find("unregistered") != std::string::npos);
}

TEST_CASE("--data replaces the built-in figures for the benchmark, the mix and the magnitudes") {
    auto j = nlohmann::ordered_json::parse(
        candor::core::read_text_file(std::string(CANDOR_SOURCE_DIR) + "/data/benchmarks.json"));
    for (auto& a : j["asset_classes"]) {
        if (a["id"] == "tbill_3m") {
            a["current"]["value"] = 0.10;
        }
        if (a["id"] == "gold") {
            a["geometric_mean"] = 0.0;
        }
    }
    j["magnitudes"] = nlohmann::ordered_json::array(
        {{{"id", "tiny"},
          {"name", "A tiny amount"},
          {"value", 6000},
          {"as_of", "2025"},
          {"source", {{"title", "t"}, {"publisher", "p"}, {"date", "2025"}}}}});
    const std::string path = std::string(CANDOR_BINARY_DIR) + "/analyze_disclosures_data.json";
    {
        std::ofstream out(path);
        out << j.dump(2);
    }
    const Result r =
        cli({"analyze", "--principal", "5000", "--asset", "USDT", "--days", "365", "--payout",
             "5600", "--mix", "gold=1", "--data", path.c_str(), "--format", "json"});
    REQUIRE(r.code == 0);
    const auto out = nlohmann::json::parse(r.out);
    CHECK(out["benchmark_rate"].get<double>() == doctest::Approx(0.10));
    CHECK(out["plausible"]["central_annual_rate"].get<double>() == doctest::Approx(0.0));
    CHECK(has(ids_of(out), "rollover")); // 5,000 at +12% a year passes 6,000 within 10 years
    bool tiny = false;
    for (const auto& d : out["disclosures"]) {
        if (d["id"] == "rollover") {
            tiny = d["values"].contains("years_to_tiny");
        }
    }
    CHECK(tiny);

    // A data file without the alias the example's mix uses: the error names --mix.
    for (auto& a : j["asset_classes"]) {
        a.erase("aliases");
    }
    {
        std::ofstream file(path);
        file << j.dump(2);
    }
    const Result no_alias = cli({"analyze", "--example", "--data", path.c_str()});
    CHECK(no_alias.code == 2);
    CHECK(no_alias.err.find("--mix") != std::string::npos);
    CHECK(no_alias.err.find("industrial_metals") != std::string::npos);
    std::remove(path.c_str());
}

TEST_CASE("--data with an invalid file names the file, key and line") {
    const std::string path = std::string(CANDOR_BINARY_DIR) + "/analyze_disclosures_bad.json";
    {
        std::ofstream out(path);
        out << "{\n  \"schema_version\": 1,\n  \"asset_classes\": [\n    {\n      \"id\": 5\n    "
               "}\n  ]\n}\n";
    }
    const Result r = cli({"analyze", "--example", "--data", path.c_str()});
    CHECK(r.code == 2);
    CHECK(r.err.find(path + ":5: asset_classes[0].id") != std::string::npos);
    std::remove(path.c_str());
}

TEST_CASE("analyze FILE.candor gives each offer its disclosures - --claims applies to all") {
    const std::string file = std::string(CANDOR_SOURCE_DIR) + "/examples/platform-a.candor";
    const Result r = cli({"analyze", file.c_str(), "--claims", "pressure", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["offers"].size() == 3);
    const auto first = ids_of(j["offers"][0]);
    CHECK(has(first, "beyond_best_year"));
    CHECK(has(first, "claim.pressure"));
    // The bank deposit: a one-year term at 4%, 0.4 points above the dollar's safe rate for a
    // year: in line with safe rates; stated insured by the FDIC and covered in full, so no
    // break-even chance of failure (a failure would pay it all) but the assumption, as
    // information; no annual restating, no rollover; the checklist item and the real return.
    const auto& bank_json = j["offers"][2];
    const auto bank = ids_of(bank_json);
    CHECK(bank_json["verdict"]["id"] == "in_line_with_safe_rates");
    CHECK(bank_json["verdict"]["level"] == 0);
    CHECK_FALSE(has(bank, "annual_equivalent"));
    CHECK_FALSE(has(bank, "break_even"));
    REQUIRE(has(bank, "insured"));
    CHECK(bank_json["insured_scheme"] == "FDIC");
    for (const auto& d : bank_json["disclosures"]) {
        if (d["id"] == "insured") {
            CHECK(d["severity"] == "info");
        }
    }
    CHECK_FALSE(has(bank, "rollover"));
    CHECK(has(bank, "claim.pressure"));
    CHECK(j["offers"][2]["plausible"].is_null());
}

TEST_CASE("analyze FILE.candor --data takes missing assumptions from the data file") {
    auto j = nlohmann::ordered_json::parse(
        candor::core::read_text_file(std::string(CANDOR_SOURCE_DIR) + "/data/benchmarks.json"));
    for (auto& a : j["asset_classes"]) {
        if (a["id"] == "tbill_3m") {
            a["current"]["value"] = 0.09;
        }
        if (a["id"] == "us_cpi") {
            a["current"]["value"] = 0.05;
        }
    }
    const std::string path = std::string(CANDOR_BINARY_DIR) + "/analyze_file_data.json";
    {
        std::ofstream file(path);
        file << j.dump(2);
    }
    const std::string offers = std::string(CANDOR_SOURCE_DIR) + "/tests/data/surfaces.candor";
    const Result r = cli({"analyze", offers.c_str(), "--data", path.c_str(), "--format", "json"});
    REQUIRE(r.code == 0);
    const auto out = nlohmann::json::parse(r.out);
    // The first offer sets its benchmark (0.043) but not inflation; the third sets neither.
    CHECK(out["offers"][0]["benchmark_rate"].get<double>() == doctest::Approx(0.043));
    CHECK(out["offers"][0]["inflation"].get<double>() == doctest::Approx(0.05));
    CHECK(out["offers"][2]["benchmark_rate"].get<double>() == doctest::Approx(0.09));
    std::remove(path.c_str());
}

TEST_CASE("the examples' file ranks the bank deposit as the safer offer under every preset") {
    const std::string file = std::string(CANDOR_SOURCE_DIR) + "/examples/platform-a.candor";
    for (const char* preset :
         {"insured-bank-deposit", "investment-grade-bond", "crypto-lender-2022", "ponzi-scheme"}) {
        CAPTURE(preset);
        // --scenario applies to offers that name none: each example offer names its own.
        const Result r = cli({"analyze", file.c_str(), "--scenario", preset, "--format", "json"});
        REQUIRE(r.code == 0);
        const auto j = nlohmann::json::parse(r.out);
        const auto& bank = j["offers"][2]["scenario"];
        CHECK(bank["name"] == "insured-bank-deposit");
        CHECK(bank["applied_to_every_offer"] == false);
        for (int i : {0, 1}) {
            const auto& s = j["offers"][i]["scenario"];
            CHECK(s["floored_to_break_even"] == true);
            CHECK(s["probability_of_loss"].get<double>() >
                  bank["probability_of_loss"].get<double>());
            // Worth no more than the benchmark once beyond the preset's calibrated range.
            CHECK(s["expected_payout"].get<double>() <=
                  j["offers"][i]["benchmark_payout"].get<double>() * (1 + 1e-9));
        }
        // --scenario-all replaces every offer's own, and says so.
        const Result all = cli(
            {"analyze", file.c_str(), "--scenario", preset, "--scenario-all", "--format", "json"});
        REQUIRE(all.code == 0);
        const auto ja = nlohmann::json::parse(all.out);
        CHECK(ja["offers"][2]["scenario"]["name"] == preset);
        CHECK(ja["offers"][2]["scenario"]["applied_to_every_offer"] == true);
        // Under every preset, the bank deposit (stated insured by the FDIC, 5,000 USD within the
        // limit) loses nothing, and each platform offer may lose.
        CHECK(ja["offers"][2]["insured_scheme"] == "FDIC");
        CHECK(ja["offers"][2]["scenario"]["insured"] == true);
        CHECK(ja["offers"][2]["scenario"]["probability_of_loss"].get<double>() == 0.0);
        for (int i : {0, 1}) {
            CHECK(ja["offers"][i]["insured_scheme"].is_null());
            CHECK(ja["offers"][i]["scenario"]["probability_of_loss"].get<double>() > 0.0);
        }
        const Result text = cli({"analyze", file.c_str(), "--scenario", preset, "--scenario-all"});
        CHECK(text.out.find("Scenario for every offer (--scenario-all)") != std::string::npos);
    }
}

TEST_CASE("JSON and CSV carry the verdict and where the benchmark comes from") {
    const Result r = cli({"analyze", "--principal", "100000 TRY", "--days", "365", "--rate", "0.40",
                          "--compounding", "annual", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::ordered_json::parse(r.out);
    CHECK(j.begin().key() == "verdict"); // the first thing said
    CHECK(j["verdict"]["id"] == "above_safe_rates");
    CHECK(j["verdict"]["level"] == 1);
    CHECK(j["benchmark_currency"] == "TRY");
    CHECK(j["benchmark_term_days"] == 365);
    CHECK(j["benchmark_basis"] == "curve");
    CHECK(j["benchmark_source"].get<std::string>().find("CBRT") != std::string::npos);
    const Result stated = cli({"analyze", "--principal", "100000 TRY", "--days", "365", "--rate",
                               "0.40", "--benchmark-rate", "0.043", "--format", "json"});
    const auto js = nlohmann::json::parse(stated.out);
    CHECK(js["benchmark_basis"] == "stated");
    CHECK(js["benchmark_source"] == "stated by the user");
    CHECK(js["benchmark_rate"] == 0.043);
    const Result csv = cli({"analyze", "--principal", "100000 TRY", "--days", "365", "--rate",
                            "0.40", "--format", "csv"});
    CHECK(csv.out.find("benchmark_currency,benchmark_term_days,benchmark_basis,benchmark_source") !=
          std::string::npos);
    CHECK(csv.out.find(",verdict,verdict_level,") != std::string::npos);
    const Result text =
        cli({"analyze", "--principal", "100000 TRY", "--days", "365", "--rate", "0.40"});
    CHECK(text.out.rfind("Verdict: Above safe rates", 0) == 0);
    CHECK(text.out.find("the safe rate in TRY for 365 days") != std::string::npos);
    CHECK(text.out.find("not financial advice") != std::string::npos);
}

TEST_CASE("--insured: the assumption in every output with its fields - what is refused") {
    const Result r = cli({"analyze", "--principal", "10000 USD", "--days", "365", "--rate", "0.045",
                          "--compounding", "annual", "--insured", "--format", "json"});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["insured_scheme"] == "FDIC");
    CHECK(j["insured_limit"].get<double>() == 250000.0);
    CHECK(j["insured_currency"] == "USD");
    CHECK(j["insured_covered"].get<double>() == doctest::Approx(10450.0));
    CHECK(j["insured_uncovered"].get<double>() == 0.0);
    CHECK(j["insured_standing"] == "within_margin");
    CHECK(j["insured_credited"] == true);
    for (const auto& d : j["disclosures"]) {
        CAPTURE(d["id"]);
        CHECK(d["severity"] == "info");
    }
    CHECK(has(ids_of(j), "insured"));
    const Result text = cli({"analyze", "--principal", "10000 USD", "--days", "365", "--rate",
                             "0.045", "--insured", "FDIC"});
    CHECK(text.out.find("Assuming, as you stated, that the deposit is covered by the FDIC up to "
                        "250,000.00 USD") != std::string::npos);
    const Result csv = cli({"analyze", "--principal", "10000 USD", "--days", "365", "--rate",
                            "0.045", "--insured", "--format", "csv"});
    CHECK(csv.out.find("insured_scheme,insured_limit,insured_currency") != std::string::npos);
    CHECK(csv.out.find("FDIC,250000,USD") != std::string::npos);
    // Not insured: the fields are there, null.
    const Result plain = cli({"analyze", "--principal", "10000 USD", "--days", "365", "--rate",
                              "0.045", "--format", "json"});
    CHECK(nlohmann::json::parse(plain.out)["insured_scheme"].is_null());

    // Refused, naming the flag: a stablecoin, a coin, another currency's scheme, an unknown id.
    const Result usdt = cli({"analyze", "--principal", "5000", "--asset", "USDT", "--days", "20",
                             "--payout", "6350", "--insured"});
    CHECK(usdt.code == 2);
    CHECK(usdt.err.find("--insured") != std::string::npos);
    CHECK(usdt.err.find("USDT") != std::string::npos);
    const Result xrp = cli({"analyze", "--principal", "30000 USD", "--asset", "XRP", "--days", "30",
                            "--payout", "44400", "--insured", "FDIC"});
    CHECK(xrp.code == 2);
    CHECK(xrp.err.find("--insured") != std::string::npos);
    CHECK(xrp.err.find("XRP") != std::string::npos);
    const Result eur = cli({"analyze", "--principal", "5000 EUR", "--days", "365", "--rate", "0.03",
                            "--insured", "FDIC"});
    CHECK(eur.code == 2);
    CHECK(eur.err.find("FDIC covers deposits in USD, not in EUR") != std::string::npos);
    const Result unknown = cli({"analyze", "--principal", "5000 EUR", "--days", "365", "--rate",
                                "0.03", "--insured", "SIPC"});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.find("EU-DGS") != std::string::npos);
    // A file says it per offer.
    const std::string file = std::string(CANDOR_SOURCE_DIR) + "/examples/platform-a.candor";
    const Result with_file = cli({"analyze", file.c_str(), "--insured", "FDIC"});
    CHECK(with_file.code == 2);
    CHECK(with_file.err.find("--insured") != std::string::npos);

    // simulate: the coverage in the model, the assumption said.
    const Result sim = cli({"simulate", "--principal", "300000 USD", "--days", "365", "--rate",
                            "0.04", "--compounding", "annual", "--insured", "--scenario",
                            "investment-grade-bond", "--paths", "20000", "--format", "json"});
    REQUIRE_MESSAGE(sim.code == 0, sim.err);
    const auto js = nlohmann::json::parse(sim.out);
    CHECK(js["insured_scheme"] == "FDIC");
    CHECK(js["insured_uncovered"].get<double>() == doctest::Approx(62000.0));
    CHECK(js["model"]["recovery"].get<double>() > 250.0 / 300.0);
    CHECK(js["model"]["recovery_delay_years"].get<double>() == 0.0);
    const Result sim_text =
        cli({"simulate", "--principal", "300000 USD", "--days", "365", "--rate", "0.04",
             "--insured", "--scenario", "investment-grade-bond", "--paths", "20000"});
    CHECK(sim_text.out.find("covered by the FDIC") != std::string::npos);
}
