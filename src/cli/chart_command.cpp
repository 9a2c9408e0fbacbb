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
#include <optional>
#include <string>
#include <utility>

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
    std::string format;
    std::string schemes_file;
    bool greyscale = false;
};

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string extension_of(const std::string& path) {
    const auto dot = path.rfind('.');
    const auto slash = path.rfind('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
        return "";
    }
    return lower(path.substr(dot + 1));
}

/// --format, else the extension of -o (standard output, -o -, needs --format).
render::ChartFormat format_of(const ChartFlags& f) {
    const std::string name = f.format.empty() ? extension_of(f.output) : lower(f.format);
    const std::pair<const char*, render::ChartFormat> formats[] = {
        {"png", render::ChartFormat::Png},
        {"svg", render::ChartFormat::Svg},
        {"pdf", render::ChartFormat::Pdf}};
    for (const auto& [id, format] : formats) {
        if (name == id) {
            return format;
        }
    }
    if (!f.format.empty()) {
        throw core::InputError("--format", CANDOR_N_("png, svg or pdf"), f.format);
    }
    throw core::InputError("--output", CANDOR_N_("a file name ending in .png, .svg or .pdf"),
                           f.output);
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
    cmd->add_option("kind", flags->kind, i18n::tr("value, rollover, outcomes, survival or ladder"))
        ->required();
    add_offer_options(*cmd, flags->offer);
    cmd->add_option("--scenario", flags->scenario,
                    i18n::tr("Counterparty scenario preset (outcomes, value, survival)"))
        ->type_name("NAME");
    cmd->add_option("-o,--output", flags->output,
                    i18n::tr("Output file: .png, .svg or .pdf, or - for standard output"))
        ->required();
    cmd->add_option("--format", flags->format,
                    i18n::tr("png, svg or pdf (default: from the output file's extension)"));
    cmd->add_option("--width", flags->width,
                    i18n::tr("Width: pixels for PNG, points otherwise (800)"));
    cmd->add_option("--height", flags->height,
                    i18n::tr("Height: pixels for PNG, points otherwise (500)"));
    cmd->add_option("--scale", flags->scale,
                    i18n::tr("PNG only: draw type and lines this much larger (1)"));
    cmd->add_option("--schemes", flags->schemes_file,
                    i18n::tr("ladder: a collapsed-schemes file replacing the built-in one"));
    cmd->add_flag("--greyscale", flags->greyscale,
                  i18n::tr("Draw in greys, as a greyscale printer would"));
    cmd->callback([flags, &ctx] {
        ctx.action = [flags]() -> int {
            const auto kind = render::chart_kind_from_id(flags->kind);
            if (!kind) {
                throw core::InputError("KIND",
                                       CANDOR_N_("value, rollover, outcomes, survival or ladder"),
                                       flags->kind);
            }
            const render::ChartFormat format = format_of(*flags);
            const double width = size_flag(flags->width, "--width", render::chart_file_width);
            const double height = size_flag(flags->height, "--height", render::chart_file_height);
            double scale = 1.0;
            if (!flags->scale.empty()) {
                scale = parse_rate(flags->scale, "--scale", CANDOR_N_("a number from 0.25 to 8"));
                if (!(scale >= 0.25 && scale <= 8.0)) {
                    throw core::InputError("--scale", CANDOR_N_("a number from 0.25 to 8"),
                                           flags->scale);
                }
            }
            const Request req = build_request(flags->offer);
            std::optional<core::CollapsedSchemes> schemes;
            core::ExecutionSettings settings;
            if (!flags->schemes_file.empty()) {
                schemes = core::CollapsedSchemes::load_file(flags->schemes_file);
                settings.schemes = &*schemes;
            }
            const core::OfferResult results = core::execute(
                offer_request(req, flags->offer, flags->scenario), *req.market, settings);
            const render::ChartData data =
                render::chart_for(*kind, results, render::magnitudes_of(*req.market));
            const render::ChartStyle style = render::chart_file_style(flags->greyscale);
            core::OutputFile file = output_file(flags->output);
            render::write_chart(*kind, data, format, width, height, style, file, scale);
            return Success;
        };
    });
}

} // namespace candor::cli
