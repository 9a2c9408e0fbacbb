#include "output.hpp"

#include "core/input_error.hpp"
#include "present/visible_text.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include <cerrno>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <regex>
#include <string>
#include <vector>

namespace candor::render {

namespace {

/// cairo's write callback onto an OutputFile. A failure is kept and thrown again once cairo has
/// returned (an exception must not cross cairo's C frames).
class CairoSink {
  public:
    explicit CairoSink(core::OutputFile& file) : file_(file) {}

    static cairo_status_t write(void* closure, const unsigned char* data, unsigned int length) {
        auto* self = static_cast<CairoSink*>(closure);
        try {
            self->file_.write({reinterpret_cast<const char*>(data), length});
            return CAIRO_STATUS_SUCCESS;
        } catch (...) {
            self->error_ = std::current_exception();
            return CAIRO_STATUS_WRITE_ERROR;
        }
    }
    /// Throws the write's own error, if there was one.
    void rethrow() const {
        if (error_) {
            std::rethrow_exception(error_);
        }
    }
    const std::string& path() const { return file_.path(); }

  private:
    core::OutputFile& file_;
    std::exception_ptr error_;
};

/// A failed cairo status as an OutputError: the write's own error where there was one.
void check(cairo_status_t status, const CairoSink& sink) {
    sink.rethrow();
    if (status != CAIRO_STATUS_SUCCESS) {
        throw core::OutputError(sink.path(), CANDOR_N_("writing failed ({0})"),
                                {cairo_status_to_string(status)});
    }
}

/// Draws with `draw` on a surface made by `make`, finishes it and commits the file.
void render_to(core::OutputFile& file, const std::function<cairo_surface_t*(CairoSink&)>& make,
               const std::function<void(cairo_surface_t*, cairo_t*)>& draw) {
    CairoSink sink(file);
    cairo_surface_t* surface = make(sink);
    cairo_t* cr = cairo_create(surface);
    try {
        check(cairo_surface_status(surface), sink);
        draw(surface, cr);
        check(cairo_status(cr), sink);
    } catch (...) {
        cairo_destroy(cr);
        cairo_surface_destroy(surface);
        throw;
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t st = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    check(st, sink);
    file.commit();
}

/// Sizes and scales are checked by the callers (the CLI's flags); these guard the drawing.
void check_size(double w, double h, const std::string& path) {
    if (!(w >= 16.0 && h >= 16.0 && w <= 20000.0 && h <= 20000.0)) {
        throw OutputError(path, "the size must be between 16 and 20000 on each side");
    }
}

} // namespace

int write_report_pdf(const Report& report, const PageStyle& style, const std::string& path,
                     const PdfInfo& info) {
    core::OutputFile file(path);
    return write_report_pdf(report, style, file, info);
}

int write_report_pdf(const Report& report, const PageStyle& style, core::OutputFile& file,
                     const PdfInfo& info) {
    const ReportLayout layout(report, style);
    const PaperSize size = layout.page_size();
    render_to(
        file,
        [&](CairoSink& f) {
            return cairo_pdf_surface_create_for_stream(&CairoSink::write, &f, size.width,
                                                       size.height);
        },
        [&](cairo_surface_t* surface, cairo_t* cr) {
            const std::string title = present::visible_text(
                info.title.empty() ? report.title : info.title, present::Keep::Nothing);
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR,
                                           info.creator.c_str());
            for (int i = 0; i < layout.page_count(); ++i) {
                layout.draw_page(cr, i);
                cairo_show_page(cr);
            }
        });
    return layout.page_count();
}

RgbImage draw_chart_rgb(ChartKind kind, const ChartData& data, int width_px, int height_px,
                        const ChartStyle& style) {
    RgbImage image;
    if (width_px <= 0 || height_px <= 0) {
        return image;
    }
    image.width = width_px;
    image.height = height_px;
    image.rgb.resize(static_cast<std::size_t>(width_px) * static_cast<std::size_t>(height_px) * 3);
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width_px, height_px);
    cairo_t* cr = cairo_create(surface);
    draw_chart(cr, kind, data,
               Rect{0.0, 0.0, static_cast<double>(width_px), static_cast<double>(height_px)},
               style);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    const unsigned char* pixels = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    unsigned char* out = image.rgb.data();
    for (int y = 0; y < height_px; ++y) {
        // RGB24: one native-endian 32-bit word a pixel, 0x00RRGGBB.
        const auto* row = reinterpret_cast<const std::uint32_t*>(
            pixels + static_cast<std::ptrdiff_t>(y) * stride);
        for (int x = 0; x < width_px; ++x) {
            *out++ = static_cast<unsigned char>((row[x] >> 16) & 0xFF);
            *out++ = static_cast<unsigned char>((row[x] >> 8) & 0xFF);
            *out++ = static_cast<unsigned char>(row[x] & 0xFF);
        }
    }
    cairo_surface_destroy(surface);
    return image;
}

