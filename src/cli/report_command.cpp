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
    std::string output;
    std::string paper = "a4";
    std::string lang;
    std::string date;
    bool handout = false;
    bool greyscale = false;
};

/// A language tag as gettext names catalogs: "de", "pt_BR", "zh_Hant"... \throws InputError.
void check_language(const std::string& text) {
    const auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
    const auto is_alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    std::size_t i = 0;
    while (i < text.size() && is_lower(text[i])) {
        ++i;
    }
    bool ok = i >= 2 && i <= 3;
    if (ok && i < text.size()) {
        ok = text[i] == '_' && text.size() - i - 1 >= 2 && text.size() - i - 1 <= 4;
        for (std::size_t j = i + 1; ok && j < text.size(); ++j) {
            ok = is_alpha(text[j]);
        }
    }
    if (!ok) {
        throw core::InputError("--lang", CANDOR_N_("a language code such as de, fr or pt_BR"),
                               text);
    }
}

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
    CLI::App* cmd = app.add_subcommand("report", "Write a printable comparison report as PDF");
    add_offer_options(*cmd, flags->offer);
    cmd->add_option("file", flags->file, "A .candor offer file (else the offer flags)");
    cmd->add_option("-o,--output", flags->output, "The PDF file to write")->required();
    cmd->add_option("--paper", flags->paper, "a4 (default) or letter");
    cmd->add_flag("--handout", flags->handout, "A one-page classroom handout");
    cmd->add_option("--lang", flags->lang, "Language of the report, e.g. de or pt_BR");
    cmd->add_option("--date", flags->date, "Date printed on the report (default: today, UTC)");
    cmd->add_flag("--greyscale", flags->greyscale, "Draw in greys, as a greyscale printer would");
    cmd->callback([flags, &ctx] {
        ctx.action = [flags, &ctx]() -> int {
            render::PageStyle style;
            style.paper = parse_paper(flags->paper);
            style.greyscale = flags->greyscale;
            if (!flags->lang.empty()) {
                check_language(flags->lang);
                i18n::init(flags->lang);
            }
            std::vector<render::OfferResults> offers;
            std::string input_name;
            std::shared_ptr<const core::MarketData> market;
            if (flags->file.empty()) {
                const Request req = build_request(flags->offer);
                market = req.market;
                offers.push_back(offer_results(req));
                input_name = flags->offer.example;
            } else {
                if (flags->offer.example_opt != nullptr && flags->offer.example_opt->count() > 0) {
                    throw core::InputError(
                        "--example", CANDOR_N_("either a .candor file or --example, not both"),
                        flags->file);
                }
                market = flags->offer.data_file.empty()
                             ? std::shared_ptr<const core::MarketData>(
                                   &core::MarketData::builtin(), [](const core::MarketData*) {})
                             : std::make_shared<core::MarketData>(
                                   core::MarketData::load_file(flags->offer.data_file));
                const core::OfferSet set = core::load_offer_set(flags->file);
                if (set.offers.empty()) {
                    throw core::InputError(
                        "FILE", CANDOR_N_("a .candor file with at least one offer"), flags->file);
                }
                for (const auto& entry : set.offers) {
                    offers.push_back(offer_results(entry, *market));
                }
                input_name = std::filesystem::path(flags->file).filename().string();
            }
            render::ReportOptions options;
            options.handout = flags->handout;
            options.version = CANDOR_VERSION;
            options.printed_date = flags->date;
            options.input_name = input_name;
            options.market = market.get();
            const render::Report report = render::build_report(offers, options);
            try {
                render::write_report_pdf(report, style, flags->output);
            } catch (const render::OutputError& e) {
                print_output_error(ctx.err, e.what());
                return OutputError;
            }
            return Success;
        };
    });
}

} // namespace candor::cli
