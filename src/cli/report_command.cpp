#include "commands.hpp"
#include "exit_codes.hpp"
#include "offer_options.hpp"
#include "offer_results.hpp"

#include "core/input_error.hpp"
#include "core/offer_file.hpp"
#include "i18n/tr.hpp"
#include "render/output.hpp"
#include "render/report_builder.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace candor::cli {

namespace {

struct ReportFlags {
    OfferFlags offer;
    std::string file;
    std::string scenario;
    bool scenario_all = false;
    std::string output;
    std::string paper = "a4";
    std::string date;
    bool handout = false;
    bool greyscale = false;
};

render::Paper parse_paper(const std::string& text) {
    if (text == "a4" || text == "A4") {
        return render::Paper::A4;
    }
    if (text == "letter" || text == "Letter") {
        return render::Paper::Letter;
    }
    throw core::InputError("--paper", CANDOR_N_("a4 or letter"), text);
}

} // namespace

void add_report_command(CLI::App& app, Context& ctx) {
    auto flags = std::make_shared<ReportFlags>();
    CLI::App* cmd =
        app.add_subcommand("report", i18n::tr("Write a printable comparison report as PDF"));
    add_offer_options(*cmd, flags->offer);
    cmd->add_option("file", flags->file, i18n::tr("A .candor offer file (else the offer flags)"));
    cmd->add_option(
        "--scenario", flags->scenario,
        i18n::tr("Counterparty scenario preset for offers that name none (docs/scenarios.md)"));
    add_scenario_all_flag(*cmd, flags->scenario_all);
    cmd->add_option("-o,--output", flags->output,
                    i18n::tr("The PDF file to write, or - for standard output"))
        ->required();
    cmd->add_option("--paper", flags->paper, i18n::tr("a4 (default) or letter"));
    cmd->add_flag("--handout", flags->handout, i18n::tr("A one-page classroom handout"));
    cmd->add_option("--date", flags->date,
                    i18n::tr("Date printed on the report (default: today, UTC)"));
    cmd->add_flag("--greyscale", flags->greyscale,
                  i18n::tr("Draw in greys, as a greyscale printer would"));
    cmd->callback([flags, &ctx] {
        ctx.action = [flags]() -> int {
            render::PageStyle style;
            style.paper = parse_paper(flags->paper);
            style.greyscale = flags->greyscale;
            std::vector<core::OfferResult> offers;
            std::string input_name;
            std::shared_ptr<const core::MarketData> market;
            if (flags->file.empty()) {
                const Request req = build_request(flags->offer);
                market = req.market;
                offers.push_back(
                    core::execute(offer_request(req, flags->offer, flags->scenario), *market));
                input_name = flags->offer.example;
            } else {
                if (flags->offer.example_opt != nullptr && flags->offer.example_opt->count() > 0) {
                    throw core::InputError(
                        "--example", CANDOR_N_("either a .candor file or --example, not both"),
                        flags->file);
                }
                market = market_data(flags->offer);
                offers =
                    execute_all(file_requests(flags->file, flags->offer, flags->scenario, *market,
                                              flags->scenario_all ? core::ScenarioPolicy::Force
                                                                  : core::ScenarioPolicy::Fallback),
                                *market);
                input_name = std::filesystem::path(flags->file).filename().string();
            }
            render::ReportOptions options;
            options.handout = flags->handout;
            options.version = CANDOR_VERSION;
            options.printed_date = flags->date;
            options.input_name = input_name;
            options.market = market.get();
            options.magnitudes = render::magnitudes_of(*market);
            const render::Report report = render::build_report(offers, options);
            core::OutputFile file = output_file(flags->output);
            render::write_report_pdf(report, style, file);
            return Success;
        };
    });
}

} // namespace candor::cli
