#include "commands.hpp"
#include "exit_codes.hpp"
#include "offer_options.hpp"
#include "text_view.hpp"

#include "core/analysis.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "present/analysis_csv.hpp"
#include "present/analysis_json.hpp"

#include <memory>

namespace candor::cli {

namespace {

struct AnalyzeFlags {
    OfferFlags offer;
    std::string format = "text";
};

} // namespace

void add_analyze_command(CLI::App& app, Context& ctx) {
    auto flags = std::make_shared<AnalyzeFlags>();
    CLI::App* cmd = app.add_subcommand("analyze", "What an advertised offer implies, beside a "
                                                  "benchmark");
    add_offer_options(*cmd, flags->offer);
    cmd->add_option("--format", flags->format, "text (default), json or csv");
    cmd->callback([flags, &ctx] {
        ctx.action = [flags, &ctx]() -> int {
            if (flags->format != "text" && flags->format != "json" && flags->format != "csv") {
                throw core::InputError("--format", CANDOR_N_("text, json or csv"), flags->format);
            }
            const Request req = build_request(flags->offer);
            const core::Analysis a = core::analyze(req.offer, req.assumptions);
            if (flags->format == "json") {
                ctx.out << present::to_json(a).dump(2) << '\n';
            } else if (flags->format == "csv") {
                ctx.out << present::to_csv(a);
            } else {
                print_analysis_text(a, ctx.out);
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
