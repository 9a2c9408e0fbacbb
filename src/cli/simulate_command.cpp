/// \file simulate_command.cpp
/// `candor-cli simulate`: counterparty-loss and price-risk outcomes of an offer, exact where a
/// closed form exists and by Monte Carlo always (docs/cli.md, docs/scenarios.md).

#include "commands.hpp"
#include "exit_codes.hpp"
#include "offer_options.hpp"
#include "scenario_options.hpp"

#include "core/input_error.hpp"
#include "core/scenario.hpp"
#include "i18n/tr.hpp"
#include "present/analysis_json.hpp"
#include "present/digits.hpp"
#include "present/disclosure_text.hpp"
#include "present/display_width.hpp"
#include "present/json_writer.hpp"
#include "present/number_format.hpp"
#include "present/offer_label.hpp"
#include "present/scenario_json.hpp"
#include "present/visible_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace candor::cli {

namespace {

struct SimulateFlags {
    OfferFlags offer;
    ScenarioFlags scenario;
    std::string paths = "1000000";
    std::string seed = "20260101";
    std::string threads = "0";
    std::string format = "text";
};

/// A row of the simulate table: label, exact figure, Monte Carlo figure.
struct SimRow {
    std::string label;
    std::string exact;
    std::string mc;
};

/// The rows with the label column as wide as the widest translated label (at least 34
/// columns), measured in display columns (present::display_width).
void print_rows(const std::vector<SimRow>& rows, std::ostream& out) {
    std::size_t label_width = 34;
    std::size_t exact_width = 24;
    for (const SimRow& r : rows) {
        label_width = std::max(label_width, present::display_width(r.label) + 2);
        exact_width = std::max(exact_width, present::display_width(r.exact) + 2);
    }
    for (const SimRow& r : rows) {
        out << "  " << present::pad_to_width(r.label, label_width)
            << present::pad_to_width(r.exact, exact_width) << r.mc << '\n';
    }
}

void print_text(const core::ScenarioModel& m, const core::MonteCarloResult& r,
                const std::optional<core::ScenarioStats>& exact, const Request& req,
                const std::string& scenario_name, std::ostream& out) {
    using i18n::tr;
    namespace pf = present;
    const core::Asset& cur = req.offer.principal.asset();
    out << present::offer_name(req.offer.name) << '\n';
    // TRANSLATORS: {0} principal, {1} held asset, {2} number of terms, {3} horizon.
    out << fmt::format(fmt::runtime(i18n::trn("{0} held in {1}; {2} term, horizon {3}",
                                              "{0} held in {1}; {2} terms, horizon {3}",
                                              static_cast<unsigned long>(m.terms()))),
                       pf::money(req.offer.principal), req.offer.held.code,
                       pf::number(static_cast<double>(m.terms()), 0),
                       pf::duration_years(m.horizon_years()))
        << '\n';
    if (!scenario_name.empty()) {
        // TRANSLATORS: {0} is a scenario preset's name such as "Crypto lender (2022)".
        out << fmt::format(fmt::runtime(tr("Scenario: {0}")), present::data_label(scenario_name))
            << '\n';
    }
    // TRANSLATORS: {0} annual hazard, {1} chance of failing within the horizon.
    out << fmt::format(fmt::runtime(tr("Failure hazard {0} a year ({1} within the horizon)")),
                       pf::percent(m.hazard), pf::percent(r.stats.probability_of_failure))
        << '\n';
    // TRANSLATORS: {0} mean recovery, {1} its spread, {2} the delay in years.
    out << fmt::format(fmt::runtime(tr("Recovery {0} (spread {1}) paid {2} after failure")),
                       pf::percent(m.recovery), pf::percent(m.recovery_spread),
                       pf::duration_years(m.recovery_delay_years))
        << '\n';
    if (m.volatility > 0.0 || m.drift != 0.0) {
        out << fmt::format(fmt::runtime(tr("Price volatility {0} a year, drift {1}")),
                           pf::percent(m.volatility), pf::percent(m.drift))
            << '\n';
    }
    if (m.has_depeg()) {
        out << fmt::format(fmt::runtime(tr("De-peg chance {0} a year, losing {1}")),
                           pf::percent(m.depeg_probability), pf::percent(m.depeg_loss))
            << '\n';
    }
    out << '\n';
    std::string na = tr("(no closed form)");
    auto ex = [&](double core::ScenarioStats::*field, bool money) {
        if (!exact) {
            return na;
        }
        return money ? pf::money((*exact).*field, cur) : pf::percent((*exact).*field);
    };
    const auto& s = r.stats;
    using St = core::ScenarioStats;
    print_rows(
        {{"", tr("Exact"), tr("Monte Carlo")},
         {tr("Expected payout"), ex(&St::expected_payout, true),
          pf::money(s.expected_payout, cur) + " ± " + pf::money(r.standard_error, cur)},
         {tr("Median payout"), ex(&St::median_payout, true), pf::money(s.median_payout, cur)},
         {tr("5th percentile"), ex(&St::p05_payout, true), pf::money(s.p05_payout, cur)},
         {tr("95th percentile"), ex(&St::p95_payout, true), pf::money(s.p95_payout, cur)},
         {tr("Chance of any loss"), ex(&St::probability_of_loss, false),
          pf::percent(s.probability_of_loss)},
         {tr("Chance of losing over half"), ex(&St::probability_of_loss_over_half, false),
          pf::percent(s.probability_of_loss_over_half)},
         {tr("Expected shortfall (worst 5%)"), ex(&St::expected_shortfall_5, true),
          pf::money(s.expected_shortfall_5, cur)},
         {tr("Certainty-equivalent rate"), ex(&St::certainty_equivalent_rate, false),
          pf::percent(s.certainty_equivalent_rate)},
         {tr("Benchmark rate"), pf::percent(s.benchmark_rate), pf::percent(s.benchmark_rate)},
         {tr("Benchmark payout"), pf::money(s.benchmark_payout, cur),
          pf::money(s.benchmark_payout, cur)}},
        out);
    out << '\n';
    // TRANSLATORS: {0} paths, {1} seed, {2} threads, {3} seconds, {4} million paths per second.
    out << fmt::format(fmt::runtime(i18n::trn("{0} paths, seed {1}, {2} thread, {3} s ({4} "
                                              "million paths/s)",
                                              "{0} paths, seed {1}, {2} threads, {3} s ({4} "
                                              "million paths/s)",
                                              r.threads)),
                       pf::number(static_cast<double>(r.paths), 0),
                       pf::with_locale_digits(std::to_string(r.seed)), // exact, ungrouped
                       pf::number(static_cast<double>(r.threads), 0),
                       pf::number(r.elapsed_seconds, 3), pf::number(r.paths_per_second / 1e6, 1))
        << '\n';
}

} // namespace

