#include "output.hpp"

#include "i18n/tr.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace candor::render {

OutputError::OutputError(const std::string& path, const std::string& reason)
    : std::runtime_error(path + ": " + reason), path_(path) {}

namespace {

/// A temporary file beside the target, renamed over it by commit(); removed otherwise.
class AtomicFile {
  public:
    explicit AtomicFile(std::string path) : path_(std::move(path)) {
        if (path_.empty()) {
            // TRANSLATORS: why an output file could not be written.
            throw OutputError(path_, i18n::tr("no output file given"));
        }
        namespace fs = std::filesystem;
        std::error_code ec;
        if (fs::is_directory(path_, ec)) {
            // TRANSLATORS: why an output file could not be written: its path names a folder.
            throw OutputError(path_, i18n::tr("is a directory"));
        }
        const fs::path p(path_);
        const fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
        std::string name = ".";
        name += p.filename().string();
        name += ".tmp-XXXXXX";
        std::string tmpl = (dir / name).string();
        std::vector<char> buf(tmpl.begin(), tmpl.end());
        buf.push_back('\0');
        const int fd = mkstemp(buf.data());
        if (fd < 0) {
            throw OutputError(path_, std::strerror(errno));
        }
        temp_.assign(buf.data());
        file_ = fdopen(fd, "wb");
        if (file_ == nullptr) {
            const int err = errno;
            ::close(fd);
            ::unlink(temp_.c_str());
            throw OutputError(path_, std::strerror(err));
        }
    }
    ~AtomicFile() {
        if (file_ != nullptr) {
            std::fclose(file_);
        }
        if (!committed_) {
            ::unlink(temp_.c_str());
        }
    }
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// cairo's write callback.
    static cairo_status_t write(void* closure, const unsigned char* data, unsigned int length) {
        auto* self = static_cast<AtomicFile*>(closure);
        if (std::fwrite(data, 1, length, self->file_) != length) {
            self->error_ = errno;
            return CAIRO_STATUS_WRITE_ERROR;
        }
        return CAIRO_STATUS_SUCCESS;
    }

    void commit() {
        if (error_ != 0) {
            throw OutputError(path_, std::strerror(error_));
        }
        if (std::fflush(file_) != 0 || ::fsync(fileno(file_)) != 0) {
            throw OutputError(path_, std::strerror(errno));
        }
        // mkstemp makes the file private (0600); give it the usual permissions.
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(fileno(file_), static_cast<mode_t>(0666) & ~mask);
        const int rc = std::fclose(file_);
        file_ = nullptr;
        if (rc != 0) {
            throw OutputError(path_, std::strerror(errno));
        }
        if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
            throw OutputError(path_, std::strerror(errno));
        }
        committed_ = true;
    }

    const std::string& path() const { return path_; }

  private:
    std::string path_;
    std::string temp_;
    std::FILE* file_ = nullptr;
    int error_ = 0;
    bool committed_ = false;
};

void check(cairo_status_t status, const std::string& path) {
    if (status != CAIRO_STATUS_SUCCESS) {
        throw OutputError(path, cairo_status_to_string(status));
    }
}

/// Draws with `draw` on a surface made by `make`, finishes it and commits the file.
void render_to(const std::string& path, const std::function<cairo_surface_t*(AtomicFile&)>& make,
               const std::function<void(cairo_surface_t*, cairo_t*)>& draw) {
    AtomicFile file(path);
    cairo_surface_t* surface = make(file);
    cairo_t* cr = cairo_create(surface);
    try {
        check(cairo_surface_status(surface), path);
        draw(surface, cr);
        check(cairo_status(cr), path);
    } catch (...) {
        cairo_destroy(cr);
        cairo_surface_destroy(surface);
        throw;
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t st = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    check(st, path);
    file.commit();
}

void check_size(double w, double h, const std::string& path) {
    if (!(w >= 16.0 && h >= 16.0 && w <= 20000.0 && h <= 20000.0)) {
        throw OutputError(path, "the size must be between 16 and 20000 on each side");
    }
}

} // namespace

int write_report_pdf(const Report& report, const PageStyle& style, const std::string& path,
                     const PdfInfo& info) {
    const ReportLayout layout(report, style);
    const PaperSize size = layout.page_size();
    render_to(
        path,
        [&](AtomicFile& f) {
            return cairo_pdf_surface_create_for_stream(&AtomicFile::write, &f, size.width,
                                                       size.height);
        },
        [&](cairo_surface_t* surface, cairo_t* cr) {
            const std::string title = info.title.empty() ? report.title : info.title;
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

void write_chart_png(ChartKind kind, const ChartData& data, int width_px, int height_px,
                     const ChartStyle& style, const std::string& path, double scale) {
    check_size(width_px, height_px, path);
    if (!(scale > 0.0 && scale <= 10.0)) {
        throw OutputError(path, "the scale must be above 0 and at most 10");
    }
    AtomicFile file(path);
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
            : cairo_surface_write_to_png_stream(surface, &AtomicFile::write, &file);
    cairo_surface_destroy(surface);
    check(st, path);
    file.commit();
}

void write_chart_svg(ChartKind kind, const ChartData& data, double width_pt, double height_pt,
                     const ChartStyle& style, const std::string& path) {
    check_size(width_pt, height_pt, path);
    render_to(
        path,
        [&](AtomicFile& f) {
            cairo_surface_t* s =
                cairo_svg_surface_create_for_stream(&AtomicFile::write, &f, width_pt, height_pt);
            cairo_svg_surface_restrict_to_version(s, CAIRO_SVG_VERSION_1_1);
            return s;
        },
        [&](cairo_surface_t*, cairo_t* cr) {
            draw_chart(cr, kind, data, Rect{0.0, 0.0, width_pt, height_pt}, style);
        });
}

void write_chart_pdf(ChartKind kind, const ChartData& data, double width_pt, double height_pt,
                     const ChartStyle& style, const std::string& path) {
    check_size(width_pt, height_pt, path);
    render_to(
        path,
        [&](AtomicFile& f) {
            return cairo_pdf_surface_create_for_stream(&AtomicFile::write, &f, width_pt, height_pt);
        },
        [&](cairo_surface_t*, cairo_t* cr) {
            draw_chart(cr, kind, data, Rect{0.0, 0.0, width_pt, height_pt}, style);
            cairo_show_page(cr);
        });
}

} // namespace candor::render
