#include "commands.hpp"
#include "exit_codes.hpp"
#include "offer_options.hpp"
#include "scenario_options.hpp"
#include "text_view.hpp"

#include "core/analysis.hpp"
#include "core/disclosures.hpp"
#include "core/evaluation.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/offer_file.hpp"
#include "i18n/tr.hpp"
#include "present/analysis_csv.hpp"
#include "present/analysis_json.hpp"
#include "present/disclosure_text.hpp"
#include "present/offer_label.hpp"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace candor::cli {

namespace {

struct AnalyzeFlags {
    OfferFlags offer;
    std::string file;
    std::string format = "text";
    std::string scenario;
};

/// One analysed offer with what it implies and, when a preset is named, its scenario outcome.
struct Analyzed {
    core::Evaluation eval;
    std::optional<ScenarioSummary> scenario;
};

Analyzed analyzed(const Request& req, const AnalyzeFlags& f, const std::string& scenario) {
    Analyzed out{core::evaluate(req.offer, req.assumptions, *req.market, req.claims), std::nullopt};
    if (!scenario.empty()) {
        out.scenario = summarize_preset(req, f.offer, scenario);
    }
    return out;
}

/// The analyses to show: every offer of a .candor file (each with the scenario it names unless
/// --scenario overrides it), or the one offer the flags describe. --data and --claims apply to
/// both.
std::vector<Analyzed> analyses_for(const AnalyzeFlags& f) {
    std::vector<Analyzed> out;
    if (f.file.empty()) {
        out.push_back(analyzed(build_request(f.offer), f, f.scenario));
        return out;
    }
    if (f.offer.example_opt != nullptr && f.offer.example_opt->count() > 0) {
        throw core::InputError("--example",
                               CANDOR_N_("either a .candor file or --example, not both"), f.file);
    }
    const auto market = market_data(f.offer);
    const std::vector<core::Claim> flag_claims =
        f.offer.claims.empty() ? std::vector<core::Claim>{}
                               : core::parse_claims(f.offer.claims, "--claims");
    const core::OfferSet set = core::load_offer_set(f.file, core::Assumptions::defaults(*market));
    for (const auto& e : set.offers) {
        const Request req{e.offer, e.assumptions, market,
                          core::merge_claims(e.claims, flag_claims, "claims")};
        out.push_back(analyzed(req, f, f.scenario.empty() ? e.scenario : f.scenario));
    }
    return out;
}

nlohmann::ordered_json json_of(const Analyzed& x) {
    auto j = present::to_json(x.eval.analysis);
    j["plausible"] = x.eval.plausible ? present::plausible_json(*x.eval.plausible)
                                      : nlohmann::ordered_json(nullptr);
    j["disclosures"] = present::disclosures_json(x.eval.disclosures);
    if (x.scenario) {
        j["scenario"] = scenario_summary_json(*x.scenario);
    }
    return j;
}

} // namespace

void add_analyze_command(CLI::App& app, Context& ctx) {
    auto flags = std::make_shared<AnalyzeFlags>();
    CLI::App* cmd = app.add_subcommand(
        "analyze", i18n::tr("What an advertised offer implies, beside a benchmark"));
    add_offer_options(*cmd, flags->offer);
    cmd->add_option("file", flags->file,
                    i18n::tr("A .candor offer file to analyse instead of the flags"));
    cmd->add_option("--format", flags->format, i18n::tr("text (default), json or csv"));
    cmd->add_option("--scenario", flags->scenario,
                    i18n::tr("Add a counterparty preset's expected outcome"));
    cmd->callback([flags, &ctx] {
        ctx.action = [flags, &ctx]() -> int {
            if (flags->format != "text" && flags->format != "json" && flags->format != "csv") {
                throw core::InputError("--format", CANDOR_N_("text, json or csv"), flags->format);
            }
            const std::vector<Analyzed> all = analyses_for(*flags);
            if (flags->format == "json") {
                if (flags->file.empty()) {
                    ctx.out << json_of(all.front()).dump(2) << '\n';
                } else {
                    nlohmann::ordered_json j;
                    j["schema_version"] = present::analysis_schema_version;
                    j["offers"] = nlohmann::ordered_json::array();
                    for (const auto& a : all) {
                        j["offers"].push_back(json_of(a));
                    }
                    ctx.out << j.dump(2) << '\n';
                }
                return Success;
            }
            if (flags->format == "csv") {
                std::vector<present::CsvFields> rows;
                for (const auto& a : all) {
                    rows.push_back(present::csv_fields(a.eval.analysis));
                }
                ctx.out << present::to_csv(rows);
                return Success;
            }
            for (std::size_t i = 0; i < all.size(); ++i) {
                if (i > 0) {
                    ctx.out << "\n" << std::string(72, '-') << "\n\n";
                }
                print_analysis_text(all[i].eval.analysis, ctx.out);
                if (all[i].scenario) {
                    print_scenario_summary(*all[i].scenario,
                                           all[i].eval.analysis.offer.principal.asset(), ctx.out);
                }
                print_disclosures_text(present::render(all[i].eval.disclosures), ctx.out);
            }
            return Success;
        };
    });
}

void add_examples_command(CLI::App& app, Context& ctx) {
    CLI::App* cmd = app.add_subcommand("examples", i18n::tr("List the built-in example offers"));
    cmd->callback([&ctx] {
        ctx.action = [&ctx]() -> int {
            for (const auto& e : core::builtin_examples()) {
                ctx.out << e.id << "  " << present::offer_name(e.offer.name) << '\n';
            }
            return Success;
        };
    });
}

} // namespace candor::cli
