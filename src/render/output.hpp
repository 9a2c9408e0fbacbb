#pragma once
/// \file output.hpp
/// Files: a report as PDF, a chart as PNG, SVG or PDF, written through core::OutputFile (a
/// regular file is replaced atomically, links followed, special files and standard output
/// written directly; src/core/output_file.hpp), so an error never leaves a half-written file
/// behind.

#include "chart.hpp"
#include "report.hpp"

#include "core/output_file.hpp"

#include <string>
#include <vector>

namespace candor::render {

/// A file could not be written: core's error (path, problem, system reason).
using OutputError = core::OutputError;

/// Metadata stored in a PDF's information dictionary.
struct PdfInfo {
    std::string title;
    std::string creator = "Candor";
};

/// Writes every page of the report and commits the file. \returns the number of pages.
/// \throws OutputError.
int write_report_pdf(const Report& report, const PageStyle& style, core::OutputFile& file,
                     const PdfInfo& info = {});
/// The same to the file at `path`.
int write_report_pdf(const Report& report, const PageStyle& style, const std::string& path,
                     const PdfInfo& info = {});

/// A chart drawn on an image in memory: 1 unit = 1 pixel, three bytes (red, green, blue) a
/// pixel, rows from the top. For windows that show a chart as a picture (the classroom).
struct RgbImage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgb; ///< width * height * 3 bytes
};
RgbImage draw_chart_rgb(ChartKind kind, const ChartData& data, int width_px, int height_px,
                        const ChartStyle& style);

enum class ChartFormat { Png, Svg, Pdf };

/// A chart file's size when none is asked for (pixels for PNG, points otherwise) and its
/// style: `candor-cli chart`'s defaults, which the app's File > Export Chart uses too.
inline constexpr double chart_file_width = 800.0;
inline constexpr double chart_file_height = 500.0;
ChartStyle chart_file_style(bool greyscale = false);

/// One chart in `format` to `file`, committed. Sizes are pixels for PNG (style's sizes scaled
/// by `scale`), points otherwise. \throws OutputError.
void write_chart(ChartKind kind, const ChartData& data, ChartFormat format, double width,
                 double height, const ChartStyle& style, core::OutputFile& file,
                 double scale = 1.0);

/// Chart files. PNG sizes are pixels (drawn at 1 unit = 1 pixel, with style's sizes scaled by
/// `scale`); SVG and PDF sizes are points. \throws OutputError.
void write_chart_png(ChartKind kind, const ChartData& data, int width_px, int height_px,
                     const ChartStyle& style, const std::string& path, double scale = 1.0);
void write_chart_svg(ChartKind kind, const ChartData& data, double width_pt, double height_pt,
                     const ChartStyle& style, const std::string& path);
void write_chart_pdf(ChartKind kind, const ChartData& data, double width_pt, double height_pt,
                     const ChartStyle& style, const std::string& path);

} // namespace candor::render
