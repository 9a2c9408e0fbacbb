#include "commands.hpp"
#include "exit_codes.hpp"
#include "offer_options.hpp"
#include "scenario_options.hpp"
#include "text_view.hpp"

#include "core/analysis.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "present/analysis_json.hpp"

#include <memory>

namespace candor::cli {

namespace {

struct AnalyzeFlags {
    OfferFlags offer;
    std::string format = "text";
    std::string scenario;
};

} // namespace

void add_analyze_command(CLI::App& app, Context& ctx) {
    auto flags = std::make_shared<AnalyzeFlags>();
    CLI::App* cmd = app.add_subcommand("analyze", "What an advertised offer implies, beside a "
                                                  "benchmark");
    add_offer_options(*cmd, flags->offer);
    cmd->add_option("--format", flags->format, "text (default) or json");
    cmd->add_option("--scenario", flags->scenario, "Add a counterparty preset's expected outcome");
    cmd->callback([flags, &ctx] {
        ctx.action = [flags, &ctx]() -> int {
            if (flags->format != "text" && flags->format != "json") {
                throw core::InputError("--format", CANDOR_N_("text or json"), flags->format);
            }
            const Request req = build_request(flags->offer);
            const core::Analysis a = core::analyze(req.offer, req.assumptions);
            const auto scen =
                flags->scenario.empty()
                    ? std::nullopt
                    : std::optional(summarize_preset(req, flags->offer, flags->scenario));
            if (flags->format == "json") {
                auto j = present::to_json(a);
                if (scen) {
                    j["scenario"] = scenario_summary_json(*scen);
                }
                ctx.out << j.dump(2) << '\n';
            } else {
                print_analysis_text(a, ctx.out);
                if (scen) {
                    print_scenario_summary(*scen, req.offer.principal.asset(), ctx.out);
                }
            }
            return Success;
        };
    });
}

void add_examples_command(CLI::App& app, Context& ctx) {
    CLI::App* cmd = app.add_subcommand("examples", "List the built-in example offers");
    cmd->callback([&ctx] {
        ctx.action = [&ctx]() -> int {
            for (const auto& e : core::builtin_examples()) {
                ctx.out << e.id << "  " << e.offer.name << '\n';
            }
            return Success;
        };
    });
}

} // namespace candor::cli
