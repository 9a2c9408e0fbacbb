/// The same .candor file gives the same figures on every surface: `candor-cli analyze`, the
/// printed report, `candor-cli simulate` and what the app computes for its window (issue 16).
/// All go through core::execute; this test fails if one of them computes its own way again.

#include "app/offer_form.hpp"
#include "app/offer_results.hpp"
#include "cli/cli_harness.hpp"

#include "core/offer_file.hpp"
#include "present/number_format.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

using namespace candor;
namespace fs = std::filesystem;

namespace {

const std::string file = std::string(CANDOR_SOURCE_DIR) + "/tests/data/surfaces.candor";

std::string capture(const std::string& command) {
    std::string text;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe);
    std::array<char, 4096> buf{};
    while (std::fgets(buf.data(), static_cast<int>(buf.size()), pipe.get()) != nullptr) {
        text += buf.data();
    }
    return text;
}

/// The app's results for entry `i`, as File > Open makes them: the entry into the form, the
/// form parsed, the worker's computation.
app::OfferResults app_results(const core::OfferEntry& e) {
    const app::OfferFormInput in =
        app::form_from_offer(e.offer, e.assumptions, e.scenario, e.claims);
    const app::FormResult f = app::parse_offer_form(in);
    REQUIRE(f.ok());
    return app::compute_results(app::ResultsRequest{
        *f.offer, *f.assumptions, f.scenario, f.claims, app::FormDefaults::builtin().market, {}});
}

} // namespace

TEST_CASE("analyze, the report and the app agree on each offer of a file") {
    present::set_locale("en");
    const test::CliResult analyzed = test::run_cli({"analyze", file, "--format", "json"});
    REQUIRE(analyzed.code == 0);
    const auto json = nlohmann::json::parse(analyzed.out);
    const fs::path pdf = fs::path(CANDOR_BINARY_DIR) / "surfaces-report.pdf";
    REQUIRE(test::run_cli({"report", file, "-o", pdf.string()}).code == 0);
    const std::string report = capture(std::string("pdftotext -layout '") + pdf.string() + "' -");
    const core::OfferSet set = core::load_offer_set(file);
    REQUIRE(set.offers.size() == 3);
    for (std::size_t i = 0; i < set.offers.size(); ++i) {
        INFO("offer " << i);
        const auto& cli = json["offers"][i]["scenario"];
        REQUIRE(cli.is_object());
        const app::OfferResults app = app_results(set.offers[i]);
        REQUIRE(app.scenario);
        // Exact equality: the same executor, the same closed form, the same bits.
        CHECK(cli["expected_payout"].get<double>() == app.scenario->stats.expected_payout);
        CHECK(cli["probability_of_loss"].get<double>() == app.scenario->stats.probability_of_loss);
        CHECK(cli["method"] == "exact");
        // The report prints them as the app does.
        const core::Asset& cur = app.analysis().offer.principal.asset();
        CHECK(report.find(present::money(app.scenario->stats.expected_payout, cur)) !=
              std::string::npos);
        CHECK(report.find(present::percent(app.scenario->stats.probability_of_loss)) !=
              std::string::npos);
    }
}

TEST_CASE("simulate and the app agree on the quantiles of the integrated case") {
    present::set_locale("en");
    const core::OfferSet set = core::load_offer_set(file);
    const core::OfferEntry& xrp = set.offers[1];
    const test::CliResult sim =
        test::run_cli({"simulate", "--principal", "30000 USD", "--asset", "XRP", "--days", "30",
                       "--payout", "44400 USD", "--benchmark-rate", "0.043", "--scenario",
                       "crypto-lender-2022", "--format", "json"});
    REQUIRE(sim.code == 0);
    const auto exact = nlohmann::json::parse(sim.out)["exact"];
    REQUIRE(exact.is_object());
    const app::OfferResults app = app_results(xrp);
    REQUIRE(app.scenario);
    CHECK(app.scenario->model.recovery_spread > 0.0);
    CHECK(app.scenario->model.volatility > 0.0);
    CHECK(exact["median_payout"].get<double>() == app.scenario->stats.median_payout);
    CHECK(exact["p05_payout"].get<double>() == app.scenario->stats.p05_payout);
    CHECK(exact["p95_payout"].get<double>() == app.scenario->stats.p95_payout);
    CHECK(exact["expected_payout"].get<double>() == app.scenario->stats.expected_payout);
}
