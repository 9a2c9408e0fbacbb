#include "scenario_options.hpp"

#include "offer_results.hpp"

#include "core/evaluation.hpp"
#include "core/input_error.hpp"
#include "core/scenario_data.hpp"
#include "i18n/tr.hpp"
#include "present/number_format.hpp"
#include "present/offer_label.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

namespace candor::cli {

using core::InputError;

void add_scenario_options(CLI::App& cmd, ScenarioFlags& f) {
    std::string ids;
    for (const auto& p : core::ScenarioPresets::builtin().presets()) {
        ids += (ids.empty() ? "" : ", ") + p.id;
    }
    const std::string help = fmt::format(
        // TRANSLATORS: {0} the ids of the built-in presets, separated by commas.
        fmt::runtime(i18n::tr("A counterparty preset: {0} (see docs/scenarios.md)")), ids);
    cmd.add_option("--scenario", f.scenario, help)->type_name("NAME");
    cmd.add_option("--scenarios", f.scenarios_file,
                   i18n::tr("A scenarios JSON file replacing the built-in presets"));
    cmd.add_option("--price-risk", f.price_risk_file,
                   i18n::tr("A price-risk JSON file replacing the built-in volatility table"));
    cmd.add_option("--hazard", f.hazard,
                   i18n::tr("Annual failure hazard rate of the platform, e.g. 0.1"));
    cmd.add_option("--fail-within-year", f.fail_within_year,
                   i18n::tr("Chance the platform fails within a year (instead of --hazard)"));
    cmd.add_option("--fail-within-term", f.fail_within_term,
                   i18n::tr("Chance the platform fails within one term (instead of --hazard)"));
    cmd.add_option(
        "--recovery-spread", f.recovery_spread,
        i18n::tr("Standard deviation of the recovery (0: fixed; else Beta-distributed)"));
    cmd.add_option(
        "--recovery-delay", f.recovery_delay,
        i18n::tr("Years from failure until the recovery is paid (discounted at the benchmark)"));
    cmd.add_option(
        "--volatility", f.volatility,
        i18n::tr("Annual volatility of the held asset's price (default: built-in table)"));
    cmd.add_option("--drift", f.drift,
                   i18n::tr("Annual drift of the held asset's price (default 0)"));
    cmd.add_option("--depeg-probability", f.depeg_probability,
                   i18n::tr("Chance a stablecoin de-pegs within a year (default: built-in table)"));
    cmd.add_option("--depeg-loss", f.depeg_loss, i18n::tr("Fraction of value lost on a de-peg"));
    cmd.add_option("--rollovers", f.rollovers,
                   i18n::tr("Times the contract is rolled over after the first term (default 0)"));
}

std::string flag_name(const std::string& model_field) {
    if (model_field.rfind("--", 0) == 0) {
        return model_field;
    }
    if (model_field == "term") {
        return "--days";
    }
    std::string out = "--" + model_field;
    for (auto& c : out) {
        c = c == '_' ? '-' : c;
    }
    return out;
}

std::uint64_t parse_count(const std::string& text, const std::string& field, const char* expected,
                          std::uint64_t lo, std::uint64_t hi) {
    std::uint64_t v = 0;
    const auto* first = text.data();
    const auto* last = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(first, last, v);
    if (ec != std::errc() || ptr != last) {
        // Also accept a whole number written as 1e6.
        const double d = core::parse_number(text, field, expected);
        if (!(d >= 0.0) || d != std::floor(d) || d > 1.8e19) {
            throw InputError(field, expected, text);
        }
        v = static_cast<std::uint64_t>(d);
    }
    if (v < lo || v > hi) {
        throw InputError(field, expected, text);
    }
    return v;
}

namespace {

double fraction(const std::string& text, const char* field, const char* expected) {
    return parse_rate(text, field, expected);
}

} // namespace

namespace {

/// What was typed for a scenario flag, to echo in its error; empty when it was not given.
std::string typed_scenario_flag(const ScenarioFlags& f, const std::string& flag) {
    const std::pair<const char*, const std::string*> flags[] = {
        {"--hazard", &f.hazard},
        {"--recovery-spread", &f.recovery_spread},
        {"--recovery-delay", &f.recovery_delay},
        {"--volatility", &f.volatility},
        {"--drift", &f.drift},
        {"--depeg-probability", &f.depeg_probability},
        {"--depeg-loss", &f.depeg_loss},
        {"--rollovers", &f.rollovers}};
    for (const auto& [name, text] : flags) {
        if (flag == name) {
            return *text;
        }
    }
    return {};
}

/// The model of core's executor (offer, price risk, preset, an explicit --recovery) from the
/// --price-risk and --scenarios files when given, else the built-in tables.
core::ScenarioModel preset_model(const Request& req, const OfferFlags& offer,
                                 const ScenarioFlags& f) {
    if (f.scenario.empty() && !f.scenarios_file.empty()) {
        throw InputError("--scenarios", CANDOR_N_("to be used with --scenario NAME"),
                         f.scenarios_file);
    }
    const core::PriceRiskTable price = f.price_risk_file.empty()
                                           ? core::PriceRiskTable::builtin()
                                           : core::PriceRiskTable::load_file(f.price_risk_file);
    const core::ScenarioPresets presets = f.scenarios_file.empty()
                                              ? core::ScenarioPresets::builtin()
                                              : core::ScenarioPresets::load_file(f.scenarios_file);
    core::OfferRequest q = offer_request(req, offer, f.scenario);
    if (q.scenario && !f.recovery_spread.empty()) {
        // A stated spread replaces the preset's before the pair is checked with the recovery.
        q.scenario->recovery_spread = fraction(f.recovery_spread, "--recovery-spread",
                                               CANDOR_N_("a standard deviation from 0 to 0.5"));
    }
    try {
        return core::scenario_model(q, presets, price);
    } catch (const InputError& e) {
        throw e.renamed(flag_name(e.field()));
    }
}

} // namespace

core::ScenarioModel build_model(const Request& req, const OfferFlags& offer, const ScenarioFlags& f,
                                HazardNotes* notes) {
    core::ScenarioModel m = preset_model(req, offer, f);
    const bool stated_risk =
        !f.hazard.empty() || !f.fail_within_year.empty() || !f.fail_within_term.empty();
    HazardNotes local;
    HazardNotes& n = notes != nullptr ? *notes : local;
    if (!f.scenario.empty()) {
        const core::ScenarioPresets presets =
            f.scenarios_file.empty() ? core::ScenarioPresets::builtin()
                                     : core::ScenarioPresets::load_file(f.scenarios_file);
        const core::ScenarioPreset& preset = presets.get(f.scenario, "--scenario");
        n.preset_name = preset.name;
        if (!stated_risk) {
            const core::Assumptions a =
                core::resolve_rates(req.offer, req.assumptions, core::SafeRates::builtin());
            const core::Verdict v = core::evaluate(req.offer, a, *req.market, {}).verdict;
            n.floor = core::apply_calibration_floor(m, v, preset);
        }
    } else if (!stated_risk) {
        // No scenario: an absence of risk is never shown as a finding.
        m.hazard = core::break_even_hazard(m);
        n.at_break_even = m.hazard > 0.0;
        n.no_risk_assumed = m.hazard == 0.0;
    }
    const int hazard_forms = (f.hazard.empty() ? 0 : 1) + (f.fail_within_year.empty() ? 0 : 1) +
                             (f.fail_within_term.empty() ? 0 : 1);
    if (hazard_forms > 1) {
        throw InputError("--hazard",
                         CANDOR_N_("only one of --hazard, --fail-within-year, --fail-within-term"),
                         "");
    }
    const char* prob = CANDOR_N_("a probability from 0 to below 1, e.g. 0.05");
    if (!f.hazard.empty()) {
        m.hazard = fraction(f.hazard, "--hazard", CANDOR_N_("an annual hazard rate from 0 to 50"));
    } else if (!f.fail_within_year.empty()) {
        const double p = fraction(f.fail_within_year, "--fail-within-year", prob);
        if (!(p >= 0.0 && p < 1.0)) {
            throw InputError("--fail-within-year", prob, f.fail_within_year);
        }
        m.hazard = core::hazard_from_annual_probability(p);
    } else if (!f.fail_within_term.empty()) {
        const double p = fraction(f.fail_within_term, "--fail-within-term", prob);
        if (!(p >= 0.0 && p < 1.0)) {
            throw InputError("--fail-within-term", prob, f.fail_within_term);
        }
        m.hazard = core::hazard_from_probability_within(p, m.term_years);
    }
    if (!f.recovery_spread.empty()) {
        m.recovery_spread = fraction(f.recovery_spread, "--recovery-spread",
                                     CANDOR_N_("a standard deviation from 0 to 0.5"));
    }
    if (!f.recovery_delay.empty()) {
        m.recovery_delay_years = core::parse_number(f.recovery_delay, "--recovery-delay",
                                                    CANDOR_N_("a delay from 0 to 50 years"));
    }
    if (!f.volatility.empty()) {
        m.volatility =
            fraction(f.volatility, "--volatility", CANDOR_N_("an annual volatility from 0 to 5"));
    }
    if (!f.drift.empty()) {
        m.drift = fraction(f.drift, "--drift", CANDOR_N_("an annual drift from -2 to 2"));
    }
    if (!f.depeg_probability.empty()) {
        m.depeg_probability = fraction(f.depeg_probability, "--depeg-probability", prob);
    }
    if (!f.depeg_loss.empty()) {
        m.depeg_loss =
            fraction(f.depeg_loss, "--depeg-loss", CANDOR_N_("a fraction from 0 to 1, e.g. 0.2"));
    }
    if (!f.rollovers.empty()) {
        m.rollovers = static_cast<int>(parse_count(f.rollovers, "--rollovers",
                                                   CANDOR_N_("a whole number from 0 to 10000"), 0,
                                                   core::ScenarioLimits::max_rollovers));
    }
    if (!req.offer.insured.empty()) {
        // A stated insured deposit: the coverage on what a failure pays, as core::execute does;
        // the figures stated above are the uncovered part's.
        const core::Assumptions a =
            core::resolve_rates(req.offer, req.assumptions, core::SafeRates::builtin());
        n.insured = core::evaluate(req.offer, a, *req.market, {}).insured;
        if (n.insured && n.insured->credited()) {
            core::apply_deposit_insurance(m, *n.insured, core::DepositInsurance::builtin());
        }
    }
    try {
        core::validate(m);
    } catch (const InputError& e) {
        const std::string flag = flag_name(e.field());
        const std::string typed = typed_scenario_flag(f, flag);
        throw typed.empty() ? e.renamed(flag) : e.renamed(flag).with_got(typed);
    }
    return m;
}

std::string hazard_note(const HazardNotes& notes, double hazard) {
    if (notes.floor.floored) {
        return floor_note(notes.floor, hazard);
    }
    if (notes.at_break_even) {
        // TRANSLATORS: {0} an annual failure hazard.
        return fmt::format(
            fmt::runtime(i18n::tr("No scenario chosen: the offer is shown at its break-even "
                                  "hazard, {0} a year, the failure risk at which it is worth no "
                                  "more than the benchmark. Choose --scenario or --hazard for "
                                  "another.")),
            present::percent(hazard));
    }
    if (notes.no_risk_assumed) {
        return i18n::tr("No failure risk assumed: the offer pays no more than the benchmark, so "
                        "no risk is needed to explain it.");
    }
    return {};
}

std::string floor_note(const core::HazardFloor& floor, double hazard) {
    // TRANSLATORS: {0} the largest premium over the safe rate the preset was drawn from,
    // {1} the preset's annual failure hazard, {2} the break-even hazard used instead.
    return fmt::format(
        fmt::runtime(i18n::tr("Beyond the premiums this preset was drawn from (up to {0} over the "
                              "safe rate), its hazard of {1} a year is raised to {2}: the "
                              "break-even level at which the offer is worth no more than the "
                              "benchmark.")),
        present::percent(floor.calibrated_max_premium), present::percent(floor.preset_hazard),
        present::percent(hazard));
}

void print_scenario_summary(const core::ScenarioOutcome& s, const core::Asset& currency,
                            std::ostream& out) {
    using i18n::tr;
    out << '\n';
    // TRANSLATORS: {0} is a scenario preset's name such as "Crypto lender (2022)".
    out << fmt::format(fmt::runtime(s.forced ? tr("Scenario for every offer (--scenario-all): {0}")
                                             : tr("Scenario: {0}")),
                       present::data_label(s.name))
        << '\n';
    if (s.floored) {
        out << "  "
            << floor_note({s.floored, s.preset_hazard, s.calibrated_max_premium}, s.model.hazard)
            << '\n';
    }
    out << "  " << tr("Expected payout") << ": "
        << present::money(s.stats.expected_payout, currency) << '\n';
    out << "  " << tr("Chance of any loss") << ": " << present::percent(s.stats.probability_of_loss)
        << '\n';
    out << "  " << tr("Chance the platform fails") << ": "
        << present::percent(s.stats.probability_of_failure) << '\n';
    out << "  (" << (s.exact ? tr("Exact") : tr("Monte Carlo")) << ")\n";
}

} // namespace candor::cli
