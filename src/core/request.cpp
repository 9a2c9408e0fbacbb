#include "request.hpp"

#include "input_error.hpp"
#include "scenario_data.hpp"

namespace candor::core {

namespace {

/// The request with the rates the user did not state read from the safe-rate data.
OfferRequest resolved(const OfferRequest& q) {
    OfferRequest r = q;
    r.assumptions = resolve_rates(q.offer, q.assumptions, SafeRates::builtin());
    return r;
}

} // namespace

ScenarioModel scenario_model(const OfferRequest& request, const ScenarioPresets& presets,
                             const PriceRiskTable& price_risk) {
    const OfferRequest q = resolved(request);
    ScenarioModel m = scenario_model(q.offer, q.assumptions);
    price_risk.apply_to(q.offer.held.code, m);
    if (!q.scenario) {
        return m;
    }
    const ScenarioRequest& s = *q.scenario;
    presets.get(s.preset, "scenario").apply_to(m);
    if (s.annual_failure) {
        m.hazard = hazard_from_annual_probability(*s.annual_failure);
    }
    if (s.recovery) {
        m.recovery = *s.recovery;
    }
    if (s.recovery_delay_years) {
        m.recovery_delay_years = *s.recovery_delay_years;
    }
    validate(m);
    return m;
}

ScenarioOutcome scenario_outcome(const ScenarioModel& m, const ExecutionSettings& settings) {
    ScenarioOutcome out;
    out.model = m;
    if (has_closed_form(m)) {
        out.stats = closed_form(m);
    } else {
        MonteCarloSettings mc;
        mc.paths = settings.monte_carlo_paths;
        mc.seed = settings.seed;
        mc.threads = settings.threads;
        const MonteCarloResult r = monte_carlo(m, mc);
        out.stats = r.stats;
        out.exact = false;
        out.paths = r.paths;
        out.standard_error = r.standard_error;
    }
    out.distribution = outcome_distribution(m);
    return out;
}

OfferResult execute(const OfferRequest& request, const MarketData& market,
                    const ExecutionSettings& settings) {
    const OfferRequest q = resolved(request);
    OfferResult r;
    r.evaluation = evaluate(q.offer, q.assumptions, market, q.claims);
    r.claims = q.claims;
    if (q.scenario) {
        const ScenarioPresets& presets = ScenarioPresets::builtin();
        const ScenarioModel m = scenario_model(q, presets, PriceRiskTable::builtin());
        ScenarioOutcome s = scenario_outcome(m, settings);
        const ScenarioPreset& preset = presets.get(q.scenario->preset, "scenario");
        s.preset = preset.id;
        s.name = preset.name;
        r.scenario = std::move(s);
    }
    return r;
}

OfferRequest request_of(const OfferEntry& e, const std::vector<Claim>& more,
                        const std::string& scenario_override) {
    OfferRequest q;
    q.offer = e.offer;
    q.assumptions = e.assumptions;
    q.claims = merge_claims(e.claims, more, "claims");
    const std::string& preset = scenario_override.empty() ? e.scenario : scenario_override;
    if (!preset.empty()) {
        q.scenario = ScenarioRequest{preset, {}, {}, {}};
    }
    return q;
}

} // namespace candor::core
