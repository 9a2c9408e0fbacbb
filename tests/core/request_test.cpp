#include "core/request.hpp"

#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/scenario_data.hpp"

#include <doctest/doctest.h>

using namespace candor::core;

namespace {

OfferRequest example(const char* id, const char* preset) {
    const Example& e = find_example(id);
    OfferRequest q{e.offer, Assumptions::defaults(), {}, std::nullopt};
    if (preset != nullptr) {
        q.scenario = ScenarioRequest{preset, {}, {}, {}, false, {}};
    }
    return q;
}

} // namespace

TEST_CASE("execute: the evaluation and the scenario of the request, nothing else") {
    OfferRequest q = example("platform-a-usdt", "crypto-lender-2022");
    q.claims = {Claim::Guaranteed};
    const OfferResult r = execute(q, MarketData::builtin());
    const Evaluation e = evaluate(q.offer, q.assumptions, MarketData::builtin(), q.claims);
    CHECK(r.analysis().advertised_payout == e.analysis.advertised_payout);
    CHECK(r.evaluation.disclosures.size() == e.disclosures.size());
    CHECK(r.claims == q.claims);
    REQUIRE(r.scenario);
    CHECK(r.scenario->preset == "crypto-lender-2022");
    CHECK(r.scenario->name == ScenarioPresets::builtin().get("crypto-lender-2022", "s").name);
    // The model: the offer against the safe rate of its currency (USDT: the dollar) and term,
    // then USDT's price risk, then the preset.
    const Assumptions resolved = resolve_rates(q.offer, q.assumptions, SafeRates::builtin());
    CHECK(resolved.benchmark_basis.currency == "USD");
    CHECK(r.analysis().benchmark_rate == resolved.benchmark_rate);
    ScenarioModel m = scenario_model(q.offer, resolved);
    PriceRiskTable::builtin().apply_to("USDT", m);
    const ScenarioPreset& preset = ScenarioPresets::builtin().get("crypto-lender-2022", "s");
    preset.apply_to(m);
    CHECK(r.scenario->model.depeg_probability == m.depeg_probability);
    // 27% in 20 days is far beyond the premiums the preset was drawn from: its hazard is
    // raised to the break-even hazard under its own model.
    CHECK(r.evaluation.verdict.premium > preset.calibrated_max_premium);
    CHECK(r.scenario->floored);
    CHECK(r.scenario->preset_hazard == m.hazard);
    m.hazard = break_even_hazard(m);
    CHECK(r.scenario->model.hazard == m.hazard);
    CHECK(r.scenario->exact);
    CHECK(r.scenario->stats.expected_payout == closed_form(m).expected_payout);
    CHECK(r.scenario->stats.expected_payout ==
          doctest::Approx(r.analysis().benchmark_payout.to_major()).epsilon(1e-6));
    CHECK_FALSE(r.scenario->distribution.empty());
    CHECK_FALSE(execute(example("platform-a-usdt", nullptr), MarketData::builtin()).scenario);
}

TEST_CASE("execute: a Beta recovery on a volatile coin is exact too, the same every time") {
    // XRP under the crypto-lender preset had no closed form before the integrated component:
    // the app ran 100,000 paths and the CLI 1,000,000, so their figures differed.
    const OfferRequest q = example("platform-a-xrp", "crypto-lender-2022");
    const OfferResult a = execute(q, MarketData::builtin());
    REQUIRE(a.scenario);
    CHECK(a.scenario->model.volatility > 0.0);
    CHECK(a.scenario->model.recovery_spread > 0.0);
    CHECK(a.scenario->exact);
    CHECK(a.scenario->paths == 0);
    ExecutionSettings few;
    few.monte_carlo_paths = 1000; // unused when the closed form applies
    const OfferResult b = execute(q, MarketData::builtin(), few);
    CHECK(b.scenario->stats.expected_payout == a.scenario->stats.expected_payout);
    CHECK(b.scenario->stats.probability_of_loss == a.scenario->stats.probability_of_loss);
    CHECK(b.scenario->stats.median_payout == a.scenario->stats.median_payout);
}

TEST_CASE("execute: stated figures replace the preset's") {
    OfferRequest q = example("platform-a-usdt", "crypto-lender-2022");
    q.scenario->annual_failure = 0.1;
    q.scenario->recovery = 0.2;
    q.scenario->recovery_delay_years = 3.0;
    const OfferResult r = execute(q, MarketData::builtin());
    CHECK(r.scenario->model.hazard == doctest::Approx(hazard_from_annual_probability(0.1)));
    CHECK(r.scenario->model.recovery == 0.2);
    CHECK(r.scenario->model.recovery_delay_years == 3.0);
    q.scenario->preset = "no-such-preset";
    CHECK_THROWS_AS(execute(q, MarketData::builtin()), InputError);
}

TEST_CASE("request_of: a file entry's own scenario unless overridden, claims merged") {
    OfferEntry e;
    e.offer = find_example("platform-a-usdt").offer;
    e.assumptions = Assumptions::defaults();
    e.scenario = "insured-bank-deposit";
    e.claims = {"guaranteed"};
    const OfferRequest own = request_of(e, {Claim::Referral, Claim::Guaranteed});
    REQUIRE(own.scenario);
    CHECK(own.scenario->preset == "insured-bank-deposit");
    CHECK(own.claims == std::vector<Claim>{Claim::Guaranteed, Claim::Referral});
    // --scenario names a preset for offers without one; --scenario-all replaces theirs.
    CHECK(request_of(e, {}, "ponzi-scheme").scenario->preset == "insured-bank-deposit");
    const OfferRequest forced = request_of(e, {}, "ponzi-scheme", ScenarioPolicy::Force);
    CHECK(forced.scenario->preset == "ponzi-scheme");
    CHECK(forced.scenario->forced);
    e.scenario.clear();
    CHECK_FALSE(request_of(e).scenario);
    CHECK(request_of(e, {}, "ponzi-scheme").scenario->preset == "ponzi-scheme");
    e.claims = {"nonsense"};
    CHECK_THROWS_AS(request_of(e), InputError);
}
