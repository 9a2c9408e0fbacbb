/// \file ladder_chart.cpp
/// The rate ladder (ChartKind::Ladder): annual rates on a vertical log scale, each rung a short
/// bar on the scale with its label to the right, joined by a leader line. Labels are pushed
/// apart so that none overlaps another; when they cannot all fit, their font shrinks.

#include "chart.hpp"
#include "draw_util.hpp"
#include "text.hpp"

#include "i18n/tr.hpp"
#include "present/number_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

namespace candor::render {

using detail::Align;
using detail::Font;
using detail::power_of_ten_label;
using detail::set_source;
using detail::Text;
using detail::TextSize;

namespace {

constexpr Colour grid_colour{0.86, 0.86, 0.86};
constexpr Colour axis_colour{0.35, 0.35, 0.35};
/// The lowest rate the scale shows: 0.01% a year; lower positive rates sit at its foot.
constexpr double lowest_log10 = -4.0;

/// A tick at the rate 10^k (a fraction): "0.1%" ... "1,000%", then in words ("1 million%"),
/// as far as the language's scale words go; then "10⁴⁰%" (the language's digits where it
/// writes others, as the other charts' power-of-ten axes do).
std::string decade_label(long k) {
    if (k >= -4 && k < 4) {
        return present::percent(std::pow(10.0, static_cast<double>(k)),
                                static_cast<int>(std::max(0L, -k - 2)));
    }
    // TRANSLATORS: a rate on the ladder's scale, in percent; {0} a round number in words such
    // as "1 million" or "100 quadrillion" (or, past the scale words, a power of ten such as
    // 10⁴⁰).
    return fmt::format(fmt::runtime(i18n::tr("{0}%")), power_of_ten_label(k + 2));
}

/// The label of the band under the scale where rates of 0% or less sit.
std::string floor_label() {
    // TRANSLATORS: the band under the rate ladder's log scale where rates of zero or below sit
    // (a log scale has no place for them).
    // xgettext:no-c-format
    return i18n::tr("0% or less");
}

/// What the title, the scale's title and the caption leave of the area.
struct Frame {
    double top = 0.0;
    double bottom = 0.0;
    double left = 0.0;
    double right = 0.0;
};

Frame frame_of(PangoContext* pc, const ChartData& data, const Rect& area, const ChartStyle& style,
               cairo_t* draw_on) {
    const double fs = style.font_size;
    const double pad = fs * 0.5;
    Frame f{area.y + pad * 0.5, area.y + area.height - pad * 0.5, area.x + pad,
            area.x + area.width - pad};
    const double inner_w = f.right - f.left;
    const Font small{style.font_family, fs * 0.9};
    if (style.show_title && !data.title.empty()) {
        const Text t(pc, Font{style.font_family, fs * 1.2, true}, data.title, inner_w);
        if (draw_on != nullptr) {
            set_source(draw_on, style.foreground, false);
            t.draw(draw_on, f.left, f.top);
        }
        f.top += t.size().height + pad * 0.6;
    }
    if (style.show_caption && !data.caption.empty()) {
        Font cap = small;
        cap.italic = true;
        const Text t(pc, cap, data.caption, inner_w);
        f.bottom -= t.size().height;
        if (draw_on != nullptr) {
            set_source(draw_on, axis_colour, false);
            t.draw(draw_on, f.left, f.bottom);
        }
        f.bottom -= pad * 0.5;
    }
    if (!data.y.label.empty()) {
        const Text t(pc, small, data.y.label, inner_w, Align::Left);
        if (draw_on != nullptr) {
            set_source(draw_on, axis_colour, false);
            t.draw(draw_on, f.left, f.top);
        }
        f.top += t.size().height + pad * 0.4;
    }
    return f;
}

std::string label_text(const Rung& r) {
    return r.value.empty() ? r.label : r.label + ": " + r.value;
}

/// The decades the scale spans (whole decades around every positive rate, from 0.01% up) and
/// its tick step (1, 2, 5, 10, 20, ... decades, so that the ticks keep apart on the height).
void choose_scale(const ChartData& data, const Frame& f, double fs, LadderLayout& out,
                  bool& any_floor) {
    double lo = HUGE_VAL;
    double hi = -HUGE_VAL;
    any_floor = false;
    for (const Rung& r : data.rungs) {
        if (r.log10_rate && std::isfinite(*r.log10_rate)) {
            lo = std::min(lo, std::max(*r.log10_rate, lowest_log10));
            hi = std::max(hi, *r.log10_rate);
        } else {
            any_floor = true;
        }
    }
    if (!(lo <= hi)) {
        lo = -2.0;
        hi = 0.0;
    }
    const double room = std::max(10.0, f.bottom - f.top);
    const double max_ticks = std::max(2.0, std::floor(room / (fs * 1.8)));
    out.tick_step = 1.0;
    for (double m = 1.0; (std::ceil(hi) - std::floor(lo)) / out.tick_step > max_ticks; m *= 10.0) {
        for (double k : {1.0, 2.0, 5.0}) {
            out.tick_step = k * m;
            if ((std::ceil(hi) - std::floor(lo)) / out.tick_step <= max_ticks) {
                break;
            }
        }
    }
    out.lo = std::floor(lo / out.tick_step) * out.tick_step;
    out.hi = std::max(out.lo + out.tick_step, std::ceil(hi / out.tick_step) * out.tick_step);
}

/// The scale's column (right of its widest tick label) and the floor band under it.
void place_scale(PangoContext* pc, const Frame& f, const ChartStyle& style, bool any_floor,
                 LadderLayout& out) {
    const double fs = style.font_size;
    out.tick_font_size = fs * 0.9;
    const Font tick_font{style.font_family, out.tick_font_size};
    double widest_tick = 0.0;
    out.ticks.clear();
    for (double k = out.lo; k <= out.hi + 1e-9; k += out.tick_step) {
        out.ticks.push_back({k, 0.0, decade_label(std::lround(k))});
        widest_tick =
            std::max(widest_tick, Text(pc, tick_font, out.ticks.back().text).size().width);
    }
    if (any_floor) {
        widest_tick = std::max(widest_tick, Text(pc, tick_font, floor_label()).size().width);
    }
    const double tick_h = Text(pc, tick_font, "0").size().height;
    const double band_h = any_floor ? tick_h * 1.6 : 0.0;
    out.scale.x = f.left + widest_tick + fs * 0.6;
    out.scale.y = f.top + tick_h / 2.0;
    out.scale.width = std::max(fs * 2.0, (f.right - f.left) * 0.12);
    out.scale.height = std::max(10.0, f.bottom - out.scale.y - tick_h / 2.0 - band_h);
    if (any_floor) {
        out.floor_band = Rect{out.scale.x, out.scale.y + out.scale.height + tick_h * 0.3,
                              out.scale.width, band_h - tick_h * 0.3};
    }
}

/// The height the shown labels take one above the other at `size`; their sizes in `sizes`.
double stacked_height(PangoContext* pc, const ChartData& data, const ChartStyle& style, double size,
                      double label_w, double gap, const LadderLayout& out,
                      std::vector<TextSize>& sizes) {
    double total = 0.0;
    for (std::size_t i = 0; i < data.rungs.size(); ++i) {
        if (!out.rungs[i].shown) {
            sizes[i] = {};
            continue;
        }
        const Font font{style.font_family, size, data.rungs[i].highlighted};
        const Text t(pc, font, label_text(data.rungs[i]), label_w, Align::Left);
        sizes[i] = {std::min(label_w, t.size().width), t.size().height};
        total += sizes[i].height + gap;
    }
    return total;
}

/// The labels' sizes at the largest font (from the body size down, to style.min_label_size at
/// the least) at which they all fit in the frame's height, one above the other; sets
/// out.font_size. At the floor, the rungs of the highest weight (the last first) are left out
/// until the rest fit; without a floor the font shrinks instead.
std::vector<TextSize> label_sizes(PangoContext* pc, const ChartData& data, const Frame& f,
                                  const ChartStyle& style, double label_w, double gap,
                                  LadderLayout& out) {
    const std::size_t n = data.rungs.size();
    std::vector<TextSize> sizes(n);
    const double floor = style.min_label_size > 0.0 ? style.min_label_size : 3.0;
    for (double size = std::max(style.font_size * 0.9, floor);;) {
        out.font_size = size;
        if (stacked_height(pc, data, style, size, label_w, gap, out, sizes) <= f.bottom - f.top) {
            return sizes;
        }
        if (size > floor) {
            size = style.min_label_size > 0.0 ? std::max(size * 0.9, floor) : size * 0.9;
            continue;
        }
        int most = 0;
        std::size_t leave = n;
        for (std::size_t i = 0; style.min_label_size > 0.0 && i < n; ++i) {
            if (out.rungs[i].shown && data.rungs[i].weight >= std::max(most, 1)) {
                most = data.rungs[i].weight;
                leave = i;
            }
        }
        if (leave == n) {
            return sizes; // nothing more may be left out: the labels run below the room
        }
        out.rungs[leave].shown = false;
    }
}

/// The labels' tops: top to bottom by the rung's height, each label at its rung, else just
/// below the one above; then from the bottom up, no lower than the room allows. If the room is
/// too short even at the smallest font, the top-down placement stays (labels then run below
/// the room rather than over one another).
std::vector<double> stack_labels(const LadderLayout& out, const std::vector<TextSize>& sizes,
                                 const Frame& f, double gap) {
    const std::size_t n = sizes.size();
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < n; ++i) {
        if (out.rungs[i].shown) {
            order.push_back(i);
        }
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return out.rungs[a].rung_y < out.rungs[b].rung_y;
    });
    std::vector<double> y(n);
    double next_free = f.top;
    for (std::size_t i : order) {
        y[i] = std::max(out.rungs[i].rung_y - sizes[i].height / 2.0, next_free);
        next_free = y[i] + sizes[i].height + gap;
    }
    double limit = f.bottom;
    for (std::size_t k = order.size(); k > 0; --k) {
        const std::size_t i = order[k - 1];
        y[i] = std::min(y[i], limit - sizes[i].height);
        limit = y[i] - gap;
    }
    if (limit < f.top - 1e-9) {
        double free_y = f.top;
        for (std::size_t i : order) {
            y[i] = free_y;
            free_y += sizes[i].height + gap;
        }
    }
    return y;
}