namespace {

void png_to(ChartKind kind, const ChartData& data, int width_px, int height_px,
            const ChartStyle& style, core::OutputFile& file, double scale) {
    check_size(width_px, height_px, file.path());
    if (!(scale > 0.0 && scale <= 10.0)) {
        throw OutputError(file.path(), "the scale must be above 0 and at most 10");
    }
    CairoSink sink(file);
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width_px, height_px);
    cairo_t* cr = cairo_create(surface);
    cairo_scale(cr, scale, scale);
    draw_chart(cr, kind, data,
               Rect{0.0, 0.0, static_cast<double>(width_px) / scale,
                    static_cast<double>(height_px) / scale},
               style);
    const cairo_status_t draw_status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    const cairo_status_t st =
        draw_status != CAIRO_STATUS_SUCCESS
            ? draw_status
            : cairo_surface_write_to_png_stream(surface, &CairoSink::write, &sink);
    cairo_surface_destroy(surface);
    check(st, sink);
    file.commit();
}

/// cairo numbers the surfaces it makes in a process (`<g id="surface7">`): renumbered in the
/// order they appear, so that the same chart gives the same file from any program (the CLI, or
/// the app, which has drawn much before).
std::string renumber_surfaces(const std::string& svg) {
    static const std::regex id(R"((["#])surface([0-9]+))");
    std::map<std::string, std::size_t> numbers;
    std::string out;
    auto from = svg.cbegin();
    for (std::sregex_iterator it(svg.begin(), svg.end(), id), end; it != end; ++it) {
        const std::smatch& m = *it;
        const auto [at, added] = numbers.emplace(m[2].str(), numbers.size() + 1);
        out.append(from, m[0].first);
        out += m[1].str() + "surface" + std::to_string(at->second);
        from = m[0].second;
    }
    out.append(from, svg.cend());
    return out;
}

void svg_to(ChartKind kind, const ChartData& data, double width_pt, double height_pt,
            const ChartStyle& style, core::OutputFile& file) {
    check_size(width_pt, height_pt, file.path());
    // Collected first, to renumber the surfaces; then written and committed.
    struct Buffer {
        std::string data;
        static cairo_status_t write(void* closure, const unsigned char* bytes, unsigned int n) {
            static_cast<Buffer*>(closure)->data.append(reinterpret_cast<const char*>(bytes), n);
            return CAIRO_STATUS_SUCCESS;
        }
    } buffer;
    cairo_surface_t* surface =
        cairo_svg_surface_create_for_stream(&Buffer::write, &buffer, width_pt, height_pt);
    cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1);
    cairo_t* cr = cairo_create(surface);
    draw_chart(cr, kind, data, Rect{0.0, 0.0, width_pt, height_pt}, style);
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (st == CAIRO_STATUS_SUCCESS) {
        st = cairo_surface_status(surface);
    }
    cairo_surface_destroy(surface);
    if (st != CAIRO_STATUS_SUCCESS) {
        throw core::OutputError(file.path(), CANDOR_N_("writing failed ({0})"),
                                {cairo_status_to_string(st)});
    }
    file.write(renumber_surfaces(buffer.data));
    file.commit();
}

void pdf_to(ChartKind kind, const ChartData& data, double width_pt, double height_pt,
            const ChartStyle& style, core::OutputFile& file) {
    check_size(width_pt, height_pt, file.path());
    render_to(
        file,
        [&](CairoSink& f) {
            return cairo_pdf_surface_create_for_stream(&CairoSink::write, &f, width_pt, height_pt);
        },
        [&](cairo_surface_t*, cairo_t* cr) {
            draw_chart(cr, kind, data, Rect{0.0, 0.0, width_pt, height_pt}, style);
            cairo_show_page(cr);
        });
}

} // namespace

void write_chart(ChartKind kind, const ChartData& data, ChartFormat format, double width,
                 double height, const ChartStyle& style, core::OutputFile& file, double scale) {
    switch (format) {
    case ChartFormat::Png:
        png_to(kind, data, static_cast<int>(width), static_cast<int>(height), style, file, scale);
        return;
    case ChartFormat::Svg:
        svg_to(kind, data, width, height, style, file);
        return;
    case ChartFormat::Pdf:
        pdf_to(kind, data, width, height, style, file);
        return;
    }
}

void write_chart_png(ChartKind kind, const ChartData& data, int width_px, int height_px,
                     const ChartStyle& style, const std::string& path, double scale) {
    check_size(width_px, height_px, path);
    core::OutputFile file(path);
    png_to(kind, data, width_px, height_px, style, file, scale);
}

void write_chart_svg(ChartKind kind, const ChartData& data, double width_pt, double height_pt,
                     const ChartStyle& style, const std::string& path) {
    check_size(width_pt, height_pt, path);
    core::OutputFile file(path);
    svg_to(kind, data, width_pt, height_pt, style, file);
}

void write_chart_pdf(ChartKind kind, const ChartData& data, double width_pt, double height_pt,
                     const ChartStyle& style, const std::string& path) {
    check_size(width_pt, height_pt, path);
    core::OutputFile file(path);
    pdf_to(kind, data, width_pt, height_pt, style, file);
}

ChartStyle chart_file_style(bool greyscale) {
    ChartStyle style;
    style.greyscale = greyscale;
    style.font_size = 11.0;
    style.line_width = 2.0;
    return style;
}

} // namespace candor::render
