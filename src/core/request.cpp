#include "request.hpp"

#include "deposit_insurance.hpp"
#include "input_error.hpp"
#include "scenario_data.hpp"

#include <algorithm>
#include <cmath>

namespace candor::core {

namespace {

/// The scenario model of an offer whose assumptions are resolved (resolve_rates).
ScenarioModel resolved_model(const Offer& offer, const Assumptions& resolved,
                             const std::optional<ScenarioRequest>& scenario,
                             const ScenarioPresets& presets, const PriceRiskTable& price_risk) {
    ScenarioModel m = scenario_model(offer, resolved);
    price_risk.apply_to(offer.held.code, m);
    if (!scenario) {
        return m;
    }
    const ScenarioRequest& s = *scenario;
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

} // namespace

ScenarioModel scenario_model(const OfferRequest& request, const ScenarioPresets& presets,
                             const PriceRiskTable& price_risk) {
    return resolved_model(request.offer,
                          resolve_rates(request.offer, request.assumptions, SafeRates::builtin()),
                          request.scenario, presets, price_risk);
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
        out.stats = closed_form(m, !settings.record_only);
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
    if (!settings.record_only) {
        out.distribution = outcome_distribution(m);
    }
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

namespace {

/// The scenario's outcome for an evaluated offer (its assumptions resolved).
ScenarioOutcome scenario_of(const OfferRequest& q, const Assumptions& resolved,
                            const Evaluation& evaluation, const ExecutionSettings& settings) {
    const ScenarioPresets& presets = ScenarioPresets::builtin();
    const ScenarioPreset& preset = presets.get(q.scenario->preset, "scenario");
    ScenarioModel m =
        resolved_model(q.offer, resolved, q.scenario, presets, PriceRiskTable::builtin());
    HazardFloor floor;
    floor.preset_hazard = m.hazard;
    floor.calibrated_max_premium = preset.calibrated_max_premium;
    if (!q.scenario->annual_failure) { // a failure risk the user stated is theirs
        floor = apply_calibration_floor(m, evaluation.verdict, preset);
    }
    // The institution's failure risk stays; the coverage changes what a failure pays.
    const bool insured = evaluation.insured && evaluation.insured->credited();
    if (insured) {
        apply_deposit_insurance(m, *evaluation.insured, DepositInsurance::builtin());
    }
    ScenarioOutcome s = scenario_outcome(m, settings);
    s.insured = insured;
    s.preset = preset.id;
    s.name = preset.name;
    s.floored = floor.floored;
    s.preset_hazard = floor.preset_hazard;
    s.calibrated_max_premium = floor.calibrated_max_premium;
    s.forced = q.scenario->forced;
    return s;
}

} // namespace

OfferResult execute(const OfferRequest& q, const MarketData& market,
                    const ExecutionSettings& settings) {
    // Only the assumptions change when resolved: the request itself is not copied.
    OfferResult r;
    r.evaluation = evaluate(q.offer, resolve_rates(q.offer, q.assumptions, SafeRates::builtin()),
                            market, q.claims);
    const Assumptions& resolved = r.evaluation.analysis.assumptions;
    r.claims = q.claims;
    const CollapsedSchemes& schemes =
        settings.schemes != nullptr ? *settings.schemes : CollapsedSchemes::builtin();
    if (!settings.record_only) {
        r.ladder = rate_ladder(r.evaluation, market, schemes, SafeRates::builtin());
    }
    r.ponzi = ponzi_reading_of(r.evaluation, schemes);
    if (q.scenario) {
        r.scenario = scenario_of(q, resolved, r.evaluation, settings);
    }
    return r;
}

OfferRequest request_of(OfferEntry&& e, const std::vector<Claim>& more, const std::string& scenario,
                        ScenarioPolicy policy) {
    OfferRequest q;
    q.claims = merge_claims(e.claims, more, "claims");
    q.offer = std::move(e.offer);
    q.assumptions = std::move(e.assumptions);
    const bool force = policy == ScenarioPolicy::Force && !scenario.empty();
    const std::string& preset = force || e.scenario.empty() ? scenario : e.scenario;
    if (!preset.empty()) {
        q.scenario = ScenarioRequest{preset, {}, {}, {}, false, {}};
        q.scenario->forced = force;
    }
    return q;
}

OfferRequest request_of(const OfferEntry& e, const std::vector<Claim>& more,
                        const std::string& scenario, ScenarioPolicy policy) {
    return request_of(OfferEntry(e), more, scenario, policy);
}

} // namespace candor::core
