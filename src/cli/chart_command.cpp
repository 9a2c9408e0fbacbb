#include "commands.hpp"
#include "exit_codes.hpp"
#include "offer_options.hpp"
#include "offer_results.hpp"

#include "core/input_error.hpp"
#include "i18n/tr.hpp"
#include "render/chart_data.hpp"
#include "render/output.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>

namespace candor::cli {

namespace {

struct ChartFlags {
    OfferFlags offer;
    std::string kind;
    std::string scenario;
    std::string output;
    std::string width;
    std::string height;
    std::string scale;
    bool greyscale = false;
};

std::string extension_of(const std::string& path) {
    const auto dot = path.rfind('.');
    const auto slash = path.rfind('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
        return "";
    }
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

double size_flag(const std::string& text, const std::string& field, double fallback) {
    if (text.empty()) {
        return fallback;
    }
    const double v = parse_rate(text, field, CANDOR_N_("a size from 16 to 20000"));
    if (!(v >= 16.0 && v <= 20000.0)) {
        throw core::InputError(field, CANDOR_N_("a size from 16 to 20000"), text);
    }
    return v;
}

} // namespace

void add_chart_command(CLI::App& app, Context& ctx) {
    auto flags = std::make_shared<ChartFlags>();
    CLI::App* cmd =
        app.add_subcommand("chart", i18n::tr("Draw one chart of an offer to PNG, SVG or PDF"));
    cmd->add_option("kind", flags->kind, i18n::tr("value, rollover, outcomes or survival"))
        ->required();
    add_offer_options(*cmd, flags->offer);
    cmd->add_option("--scenario", flags->scenario,
                    i18n::tr("Counterparty scenario preset (outcomes, value, survival)"));
    cmd->add_option("-o,--output", flags->output, i18n::tr("Output file: .png, .svg or .pdf"))
        ->required();
    cmd->add_option("--width", flags->width,
                    i18n::tr("Width: pixels for PNG, points otherwise (800)"));
    cmd->add_option("--height", flags->height,
                    i18n::tr("Height: pixels for PNG, points otherwise (500)"));
    cmd->add_option("--scale", flags->scale,
                    i18n::tr("PNG only: draw type and lines this much larger (1)"));
    cmd->add_flag("--greyscale", flags->greyscale,
                  i18n::tr("Draw in greys, as a greyscale printer would"));
    cmd->callback([flags, &ctx] {
        ctx.action = [flags, &ctx]() -> int {
            const auto kind = render::chart_kind_from_id(flags->kind);
            if (!kind) {
                throw core::InputError("KIND", CANDOR_N_("value, rollover, outcomes or survival"),
                                       flags->kind);
            }
            const std::string ext = extension_of(flags->output);
            if (ext != "png" && ext != "svg" && ext != "pdf") {
                throw core::InputError("--output",
                                       CANDOR_N_("a file name ending in .png, .svg or .pdf"),
                                       flags->output);
            }
            const double width = size_flag(flags->width, "--width", 800.0);
            const double height = size_flag(flags->height, "--height", 500.0);
            double scale = 1.0;
            if (!flags->scale.empty()) {
                scale = parse_rate(flags->scale, "--scale", CANDOR_N_("a number from 0.25 to 8"));
                if (!(scale >= 0.25 && scale <= 8.0)) {
                    throw core::InputError("--scale", CANDOR_N_("a number from 0.25 to 8"),
                                           flags->scale);
                }
            }
            const Request req = build_request(flags->offer);
            const core::OfferResult results =
                core::execute(offer_request(req, flags->offer, flags->scenario), *req.market);
            const render::ChartData data =
                render::chart_for(*kind, results, render::magnitudes_of(*req.market));
            render::ChartStyle style;
            style.greyscale = flags->greyscale;
            style.font_size = 11.0;
            style.line_width = 2.0;
            try {
                if (ext == "png") {
                    render::write_chart_png(*kind, data, static_cast<int>(width),
                                            static_cast<int>(height), style, flags->output, scale);
                } else if (ext == "svg") {
                    render::write_chart_svg(*kind, data, width, height, style, flags->output);
                } else {
                    render::write_chart_pdf(*kind, data, width, height, style, flags->output);
                }
            } catch (const render::OutputError& e) {
                print_output_error(ctx.err, e.what());
                return OutputError;
            }
            return Success;
        };
    });
}

} // namespace candor::cli
