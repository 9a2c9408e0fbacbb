/// \file ponzi_command.cpp
/// `candor-cli ponzi`: when a fund that promises more than it earns runs dry (Artzrouni 2009).

#include "commands.hpp"
#include "exit_codes.hpp"
#include "offer_options.hpp"

#include "core/input_error.hpp"
#include "core/money.hpp"
#include "core/ponzi.hpp"
#include "i18n/tr.hpp"
#include "present/json_writer.hpp"
#include "present/number_format.hpp"
#include "present/ponzi_text.hpp"
#include "present/scenario_json.hpp"
#include "present/visible_text.hpp"

#include <fmt/format.h>

#include <cmath>
#include <memory>
#include <string>

namespace candor::cli {

namespace {

struct PonziFlags {
    std::string promised_rate;
    std::string nominal_rate;
    std::string withdrawal_rate;
    std::string deposit_growth;
    std::string initial_deposit = "0";
    std::string initial_inflow = "1";
    std::string horizon = "50";
    std::string deposits_end;
    std::string format = "text";
};

void print_text(const core::PonziParams& p, const core::PonziResult& r, std::ostream& out) {
    using i18n::tr;
    namespace pf = present;
    out << pf::required_growth_line(p.promised_rate, p.nominal_rate,
                                    core::required_inflow_growth(p.promised_rate, p.nominal_rate))
        << '\n';
    if (p.deposits_end_years) {
        // TRANSLATORS: {0} a time, e.g. "7 months".
        out << fmt::format(fmt::runtime(tr("New deposits end after {0}.")),
                           pf::duration_years(*p.deposits_end_years))
            << '\n';
    }
    // TRANSLATORS: the four rates of the Ponzi model, as percentages a year.
    out << fmt::format(fmt::runtime(tr("Promised {0} a year, earned {1}, withdrawn {2}, new "
                                       "deposits growing {3} a year")),
                       pf::percent(p.promised_rate), pf::percent(p.nominal_rate),
                       pf::percent(p.withdrawal_rate), pf::percent(p.deposit_growth))
        << '\n';
    if (r.collapsed) {
        out << fmt::format(fmt::runtime(tr("The fund runs dry after {0} ({1} years).")),
                           pf::duration_years(*r.collapse_time), pf::number(*r.collapse_time, 3))
            << '\n';
        out << fmt::format(fmt::runtime(tr("Unpaid at that moment: {0} of everything promised "
                                           "so far.")),
                           pf::percent(r.unpaid_share))
            << '\n';
    } else {
        const double years = p.horizon_years;
        // TRANSLATORS: {0} a number of years, whole or with one decimal (a number with decimals
        // takes the plural form of 100).
        out << fmt::format(fmt::runtime(i18n::trn("The fund is still solvent after {0} year.",
                                                  "The fund is still solvent after {0} years.",
                                                  i18n::plural_count(years))),
                           pf::number(years, years == std::floor(years) ? 0 : 1))
            << '\n';
    }
    out << fmt::format(fmt::runtime(tr("Deposited {0}, paid out {1}, still owed {2}")),
                       pf::number(r.at_end.deposits, 2), pf::number(r.at_end.withdrawals, 2),
                       pf::number(r.at_end.promised, 2))
        << '\n';
}

double rate(const std::string& text, const char* field) {
    if (text.empty()) {
        throw core::InputError(field, CANDOR_N_("a continuous annual rate from -20 to 20"), "");
    }
    return parse_rate(text, field, CANDOR_N_("a continuous annual rate from -20 to 20"));
}

} // namespace

void add_ponzi_command(CLI::App& app, Context& ctx) {
    auto flags = std::make_shared<PonziFlags>();
    CLI::App* cmd = app.add_subcommand(
        "ponzi", i18n::tr("When a fund promising more than it earns runs dry (Artzrouni 2009)"));
    cmd->add_option("--promised-rate", flags->promised_rate,
                    i18n::tr("Promised rate r_p (continuous, a year)"));
    cmd->add_option("--nominal-rate", flags->nominal_rate, i18n::tr("Rate actually earned r_n"));
    cmd->add_option("--withdrawal-rate", flags->withdrawal_rate,
                    i18n::tr("Share of promised capital withdrawn a year r_w"));
    cmd->add_option("--deposit-growth", flags->deposit_growth,
                    i18n::tr("Growth rate r_i of new deposits"));
    cmd->add_option("--initial-deposit", flags->initial_deposit,
                    i18n::tr("Initial deposit K (default 0)"));
    cmd->add_option("--initial-inflow", flags->initial_inflow,
                    i18n::tr("New deposits per year at the start s0 (default 1)"));
    cmd->add_option("--horizon", flags->horizon, i18n::tr("Years to follow the fund (default 50)"));
    cmd->add_option("--deposits-end", flags->deposits_end,
                    i18n::tr("Years after which new deposits stop (default: never)"));
    cmd->add_option("--format", flags->format, i18n::tr("text (default) or json"));
    cmd->callback([flags, &ctx] {
        ctx.action = [flags, &ctx]() -> int {
            const auto& f = *flags;
            require_text_or_json(f.format);
            core::PonziParams p;
            p.promised_rate = rate(f.promised_rate, "--promised-rate");
            p.nominal_rate = rate(f.nominal_rate, "--nominal-rate");
            p.withdrawal_rate = rate(f.withdrawal_rate, "--withdrawal-rate");
            p.deposit_growth = rate(f.deposit_growth, "--deposit-growth");
            p.initial_deposit = core::parse_number(f.initial_deposit, "--initial-deposit",
                                                   CANDOR_N_("an amount from 0 to 1e12"));
            p.initial_inflow =
                core::parse_number(f.initial_inflow, "--initial-inflow",
                                   CANDOR_N_("an amount per year above 0, up to 1e12"));
            p.horizon_years = core::parse_number(f.horizon, "--horizon",
                                                 CANDOR_N_("a number of years above 0, up to 200"));
            if (!f.deposits_end.empty()) {
                p.deposits_end_years =
                    core::parse_number(f.deposits_end, "--deposits-end",
                                       CANDOR_N_("a number of years above 0, up to 200"));
            }
            core::PonziResult r;
            try {
                r = core::solve_ponzi(p);
            } catch (const core::InputError& e) {
                std::string field = "--" + e.field();
                for (auto& c : field) {
                    c = c == '_' ? '-' : c;
                }
                throw e.renamed(field);
            }
            if (f.format == "json") {
                ctx.out << present::json_text(present::ponzi_json(p, r)) << '\n';
            } else {
                print_text(p, r, ctx.out);
            }
            return Success;
        };
    });
}

} // namespace candor::cli