LadderLayout layout(PangoContext* pc, const ChartData& data, const Frame& f,
                    const ChartStyle& style) {
    LadderLayout out;
    const double fs = style.font_size;
    bool any_floor = false;
    choose_scale(data, f, fs, out, any_floor);
    out.font_size = fs * 0.9;
    place_scale(pc, f, style, any_floor, out);
    const auto py = [&](double v) {
        const double c = std::clamp(v, out.lo, out.hi);
        return out.scale.y + out.scale.height - (c - out.lo) / (out.hi - out.lo) * out.scale.height;
    };
    // Labels: one line each, to the right of the scale, as near their rung as the others allow.
    const double label_x = out.scale.x + out.scale.width + fs * 2.0;
    const double label_w = std::max(fs * 4.0, f.right - label_x);
    const double gap = fs * 0.15;
    out.rungs.resize(data.rungs.size());
    const std::vector<TextSize> sizes = label_sizes(pc, data, f, style, label_w, gap, out);
    out.label_column = label_w;
    for (LadderLayout::Tick& t : out.ticks) {
        t.y = py(t.decade);
    }
    for (std::size_t i = 0; i < data.rungs.size(); ++i) {
        const Rung& r = data.rungs[i];
        out.rungs[i].rung_y = r.log10_rate && std::isfinite(*r.log10_rate)
                                  ? py(*r.log10_rate)
                                  : out.floor_band->y + out.floor_band->height / 2.0;
    }
    const std::vector<double> y = stack_labels(out, sizes, f, gap);
    for (std::size_t i = 0; i < data.rungs.size(); ++i) {
        if (out.rungs[i].shown) {
            out.rungs[i].label = Rect{label_x, y[i], sizes[i].width, sizes[i].height};
        }
    }
    return out;
}

} // namespace

