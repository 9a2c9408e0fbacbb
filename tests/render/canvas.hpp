#pragma once
/// \file canvas.hpp
/// An RGB image surface with its cairo context for the render tests, and a count of the pixels
/// in a rectangle that a predicate accepts: what the pixel checks of every chart test build on.

#include "render/chart.hpp"

#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace candor::test {

struct Canvas {
    cairo_surface_t* surface;
    cairo_t* cr;
    Canvas(int w, int h)
        : surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h)), cr(cairo_create(surface)) {
    }
    ~Canvas() {
        cairo_destroy(cr);
        cairo_surface_destroy(surface);
    }
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;

    void paint_white() {
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_paint(cr);
    }

    /// Pixels inside `r` that `keep` accepts (r, g, b in 0..255).
    template <typename Keep> int count(const render::Rect& r, Keep keep) const {
        cairo_surface_flush(surface);
        const int w = cairo_image_surface_get_width(surface);
        const int h = cairo_image_surface_get_height(surface);
        const int stride = cairo_image_surface_get_stride(surface);
        const unsigned char* data = cairo_image_surface_get_data(surface);
        int n = 0;
        const int y0 = std::max(0, static_cast<int>(std::floor(r.y)));
        const int y1 = std::min(h, static_cast<int>(std::ceil(r.y + r.height)));
        const int x0 = std::max(0, static_cast<int>(std::floor(r.x)));
        const int x1 = std::min(w, static_cast<int>(std::ceil(r.x + r.width)));
        for (int y = y0; y < y1; ++y) {
            const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
            for (int x = x0; x < x1; ++x) {
                if (keep(static_cast<int>((row[x] >> 16) & 0xFFU),
                         static_cast<int>((row[x] >> 8) & 0xFFU),
                         static_cast<int>(row[x] & 0xFFU))) {
                    ++n;
                }
            }
        }
        return n;
    }

    /// The whole image as a rectangle.
    render::Rect all() const {
        return {0, 0, static_cast<double>(cairo_image_surface_get_width(surface)),
                static_cast<double>(cairo_image_surface_get_height(surface))};
    }
};

} // namespace candor::test
