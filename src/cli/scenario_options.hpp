#pragma once
/// \file scenario_options.hpp
/// The scenario flags of `simulate` (and `analyze --scenario`), and their translation into
/// core's ScenarioModel.

#include "offer_options.hpp"

#include "core/deposit_insurance.hpp"
#include "core/request.hpp"
#include "core/scenario.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

namespace candor::cli {

struct ScenarioFlags {
    std::string scenario;
    std::string scenarios_file;
    std::string price_risk_file;
    std::string hazard;
    std::string fail_within_year;
    std::string fail_within_term;
    std::string recovery_spread;
    std::string recovery_delay;
    std::string volatility;
    std::string drift;
    std::string depeg_probability;
    std::string depeg_loss;
    std::string rollovers;
};

/// Adds the scenario flags to `simulate`.
void add_scenario_options(CLI::App& cmd, ScenarioFlags& flags);

/// The model: offer and assumptions, then the held asset's built-in (or --price-risk) price
/// risk, then the --scenario preset, then each explicit flag. \throws core::InputError naming
/// the flag.
/// Where the model's failure hazard came from, for the outputs to say.
struct HazardNotes {
    core::HazardFloor floor;      ///< a preset's hazard raised to break-even (calibrated range)
    bool at_break_even = false;   ///< no preset, no stated risk: shown at the break-even hazard
    bool no_risk_assumed = false; ///< no preset, no stated risk, and none needed
    /// The preset's display name (English, from its data file; present::data_label translates
    /// it); empty without --scenario.
    std::string preset_name;
    /// The offer is stated to be an insured deposit (--insured): the coverage, credited in
    /// the model unless the rate is beyond what deposits pay.
    std::optional<core::InsuredDeposit> insured;
};

/// With a preset and no stated failure risk, the preset's hazard is raised to the break-even
/// hazard when the offer lies beyond the preset's calibrated range, as core::execute does.
/// With neither a preset nor a stated risk, an offer whose payout needs risk to explain is
/// shown at its break-even hazard (never as riskless); one that needs none assumes no risk.
/// `notes` (when given) says which.
core::ScenarioModel build_model(const Request& req, const OfferFlags& offer,
                                const ScenarioFlags& flags, HazardNotes* notes = nullptr);

/// The line saying a preset's hazard was raised to the break-even level (translated).
std::string floor_note(const core::HazardFloor& floor, double hazard);
/// The line saying where the hazard came from when it was not stated (empty when it was).
std::string hazard_note(const HazardNotes& notes, double hazard);

/// "hazard" -> "--hazard", "recovery_spread" -> "--recovery-spread".
std::string flag_name(const std::string& model_field);

/// Parses a whole number (digits, or a plain number such as 1e6 that is whole).
/// \throws core::InputError naming `field`.
std::uint64_t parse_count(const std::string& text, const std::string& field, const char* expected,
                          std::uint64_t lo, std::uint64_t hi);

/// A scenario's outcome, as `analyze --scenario` reports it (JSON: the preset id, exact or
/// Monte Carlo).
void print_scenario_summary(const core::ScenarioOutcome& s, const core::Asset& currency,
                            std::ostream& out);

} // namespace candor::cli