LadderLayout ladder_layout(cairo_t* cr, const ChartData& data, const Rect& area,
                           const ChartStyle& style) {
    detail::TextContext tc(cr, data.right_to_left);
    return layout(tc.get(), data, frame_of(tc.get(), data, area, style, nullptr), style);
}

namespace detail {

void draw_ladder(cairo_t* cr, const ChartData& data, const Rect& area, const ChartStyle& style) {
    detail::TextContext tc(cr, data.right_to_left);
    const double fs = style.font_size;
    const Frame f = frame_of(tc.get(), data, area, style, cr);
    if (data.rungs.empty()) {
        const Text t(tc.get(), Font{style.font_family, fs}, i18n::tr("No data to chart"),
                     f.right - f.left, Align::Centre);
        set_source(cr, axis_colour, false);
        t.draw(cr, f.left, (f.top + f.bottom - t.size().height) / 2.0);
        return;
    }
    const LadderLayout L = layout(tc.get(), data, f, style);
    const Font tick_font{style.font_family, L.tick_font_size};

    // The scale: a decade grid across the scale's column, labelled on its left.
    cairo_set_line_width(cr, 0.5);
    cairo_set_dash(cr, nullptr, 0, 0.0);
    for (const LadderLayout::Tick& tick : L.ticks) {
        set_source(cr, grid_colour, false);
        cairo_move_to(cr, L.scale.x, tick.y);
        cairo_line_to(cr, L.scale.x + L.scale.width, tick.y);
        cairo_stroke(cr);
        const Text t(tc.get(), tick_font, tick.text);
        set_source(cr, style.foreground, false);
        t.draw(cr, L.scale.x - fs * 0.4 - t.size().width, tick.y - t.size().height / 2.0);
    }
    set_source(cr, axis_colour, false);
    cairo_set_line_width(cr, 1.0);
    cairo_move_to(cr, L.scale.x, L.scale.y);
    cairo_line_to(cr, L.scale.x, L.scale.y + L.scale.height);
    cairo_stroke(cr);
    if (L.floor_band) {
        const Rect& b = *L.floor_band;
        set_source(cr, grid_colour, false, 0.6);
        cairo_rectangle(cr, b.x, b.y, b.width, b.height);
        cairo_fill(cr);
        const Text t(tc.get(), tick_font, floor_label());
        set_source(cr, style.foreground, false);
        t.draw(cr, b.x - fs * 0.4 - t.size().width, b.y + (b.height - t.size().height) / 2.0);
    }

    // Rungs (the highlighted one last, on top), leaders and labels.
    std::vector<std::size_t> order(data.rungs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_partition(order.begin(), order.end(),
                          [&](std::size_t i) { return !data.rungs[i].highlighted; });
    for (std::size_t i : order) {
        const Rung& r = data.rungs[i];
        const auto& p = L.rungs[i];
        if (!p.shown) {
            continue; // left out for want of room: a rung without its label says nothing
        }
        const SeriesStyle st = series_style(r.style_slot);
        const double lw = r.highlighted ? style.line_width * 2.5 : style.line_width;
        const double x0 = L.scale.x;
        const double x1 = L.scale.x + L.scale.width;
        set_source(cr, st.colour, style.greyscale);
        cairo_set_line_width(cr, lw);
        cairo_set_dash(cr, nullptr, 0, 0.0);
        cairo_move_to(cr, x0, p.rung_y);
        cairo_line_to(cr, x1, p.rung_y);
        cairo_stroke(cr);
        // The leader, from the rung's end to the middle of its label's left edge.
        set_source(cr, st.colour, style.greyscale, 0.7);
        cairo_set_line_width(cr, std::max(0.5, style.line_width * 0.4));
        cairo_move_to(cr, x1, p.rung_y);
        cairo_line_to(cr, x1 + fs * 0.8, p.rung_y);
        cairo_line_to(cr, p.label.x - fs * 0.3, p.label.y + p.label.height / 2.0);
        cairo_stroke(cr);
        const Font font{style.font_family, L.font_size, r.highlighted};
        const Text t(tc.get(), font, label_text(r), L.label_column, Align::Left);
        set_source(cr, r.highlighted ? st.colour : style.foreground, style.greyscale);
        t.draw(cr, p.label.x, p.label.y);
    }
}

} // namespace detail

} // namespace candor::render
