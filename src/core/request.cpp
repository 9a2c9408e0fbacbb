#include "request.hpp"

#include "deposit_insurance.hpp"
#include "input_error.hpp"
#include "scenario_data.hpp"

#include <algorithm>
#include <cmath>

namespace candor::core {

namespace {

/// The request with the rates the user did not state read from the safe-rate data.
OfferRequest resolved(const OfferRequest& q) {
    OfferRequest r = q;
    r.assumptions = resolve_rates(r.offer, std::move(r.assumptions), SafeRates::builtin());
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
    if (s.recovery_spread) {
        m.recovery_spread = *s.recovery_spread;
    }
    validate(m);
    return m;
}

HazardFloor apply_calibration_floor(ScenarioModel& m, const Verdict& verdict,
                                    const ScenarioPreset& preset) {
    HazardFloor f;
    f.preset_hazard = m.hazard;
    f.calibrated_max_premium = preset.calibrated_max_premium;
    // Beyond the premiums the preset was drawn from, its hazard would credit the offer with the
    // safety of the ordinary cases it describes.
    if (verdict.overflow || verdict.premium > preset.calibrated_max_premium) {
        m.hazard = std::max(m.hazard, break_even_hazard(m));
        f.floored = m.hazard > f.preset_hazard;
    }
    return f;
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

/// The Ponzi model read against the offer, only for an offer that pays more than the long-run
/// return of what it claims to hold (verdict level 2 or more): below that its assets could pay
/// it, and asking how long new deposits would keep it going would say nothing about it.
std::optional<PonziReading> ponzi_reading_of(const Evaluation& e, const CollapsedSchemes& schemes) {
    const CollapsedScheme* s = schemes.with_inflows();
    if (s == nullptr || e.verdict.id < VerdictId::AboveClaimedLongRun) {
        return std::nullopt;
    }
    const Analysis& a = e.analysis;
    const double earned = e.plausible ? e.plausible->central_annual_rate : a.benchmark_rate;
    return ponzi_reading(a.nominal.continuous_annual_rate, std::log1p(earned), a.year_fraction,
                         *s->inflows);
}

OfferResult execute(const OfferRequest& request, const MarketData& market,
                    const ExecutionSettings& settings) {
    const OfferRequest q = resolved(request);
    OfferResult r;
    r.evaluation = evaluate(q.offer, q.assumptions, market, q.claims);
    r.claims = q.claims;
    const CollapsedSchemes& schemes =
        settings.schemes != nullptr ? *settings.schemes : CollapsedSchemes::builtin();
    r.ladder = rate_ladder(r.evaluation, market, schemes, SafeRates::builtin());
    r.ponzi = ponzi_reading_of(r.evaluation, schemes);
    if (q.scenario) {
        const ScenarioPresets& presets = ScenarioPresets::builtin();
        const ScenarioPreset& preset = presets.get(q.scenario->preset, "scenario");
        ScenarioModel m = scenario_model(q, presets, PriceRiskTable::builtin());
        HazardFloor floor;
        floor.preset_hazard = m.hazard;
        floor.calibrated_max_premium = preset.calibrated_max_premium;
        if (!q.scenario->annual_failure) { // a failure risk the user stated is theirs
            floor = apply_calibration_floor(m, r.evaluation.verdict, preset);
        }
        // The institution's failure risk stays; the coverage changes what a failure pays.
        const bool insured = r.evaluation.insured && r.evaluation.insured->credited();
        if (insured) {
            apply_deposit_insurance(m, *r.evaluation.insured, DepositInsurance::builtin());
        }
        ScenarioOutcome s = scenario_outcome(m, settings);
        s.insured = insured;
        s.preset = preset.id;
        s.name = preset.name;
        s.floored = floor.floored;
        s.preset_hazard = floor.preset_hazard;
        s.calibrated_max_premium = floor.calibrated_max_premium;
        s.forced = q.scenario->forced;
        r.scenario = std::move(s);
    }
    return r;
}

OfferRequest request_of(const OfferEntry& e, const std::vector<Claim>& more,
                        const std::string& scenario, ScenarioPolicy policy) {
    OfferRequest q;
    q.offer = e.offer;
    q.assumptions = e.assumptions;
    q.claims = merge_claims(e.claims, more, "claims");
    const bool force = policy == ScenarioPolicy::Force && !scenario.empty();
    const std::string& preset = force || e.scenario.empty() ? scenario : e.scenario;
    if (!preset.empty()) {
        q.scenario = ScenarioRequest{preset, {}, {}, {}, false, {}};
        q.scenario->forced = force;
    }
    return q;
}

} // namespace candor::core
