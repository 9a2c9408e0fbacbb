#pragma once
/// \file request.hpp
/// One request and one executor for "an offer, its claims and a scenario give results": the
/// CLI (analyze, report, chart), the reports and the app all build an OfferRequest and call
/// execute(), so that every surface shows the same figures for the same offer.

#include "evaluation.hpp"
#include "ladder.hpp"
#include "market_data.hpp"
#include "offer.hpp"
#include "offer_file.hpp"
#include "scenario.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace candor::core {

class ScenarioPresets;
class PriceRiskTable;
struct ScenarioPreset;

/// A counterparty scenario asked for: a preset (data/scenarios.json) and the figures the user
/// stated over it. Unset figures keep the preset's.
struct ScenarioRequest {
    std::string preset;                         ///< preset id
    std::optional<double> annual_failure;       ///< chance of failing within a year, [0, 1)
    std::optional<double> recovery;             ///< mean recovery fraction, [0, 1]
    std::optional<double> recovery_delay_years; ///< years from failure to payment
    bool forced = false; ///< applied to every offer of a file over its own (--scenario-all)
    /// Standard deviation of the recovery (Beta) over the preset's, checked with the recovery
    /// it goes with (last: aggregate initialisers elsewhere give the fields above in order).
    std::optional<double> recovery_spread;
};

/// Everything that determines the results for one offer.
struct OfferRequest {
    Offer offer;
    Assumptions assumptions;
    std::vector<Claim> claims; ///< the offer-claims checklist
    std::optional<ScenarioRequest> scenario;
};

/// How outcomes are computed where no closed form exists: the same everywhere by default.
struct ExecutionSettings {
    std::uint64_t monte_carlo_paths = 1'000'000;
    std::uint64_t seed = 20260101;
    unsigned threads = 0; ///< 0: one per hardware thread
    /// The collapsed schemes of the rate ladder; nullptr: the built-in ones.
    const CollapsedSchemes* schemes = nullptr;
    /// Only the figures an `analyze` record writes (offer_record.hpp): the closed form leaves
    /// out the median, the 5% and 95% quantiles and the expected shortfall (NaN), and the
    /// outcome distribution and the rate ladder stay empty. Every other figure is the same to
    /// the bit. Monte Carlo, where a model has no closed form, still computes everything.
    bool record_only = false;
};

/// The outcome of the scenario for the offer.
struct ScenarioOutcome {
    std::string preset;          ///< preset id
    std::string name;            ///< the preset's English display name (front ends translate it)
    ScenarioModel model;         ///< as applied: offer, price risk, preset, stated figures
    ScenarioStats stats;         ///< at the horizon of the model
    bool exact = true;           ///< closed form (has_closed_form); otherwise Monte Carlo
    std::uint64_t paths = 0;     ///< Monte Carlo paths (0 when exact)
    double standard_error = 0.0; ///< of the expected payout (0 when exact)
    std::vector<OutcomeBin> distribution; ///< outcome_distribution(model), for charts
    /// The offer's premium over the safe rate lies beyond the range the preset was calibrated
    /// on, so the hazard was raised from the preset's to the break-even hazard under the
    /// preset's own model (the offer is then worth no more than the benchmark).
    bool floored = false;
    double preset_hazard = 0.0;          ///< the preset's own hazard (or the stated one)
    double calibrated_max_premium = 0.0; ///< the preset's calibrated range
    bool forced = false;                 ///< ScenarioRequest::forced
    /// The offer is stated to be an insured deposit and the coverage is credited: the model's
    /// recovery, spread and delay are those of apply_deposit_insurance().
    bool insured = false;
};

/// The results for one offer. Built by execute(); never edited after.
struct OfferResult {
    Evaluation evaluation;
    std::vector<Claim> claims; ///< the claims evaluated (the request's)
    std::optional<ScenarioOutcome> scenario;
    /// The rate ladder (ladder.hpp): the offer's rate among safe, asset and collapsed-scheme
    /// rates, lowest first.
    std::vector<LadderRung> ladder;
    /// The Ponzi model read against the offer (ponzi.hpp): the growth of new deposits needed
    /// to keep paying it, and the collapse time under a collapsed scheme's fitted inflows.
    /// Empty when the schemes have no fitted inflows.
    std::optional<PonziReading> ponzi;

    const Analysis& analysis() const { return evaluation.analysis; }
};

/// The scenario model of a request: the offer read against its assumptions, the held asset's
/// price risk from `price_risk`, the preset from `presets`, then the stated figures.
/// \throws InputError (field "scenario" for an unknown preset, or a model field).
ScenarioModel scenario_model(const OfferRequest& request, const ScenarioPresets& presets,
                             const PriceRiskTable& price_risk);

/// What the calibration floor did to a preset's hazard (apply_calibration_floor).
struct HazardFloor {
    bool floored = false;
    double preset_hazard = 0.0;
    double calibrated_max_premium = 0.0;
};

/// Beyond the premiums `preset` was drawn from (the verdict's premium over the safe rate above
/// its calibrated_max_premium), raises `m.hazard` to at least break_even_hazard(m): the offer
/// is then worth no more than the benchmark under the preset's own recovery, delay and price
/// risk. Call it before any failure risk the user states, which replaces the result.
HazardFloor apply_calibration_floor(ScenarioModel& m, const Verdict& verdict,
                                    const ScenarioPreset& preset);

/// Statistics of a model: the closed form where the model has one, else Monte Carlo with
/// `settings` (ExecutionSettings::record_only skips the quantiles and the distribution).
/// \throws InputError for an invalid model.
ScenarioOutcome scenario_outcome(const ScenarioModel& model, const ExecutionSettings& settings);

/// The Ponzi model read against an evaluated offer: its continuous rate promised, the claimed
/// mix's plausible return (or the safe rate without a mix) earned, capital withdrawn at
/// maturity, under the inflows of the first of `schemes` that has them. Empty without such.
std::optional<PonziReading> ponzi_reading_of(const Evaluation& e, const CollapsedSchemes& schemes);

/// The one executor: evaluate() and, when a scenario is asked for, its outcome under the
/// built-in presets and price-risk table. \throws InputError or DataError.
OfferResult execute(const OfferRequest& request, const MarketData& market,
                    const ExecutionSettings& settings = {});

/// How a scenario named outside a file (the command line's --scenario) meets the file's own.
enum class ScenarioPolicy {
    Fallback, ///< only for offers that name none (--scenario)
    Force,    ///< for every offer, replacing its own (--scenario-all); outputs say so
};

/// The request of an entry of a .candor file: its offer, assumptions, claims (plus `more`,
/// without repeats) and its own scenario, or `scenario` as `policy` says.
/// \throws InputError for an unknown claim id.
OfferRequest request_of(const OfferEntry& entry, const std::vector<Claim>& more = {},
                        const std::string& scenario = {},
                        ScenarioPolicy policy = ScenarioPolicy::Fallback);
/// The same, taking the entry's offer and assumptions instead of copying them (a stream's
/// entry, read anew for each offer).
OfferRequest request_of(OfferEntry&& entry, const std::vector<Claim>& more = {},
                        const std::string& scenario = {},
                        ScenarioPolicy policy = ScenarioPolicy::Fallback);

} // namespace candor::core
