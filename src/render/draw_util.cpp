#include "draw_util.hpp"

#include "present/number_format.hpp"

#include <array>
#include <string>

namespace candor::render::detail {

Colour to_grey(const Colour& c) {
    // ITU-R BT.709 luma coefficients.
    const double y = 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
    return {y, y, y};
}

void set_source(cairo_t* cr, const Colour& c, bool greyscale, double a) {
    const Colour k = greyscale ? to_grey(c) : c;
    cairo_set_source_rgba(cr, k.r, k.g, k.b, a);
}

void hatch(cairo_t* cr, const Rect& r, double spacing, double line_width) {
    if (r.width <= 0.0 || r.height <= 0.0) {
        return;
    }
    SavedState saved(cr);
    cairo_rectangle(cr, r.x, r.y, r.width, r.height);
    cairo_clip(cr);
    cairo_set_line_width(cr, line_width);
    cairo_set_dash(cr, nullptr, 0, 0.0);
    for (double d = -r.height; d < r.width; d += spacing) {
        cairo_move_to(cr, r.x + d, r.y + r.height);
        cairo_line_to(cr, r.x + d + r.height, r.y);
    }
    cairo_stroke(cr);
}

std::string superscript(long n) {
    static const std::array<const char*, 10> digits{"⁰", "¹", "²", "³", "⁴",
                                                    "⁵", "⁶", "⁷", "⁸", "⁹"};
    std::string out = n < 0 ? "⁻" : "";
    const std::string plain = std::to_string(n < 0 ? -n : n);
    for (char c : plain) {
        out += digits[static_cast<std::size_t>(c - '0')];
    }
    return out;
}

std::string power_of_ten_label(long n) {
    if (n >= 0 && n <= present::largest_worded_power) {
        return present::large_number(static_cast<double>(n));
    }
    if (present::number(0.0, 0) != "0") {
        return present::power_of_ten(static_cast<double>(n), 0);
    }
    return "10" + superscript(n);
}

} // namespace candor::render::detail