void add_simulate_command(CLI::App& app, Context& ctx) {
    auto flags = std::make_shared<SimulateFlags>();
    CLI::App* cmd = app.add_subcommand(
        "simulate",
        i18n::tr("Outcomes of an offer when the platform may fail or the asset may fall"));
    add_offer_options(*cmd, flags->offer);
    add_scenario_options(*cmd, flags->scenario);
    cmd->add_option("--paths", flags->paths, i18n::tr("Monte Carlo paths (default 1000000)"));
    cmd->add_option("--seed", flags->seed, i18n::tr("Random seed (default 20260101)"));
    cmd->add_option("--threads", flags->threads, i18n::tr("Threads (default 0: one per core)"));
    cmd->add_option("--format", flags->format, i18n::tr("text (default) or json"));
    cmd->callback([flags, &ctx] {
        ctx.action = [flags, &ctx]() -> int {
            const auto& f = *flags;
            require_text_or_json(f.format);
            core::MonteCarloSettings s;
            s.paths = parse_count(f.paths, "--paths",
                                  CANDOR_N_("a number of paths from 1 to 100000000000 (1e11)"), 1,
                                  core::MonteCarloSettings::max_paths);
            s.seed = parse_count(f.seed, "--seed", CANDOR_N_("a whole number from 0 to 2^64-1"), 0,
                                 UINT64_MAX);
            s.threads = static_cast<unsigned>(
                parse_count(f.threads, "--threads",
                            CANDOR_N_("a number of threads from 0 (all cores) to 256"), 0, 256));
            const Request req = build_request(f.offer);
            HazardNotes notes;
            const core::ScenarioModel m = build_model(req, f.offer, f.scenario, &notes);
            std::optional<core::ScenarioStats> exact;
            if (core::has_closed_form(m)) {
                exact = core::closed_form(m);
            }
            const core::MonteCarloResult r = core::monte_carlo(m, s);
            if (f.format == "json") {
                auto j = present::simulation_json(
                    m, r, exact, req.offer.principal.asset().code,
                    f.scenario.scenario.empty() ? std::nullopt
                                                : std::optional<std::string>(f.scenario.scenario));
                j["floored_to_break_even"] = notes.floor.floored;
                j["preset_hazard"] = notes.floor.floored
                                         ? nlohmann::ordered_json(notes.floor.preset_hazard)
                                         : nlohmann::ordered_json(nullptr);
                j["hazard_basis"] = notes.floor.floored           ? "preset_floored_to_break_even"
                                    : notes.at_break_even         ? "break_even"
                                    : notes.no_risk_assumed       ? "none_needed"
                                    : f.scenario.scenario.empty() ? "stated"
                                                                  : "preset";
                j.update(present::insured_json(notes.insured));
                ctx.out << present::json_text(j) << '\n';
            } else {
                print_text(m, r, exact, req, notes.preset_name, ctx.out);
                if (notes.insured) {
                    // The assumption, and whether the scenario credits it, in every output.
                    const present::DisclosureText t =
                        present::render(core::insured_disclosure(*notes.insured));
                    ctx.out << t.headline << '\n' << t.detail << '\n';
                }
                if (const std::string note = hazard_note(notes, m.hazard); !note.empty()) {
                    ctx.out << note << '\n';
                }
            }
            return Success;
        };
    });
}

} // namespace candor::cli
