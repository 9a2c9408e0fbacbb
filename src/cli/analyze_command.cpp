#include "commands.hpp"
#include "exit_codes.hpp"
#include "offer_options.hpp"
#include "offer_results.hpp"
#include "scenario_options.hpp"
#include "text_view.hpp"

#include "core/analysis.hpp"
#include "core/disclosures.hpp"
#include "core/evaluation.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/offer_file.hpp"
#include "core/request.hpp"
#include "i18n/tr.hpp"
#include "present/analysis_csv.hpp"
#include "present/analysis_json.hpp"
#include "present/disclosure_text.hpp"
#include "present/offer_label.hpp"
#include "present/visible_text.hpp"

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
    bool scenario_all = false;
};

/// The results to show: every offer of a .candor file (each with the scenario it names unless
/// --scenario overrides it), or the one offer the flags describe. --data and --claims apply to
/// both.
std::vector<core::OfferResult> analyses_for(const AnalyzeFlags& f) {
    if (f.file.empty()) {
        const Request req = build_request(f.offer);
        return {core::execute(offer_request(req, f.offer, f.scenario), *req.market)};
    }
    if (f.offer.example_opt != nullptr && f.offer.example_opt->count() > 0) {
        throw core::InputError("--example",
                               CANDOR_N_("either a .candor file or --example, not both"), f.file);
    }
    const auto market = market_data(f.offer);
    const auto policy =
        f.scenario_all ? core::ScenarioPolicy::Force : core::ScenarioPolicy::Fallback;
    return execute_all(file_requests(f.file, f.offer, f.scenario, *market, policy), *market);
}

nlohmann::ordered_json json_of(const core::OfferResult& x) {
    const core::Evaluation& ev = x.evaluation;
    nlohmann::ordered_json j;
    j["verdict"] = present::verdict_json(ev.verdict); // the first thing said
    j.update(present::to_json(ev.analysis));
    j.update(present::insured_json(ev.insured));
    j["plausible"] =
        ev.plausible ? present::plausible_json(*ev.plausible) : nlohmann::ordered_json(nullptr);
    j["disclosures"] = present::disclosures_json(ev.disclosures);
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
    add_scenario_all_flag(*cmd, flags->scenario_all);
    cmd->callback([flags, &ctx] {
        ctx.action = [flags, &ctx]() -> int {
            if (flags->format != "text" && flags->format != "json" && flags->format != "csv") {
                throw core::InputError("--format", CANDOR_N_("text, json or csv"), flags->format);
            }
            const std::vector<core::OfferResult> all = analyses_for(*flags);
            if (flags->format == "json") {
                if (flags->file.empty()) {
                    ctx.out << present::json_text(json_of(all.front())) << '\n';
                } else {
                    nlohmann::ordered_json j;
                    j["schema_version"] = present::analysis_schema_version;
                    j["offers"] = nlohmann::ordered_json::array();
                    for (const auto& a : all) {
                        j["offers"].push_back(json_of(a));
                    }
                    ctx.out << present::json_text(j) << '\n';
                }
                return Success;
            }
            if (flags->format == "csv") {
                std::vector<present::CsvFields> rows;
                for (const auto& s : all) {
                    present::CsvFields f = present::csv_fields(s.analysis());
                    const auto& pl = s.evaluation.plausible;
                    f.emplace_back("plausible_central_payout",
                                   pl ? present::csv_number(pl->central_payout) : "");
                    f.emplace_back("plausible_optimistic_payout",
                                   pl ? present::csv_number(pl->optimistic_payout) : "");
                    const auto* sc = s.scenario ? &*s.scenario : nullptr;
                    f.emplace_back("verdict",
                                   std::string(core::verdict_id(s.evaluation.verdict.id)));
                    f.emplace_back("verdict_level", std::to_string(s.evaluation.verdict.level));
                    present::add_insured_fields(f, s.evaluation.insured);
                    f.emplace_back("scenario", sc ? sc->preset : "");
                    f.emplace_back("scenario_expected_payout",
                                   sc ? present::csv_number(sc->stats.expected_payout) : "");
                    f.emplace_back("scenario_probability_of_loss",
                                   sc ? present::csv_number(sc->stats.probability_of_loss) : "");
                    rows.push_back(std::move(f));
                }
                ctx.out << present::to_csv(rows);
                return Success;
            }
            for (std::size_t i = 0; i < all.size(); ++i) {
                if (i > 0) {
                    ctx.out << "\n" << std::string(72, '-') << "\n\n";
                }
                const core::OfferResult& r = all[i];
                print_verdict_text(r.evaluation.verdict, ctx.out);
                print_analysis_text(r.analysis(), ctx.out);
                if (r.scenario) {
                    print_scenario_summary(*r.scenario, r.analysis().offer.principal.asset(),
                                           ctx.out);
                }
                print_disclosures_text(present::render(r.evaluation.disclosures), ctx.out);
            }
            print_learning_notice(ctx.out);
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
