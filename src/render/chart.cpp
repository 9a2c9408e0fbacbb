#include "chart.hpp"

#include "draw_util.hpp"
#include "label_placement.hpp"
#include "text.hpp"

#include "i18n/tr.hpp"
#include "present/number_format.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace candor::render {

using detail::Align;
using detail::Font;
using detail::power_of_ten_label;
using detail::SavedState;
using detail::set_source;
using detail::Text;
using detail::TextSize;

SeriesStyle series_style(int slot) {
    // Okabe & Ito (2002) colour-blind-safe palette; each slot also has its own dash pattern
    // and marker so that the series stay apart in greyscale.
    static const std::array<SeriesStyle, 6> styles{{
        {{0.835, 0.369, 0.000}, {}, Marker::Circle},                     // vermillion, solid
        {{0.000, 0.447, 0.698}, {4.0, 2.0}, Marker::Square},             // blue, dashed
        {{0.000, 0.620, 0.451}, {6.0, 2.0, 1.0, 2.0}, Marker::Triangle}, // bluish green, dash-dot
        {{0.800, 0.475, 0.655}, {1.0, 1.5}, Marker::Diamond},            // reddish purple, dotted
        {{0.902, 0.624, 0.000}, {9.0, 3.0}, Marker::Cross},              // orange, long dash
        {{0.337, 0.706, 0.914}, {3.0, 1.5, 1.0, 1.5, 1.0, 1.5}, Marker::None}, // sky blue
    }};
    if (slot < 0) {
        return {{0.45, 0.45, 0.45}, {2.0, 2.0}, Marker::None};
    }
    return styles[static_cast<std::size_t>(slot) % styles.size()];
}

const char* chart_kind_id(ChartKind kind) {
    switch (kind) {
    case ChartKind::ValueOverTerm:
        return "value";
    case ChartKind::Rollover:
        return "rollover";
    case ChartKind::OutcomeDistribution:
        return "outcomes";
    case ChartKind::Survival:
        return "survival";
    case ChartKind::Ladder:
        return "ladder";
    }
    return "value";
}

std::optional<ChartKind> chart_kind_from_id(const std::string& id) {
    for (ChartKind k : {ChartKind::ValueOverTerm, ChartKind::Rollover,
                        ChartKind::OutcomeDistribution, ChartKind::Survival, ChartKind::Ladder}) {
        if (id == chart_kind_id(k)) {
            return k;
        }
    }
    return std::nullopt;
}

namespace {

constexpr Colour grid_colour{0.86, 0.86, 0.86};
constexpr Colour axis_colour{0.35, 0.35, 0.35};

struct Scale {
    double lo = 0.0;
    double hi = 1.0;
    double step = 0.2;
    std::vector<double> ticks;
};

bool finite(double v) {
    return std::isfinite(v);
}

/// A "nice" step (1, 2, 2.5 or 5 times a power of ten) giving at most `max_ticks` intervals.
double nice_step(double span, int max_ticks) {
    const double raw = span / std::max(1, max_ticks);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * mag >= raw * (1.0 - 1e-9)) {
            return m * mag;
        }
    }
    return 10.0 * mag;
}

Scale make_scale(double lo, double hi, const Axis& axis, int max_ticks) {
    if (!finite(lo) || !finite(hi)) {
        lo = 0.0;
        hi = 1.0;
    }
    if (hi < lo) {
        std::swap(lo, hi);
    }
    if (hi - lo < 1e-12 * std::max(1.0, std::abs(hi))) {
        const double pad = std::max(std::abs(hi) * 0.05, 1e-6);
        lo -= pad;
        hi += pad;
    }
    Scale s;
    const bool fixed_lo = axis.min.has_value();
    const bool fixed_hi = axis.max.has_value();
    if (fixed_lo) {
        lo = *axis.min;
    }
    if (fixed_hi) {
        hi = *axis.max;
    }
    if (axis.format == AxisFormat::Power10) {
        const double span = std::max(1.0, hi - lo);
        s.step = 1.0;
        for (double m : {1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0}) {
            s.step = m;
            if (span / m <= max_ticks) {
                break;
            }
        }
    } else {
        s.step = nice_step(hi - lo, max_ticks);
        if (axis.format == AxisFormat::Days) {
            s.step = std::max(1.0, std::round(s.step)); // whole days
        }
    }
    s.lo = fixed_lo ? lo : std::floor(lo / s.step + 1e-9) * s.step;
    s.hi = fixed_hi ? hi : std::ceil(hi / s.step - 1e-9) * s.step;
    if (s.hi <= s.lo) {
        s.hi = s.lo + s.step;
    }
    for (double t = std::ceil(s.lo / s.step - 1e-9) * s.step; t <= s.hi + s.step * 1e-9;
         t += s.step) {
        s.ticks.push_back(std::abs(t) < s.step * 1e-9 ? 0.0 : t);
    }
    return s;
}

int decimals_for(double step) {
    if (!(step > 0.0)) {
        return 0;
    }
    const double d = -std::floor(std::log10(step) + 1e-9);
    int decimals = static_cast<int>(std::clamp(d, 0.0, 6.0));
    // 2.5 steps need one more digit than their power of ten.
    if (std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) >
        1e-6) {
        ++decimals;
    }
    return decimals;
}

std::string tick_label(double v, const Axis& axis, double step) {
    switch (axis.format) {
    case AxisFormat::Percent:
        return present::percent(v, decimals_for(step * 100.0));
    case AxisFormat::Power10:
        return power_of_ten_label(std::lround(v));
    case AxisFormat::Days:
    case AxisFormat::Years:
    case AxisFormat::Money:
    case AxisFormat::Number:
        return present::number(v, decimals_for(step));
    }
    return present::number(v, 2);
}

struct Bounds {
    double x_lo = std::numeric_limits<double>::infinity();
    double x_hi = -std::numeric_limits<double>::infinity();
    double y_lo = std::numeric_limits<double>::infinity();
    double y_hi = -std::numeric_limits<double>::infinity();
    void add_x(double x) {
        if (finite(x)) {
            x_lo = std::min(x_lo, x);
            x_hi = std::max(x_hi, x);
        }
    }
    void add_y(double y) {
        if (finite(y)) {
            y_lo = std::min(y_lo, y);
            y_hi = std::max(y_hi, y);
        }
    }
    bool empty_x() const { return x_lo > x_hi; }
    bool empty_y() const { return y_lo > y_hi; }
};

bool has_data(ChartKind kind, const ChartData& d) {
    if (kind == ChartKind::OutcomeDistribution) {
        return std::any_of(d.bins.begin(), d.bins.end(),
                           [](const HistogramBin& b) { return b.probability > 0.0; });
    }
    return std::any_of(d.series.begin(), d.series.end(),
                       [](const Series& s) { return !s.points.empty(); });
}

Bounds data_bounds(ChartKind kind, const ChartData& d) {
    Bounds b;
    if (kind == ChartKind::OutcomeDistribution) {
        for (const auto& bin : d.bins) {
            b.add_x(bin.lower);
            b.add_x(bin.upper);
            b.add_y(bin.probability);
        }
        b.add_y(0.0);
        if (d.loss_below) {
            b.add_x(*d.loss_below);
        }
    }
    for (const auto& s : d.series) {
        for (const auto& p : s.points) {
            b.add_x(p.x);
            b.add_y(p.y);
        }
    }
    for (const auto& m : d.marks) {
        b.add_y(m.value);
    }
    for (const auto& m : d.x_marks) {
        b.add_x(m.value);
    }
    if (kind == ChartKind::OutcomeDistribution && !b.empty_x()) {
        // Room either side so the outermost bars and marks are not on the frame.
        const double pad = std::max((b.x_hi - b.x_lo) * 0.06, std::abs(b.x_hi) * 0.01);
        // Payouts are never negative: do not pad below zero.
        b.x_lo = b.x_lo >= 0.0 ? std::max(0.0, b.x_lo - pad) : b.x_lo - pad;
        b.x_hi += pad;
        // Headroom for the labels, but a probability axis never goes past 100%.
        b.y_hi = b.y_hi <= 1.0 ? std::min(1.0, b.y_hi * 1.12) : b.y_hi * 1.12;
    } else if (!b.empty_y() && d.y.format != AxisFormat::Power10) {
        const double pad = (b.y_hi - b.y_lo) * 0.04;
        b.y_lo -= pad;
        b.y_hi += pad;
    }
    return b;
}

void stroke_style(cairo_t* cr, const SeriesStyle& st, double lw, bool greyscale) {
    set_source(cr, st.colour, greyscale);
    cairo_set_line_width(cr, lw);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    if (st.dashes.empty()) {
        cairo_set_dash(cr, nullptr, 0, 0.0);
    } else {
        std::vector<double> d;
        d.reserve(st.dashes.size());
        for (double v : st.dashes) {
            d.push_back(v * lw);
        }
        cairo_set_dash(cr, d.data(), static_cast<int>(d.size()), 0.0);
    }
}

void draw_marker(cairo_t* cr, Marker m, double x, double y, double size, const Colour& c,
                 const ChartStyle& style) {
    if (m == Marker::None) {
        return;
    }
    SavedState saved(cr);
    cairo_set_dash(cr, nullptr, 0, 0.0);
    const double r = size / 2.0;
    switch (m) {
    case Marker::Circle:
        cairo_arc(cr, x, y, r, 0.0, 2.0 * M_PI);
        break;
    case Marker::Square:
        cairo_rectangle(cr, x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r);
        break;
    case Marker::Triangle:
        cairo_move_to(cr, x, y - r * 1.15);
        cairo_line_to(cr, x + r * 1.05, y + r * 0.75);
        cairo_line_to(cr, x - r * 1.05, y + r * 0.75);
        cairo_close_path(cr);
        break;
    case Marker::Diamond:
        cairo_move_to(cr, x, y - r * 1.2);
        cairo_line_to(cr, x + r, y);
        cairo_line_to(cr, x, y + r * 1.2);
        cairo_line_to(cr, x - r, y);
        cairo_close_path(cr);
        break;
    case Marker::Cross:
        cairo_set_line_width(cr, std::max(1.0, size / 4.0));
        set_source(cr, c, style.greyscale);
        cairo_move_to(cr, x - r, y - r);
        cairo_line_to(cr, x + r, y + r);
        cairo_move_to(cr, x - r, y + r);
        cairo_line_to(cr, x + r, y - r);
        cairo_stroke(cr);
        return;
    case Marker::None:
        return;
    }
    // Filled in the series colour with a thin outline in the background colour, so markers
    // stay visible where lines cross.
    set_source(cr, c, style.greyscale);
    cairo_fill_preserve(cr);
    set_source(cr, style.background, false);
    cairo_set_line_width(cr, std::max(0.5, size / 8.0));
    cairo_stroke(cr);
}

/// A small sample of the series' look (line and marker) for the legend.
void draw_legend_sample(cairo_t* cr, const SeriesStyle& st, double x, double y, double w,
                        const ChartStyle& style) {
    SavedState saved(cr);
    stroke_style(cr, st, style.line_width, style.greyscale);
    cairo_move_to(cr, x, y);
    cairo_line_to(cr, x + w, y);
    cairo_stroke(cr);
    draw_marker(cr, st.marker, x + w / 2.0, y, style.line_width * 2.4 + 2.0, st.colour, style);
}

struct LegendEntry {
    std::string label;
    int slot = 0;
    bool swatch = false; ///< a filled box instead of a line (histogram bars)
    bool hatched = false;
};

std::vector<LegendEntry> legend_entries(ChartKind kind, const ChartData& d) {
    std::vector<LegendEntry> out;
    if (kind == ChartKind::OutcomeDistribution) {
        if (!d.series.empty() && !d.series.front().label.empty()) {
            out.push_back({d.series.front().label, 1, true, false});
        }
        if (d.loss_below && !d.loss_label.empty()) {
            out.push_back({d.loss_label, 0, true, true});
        }
        return out;
    }
    for (const auto& s : d.series) {
        if (!s.label.empty()) {
            out.push_back({s.label, s.style_slot, false, false});
        }
    }
    return out;
}

/// What every part of one chart drawing shares: where it draws, on what, with which fonts.
struct Ctx {
    cairo_t* cr;
    PangoContext* pc;
    ChartKind kind;
    const ChartData& data;
    const ChartStyle& style;
    Rect area;
    double fs;
    double pad;
    Font body;
    Font small;
    Font title;
};

/// What the title, legend, caption and axis titles leave of the area for the plot.
struct Frame {
    double top = 0.0;
    double bottom = 0.0;
    double left = 0.0;
    double right = 0.0;
    double width() const { return right - left; }
};

/// The plot's rectangle and its two scales.
struct Plot {
    Rect rect;
    Scale xs;
    Scale ys;
    double tick_len = 0.0;
    double px(double v) const { return rect.x + (v - xs.lo) / (xs.hi - xs.lo) * rect.width; }
    double py(double v) const {
        return rect.y + rect.height - (v - ys.lo) / (ys.hi - ys.lo) * rect.height;
    }
};

void draw_title(const Ctx& c, Frame& f) {
    set_source(c.cr, c.style.foreground, false);
    if (c.style.show_title && !c.data.title.empty()) {
        const Text t(c.pc, c.title, c.data.title, f.width());
        t.draw(c.cr, f.left, f.top);
        f.top += t.size().height + c.pad * 0.6;
    }
}

void draw_legend_entry(const Ctx& c, const LegendEntry& e, double x, double cy, double sample_w) {
    if (e.swatch) {
        const SeriesStyle st = series_style(e.slot);
        const Rect box{x, cy - c.fs * 0.4, sample_w, c.fs * 0.8};
        set_source(c.cr, st.colour, c.style.greyscale, e.hatched ? 0.14 : 0.55);
        cairo_rectangle(c.cr, box.x, box.y, box.width, box.height);
        cairo_fill(c.cr);
        if (e.hatched) {
            set_source(c.cr, st.colour, c.style.greyscale, 0.75);
            detail::hatch(c.cr, box, c.fs * 0.45, 0.6);
        }
    } else {
        draw_legend_sample(c.cr, series_style(e.slot), x, cy, sample_w, c.style);
    }
}

/// Legend: entries flow in reading order (left to right, or right to left with the sample on
/// the right of its label), wrapping.
void draw_legend(const Ctx& c, Frame& f) {
    if (!c.style.show_legend) {
        return;
    }
    const bool rtl = c.data.right_to_left;
    const double fs = c.fs;
    const auto entries = legend_entries(c.kind, c.data);
    const double sample_w = fs * 2.6;
    double pos = 0.0; // distance from the starting edge
    double row_h = 0.0;
    for (const auto& e : entries) {
        const Text t(c.pc, c.small, e.label);
        const auto sz = t.size();
        const double w = sample_w + fs * 0.4 + sz.width;
        if (pos > 0.0 && pos + w > f.width()) {
            pos = 0.0;
            f.top += row_h + fs * 0.25;
            row_h = 0.0;
        }
        const double x = rtl ? f.right - pos - sample_w : f.left + pos;
        const double text_x = rtl ? x - fs * 0.4 - sz.width : x + sample_w + fs * 0.4;
        draw_legend_entry(c, e, x, f.top + sz.height / 2.0, sample_w);
        set_source(c.cr, c.style.foreground, false);
        t.draw(c.cr, text_x, f.top);
        pos += w + fs * 1.2;
        row_h = std::max(row_h, sz.height);
    }
    if (!entries.empty()) {
        f.top += row_h + c.pad * 0.6;
    }
}

void draw_caption(const Ctx& c, Frame& f) {
    if (c.style.show_caption && !c.data.caption.empty()) {
        Font cap = c.small;
        cap.italic = true;
        const Text t(c.pc, cap, c.data.caption, f.width());
        f.bottom -= t.size().height;
        set_source(c.cr, axis_colour, false);
        t.draw(c.cr, f.left, f.bottom);
        f.bottom -= c.pad * 0.5;
    }
}

/// The y axis title sits above the plot, by the y axis on the left, so it reads in any script
/// without rotated text; the x axis title sits at the right end of the x axis. The axes keep
/// their direction in a right-to-left language, so these two do not mirror.
void draw_axis_titles(const Ctx& c, Frame& f) {
    if (!c.data.y.label.empty()) {
        const Text t(c.pc, c.small, c.data.y.label, f.width(), Align::Left);
        set_source(c.cr, axis_colour, false);
        t.draw(c.cr, f.left, f.top);
        f.top += t.size().height + c.pad * 0.4;
    }
    if (!c.data.x.label.empty()) {
        const Text t(c.pc, c.small, c.data.x.label, f.width(), Align::Right);
        f.bottom -= t.size().height;
        set_source(c.cr, axis_colour, false);
        t.draw(c.cr, f.left, f.bottom);
        f.bottom -= c.pad * 0.2;
    }
}

/// Draws the title, legend, caption and axis titles; returns the room they leave.
Frame draw_frame(const Ctx& c) {
    Frame f{c.area.y + c.pad * 0.5, c.area.y + c.area.height - c.pad * 0.5, c.area.x + c.pad,
            c.area.x + c.area.width - c.pad};
    draw_title(c, f);
    draw_legend(c, f);
    draw_caption(c, f);
    draw_axis_titles(c, f);
    return f;
}

/// X ticks, as many as leave each label the room it needs.
Scale x_scale(const Ctx& c, const Bounds& b, double plot_width) {
    Scale xs = make_scale(b.x_lo, b.x_hi, c.data.x, 8);
    for (int max_x = 8; max_x >= 2; --max_x) {
        xs = make_scale(b.x_lo, b.x_hi, c.data.x, max_x);
        double widest = 0.0;
        for (double t : xs.ticks) {
            widest = std::max(widest,
                              Text(c.pc, c.small, tick_label(t, c.data.x, xs.step)).size().width);
        }
        const double slots = static_cast<double>(std::max<std::size_t>(1, xs.ticks.size()));
        if (widest * 1.3 * slots <= plot_width) {
            break;
        }
    }
    return xs;
}

/// The plot's rectangle inside the frame, with the left margin the widest y tick label needs.
Plot plot_of(const Ctx& c, const Frame& f) {
    const double fs = c.fs;
    const Bounds b = data_bounds(c.kind, c.data);
    const double plot_h_guess = std::max(10.0, f.bottom - f.top - fs * 1.6);
    const int max_y_ticks = std::clamp(static_cast<int>(plot_h_guess / (fs * 2.6)), 2, 8);
    Plot p;
    p.ys = make_scale(b.y_lo, b.y_hi, c.data.y, max_y_ticks);
    double y_label_w = 0.0;
    for (double t : p.ys.ticks) {
        y_label_w = std::max(y_label_w,
                             Text(c.pc, c.small, tick_label(t, c.data.y, p.ys.step)).size().width);
    }
    p.tick_len = fs * 0.3;
    p.rect.x = f.left + y_label_w + p.tick_len + fs * 0.3;
    p.rect.width = std::max(10.0, f.right - p.rect.x - fs * 0.6);
    const double x_label_h = Text(c.pc, c.small, "0").size().height;
    p.rect.y = f.top + fs * 0.3;
    p.rect.height = std::max(10.0, f.bottom - p.rect.y - x_label_h - p.tick_len - fs * 0.2);
    p.xs = x_scale(c, b, p.rect.width);
    return p;
}

/// Grid lines, tick marks and tick labels of both axes.
void draw_grid(const Ctx& c, const Plot& p) {
    cairo_t* cr = c.cr;
    const Rect& r = p.rect;
    cairo_set_line_width(cr, 0.5);
    cairo_set_dash(cr, nullptr, 0, 0.0);
    for (double t : p.ys.ticks) {
        const double y = p.py(t);
        set_source(cr, grid_colour, false);
        cairo_move_to(cr, r.x, y);
        cairo_line_to(cr, r.x + r.width, y);
        cairo_stroke(cr);
        set_source(cr, axis_colour, false);
        cairo_move_to(cr, r.x - p.tick_len, y);
        cairo_line_to(cr, r.x, y);
        cairo_stroke(cr);
        const Text label(c.pc, c.small, tick_label(t, c.data.y, p.ys.step));
        const auto sz = label.size();
        set_source(cr, c.style.foreground, false);
        label.draw(cr, r.x - p.tick_len - c.fs * 0.2 - sz.width, y - sz.height / 2.0);
    }
    for (double t : p.xs.ticks) {
        const double x = p.px(t);
        set_source(cr, grid_colour, false);
        cairo_move_to(cr, x, r.y);
        cairo_line_to(cr, x, r.y + r.height);
        cairo_stroke(cr);
        set_source(cr, axis_colour, false);
        cairo_move_to(cr, x, r.y + r.height);
        cairo_line_to(cr, x, r.y + r.height + p.tick_len);
        cairo_stroke(cr);
        const Text label(c.pc, c.small, tick_label(t, c.data.x, p.xs.step));
        const auto sz = label.size();
        const double lx = std::clamp(x - sz.width / 2.0, c.area.x + 1.0,
                                     c.area.x + c.area.width - sz.width - 1.0);
        set_source(cr, c.style.foreground, false);
        label.draw(cr, lx, r.y + r.height + p.tick_len);
    }
}

/// A histogram bar from the axis at `base` up to its probability; at least 3 units wide, so that
/// a point mass stays visible.
Rect bar_box(const Plot& p, const HistogramBin& bin, double base) {
    double x0 = p.px(bin.lower);
    double x1 = p.px(bin.upper);
    if (x1 - x0 < 3.0) {
        const double mid = (x0 + x1) / 2.0;
        x0 = mid - 1.5;
        x1 = mid + 1.5;
    }
    const double top_y = p.py(bin.probability);
    return {x0, top_y, x1 - x0, base - top_y};
}

/// The outcome histogram: the loss region shaded and hatched, then the bars.
void draw_histogram(const Ctx& c, const Plot& p) {
    cairo_t* cr = c.cr;
    const ChartData& data = c.data;
    const double base = p.py(std::max(p.ys.lo, 0.0));
    if (data.loss_below && *data.loss_below > p.xs.lo) {
        const SeriesStyle loss = series_style(0);
        const Rect region{p.rect.x, p.rect.y, p.px(*data.loss_below) - p.rect.x, p.rect.height};
        set_source(cr, loss.colour, c.style.greyscale, 0.10);
        cairo_rectangle(cr, region.x, region.y, region.width, region.height);
        cairo_fill(cr);
        set_source(cr, loss.colour, c.style.greyscale, 0.45);
        detail::hatch(cr, region, c.fs * 0.9, 0.5);
    }
    for (const auto& bin : data.bins) {
        if (!(bin.probability > 0.0)) {
            continue;
        }
        const Rect bar = bar_box(p, bin, base);
        const bool is_loss = data.loss_below && bin.upper <= *data.loss_below + 1e-9;
        const SeriesStyle st = series_style(is_loss ? 0 : 1);
        set_source(cr, st.colour, c.style.greyscale, 0.75);
        cairo_rectangle(cr, bar.x, bar.y, bar.width, bar.height);
        cairo_fill_preserve(cr);
        set_source(cr, st.colour, c.style.greyscale);
        cairo_set_line_width(cr, 0.6);
        cairo_stroke(cr);
    }
}

/// The reference lines (their labels come later, over everything).
void draw_reference_lines(const Ctx& c, const Plot& p) {
    cairo_t* cr = c.cr;
    const Rect& r = p.rect;
    for (const auto& m : c.data.marks) {
        const double y = p.py(m.value);
        const SeriesStyle st = series_style(m.style_slot);
        stroke_style(cr, st, m.style_slot < 0 ? 0.7 : c.style.line_width * 0.8, c.style.greyscale);
        cairo_move_to(cr, r.x, y);
        cairo_line_to(cr, r.x + r.width, y);
        cairo_stroke(cr);
    }
    for (const auto& m : c.data.x_marks) {
        const double x = p.px(m.value);
        const SeriesStyle st = series_style(m.style_slot);
        stroke_style(cr, st, m.style_slot < 0 ? 0.8 : c.style.line_width * 0.8, c.style.greyscale);
        cairo_move_to(cr, x, r.y);
        cairo_line_to(cr, x, r.y + r.height);
        cairo_stroke(cr);
    }
}

/// The series' lines; a point that is not finite lifts the pen.
void draw_series_lines(const Ctx& c, const Plot& p) {
    cairo_t* cr = c.cr;
    for (const auto& s : c.data.series) {
        if (s.points.empty()) {
            continue;
        }
        stroke_style(cr, series_style(s.style_slot), c.style.line_width, c.style.greyscale);
        bool pen_down = false;
        for (const auto& pt : s.points) {
            if (!finite(pt.x) || !finite(pt.y)) {
                pen_down = false;
                continue;
            }
            if (pen_down) {
                cairo_line_to(cr, p.px(pt.x), p.py(pt.y));
            } else {
                cairo_move_to(cr, p.px(pt.x), p.py(pt.y));
                pen_down = true;
            }
        }
        cairo_stroke(cr);
    }
}

/// Markers on top of every line, at a thinned, slot-staggered subset of points.
void draw_series_markers(const Ctx& c, const Plot& p) {
    for (const auto& s : c.data.series) {
        if (!s.markers || s.points.empty()) {
            continue;
        }
        const SeriesStyle st = series_style(s.style_slot);
        const std::size_t n = s.points.size();
        const std::size_t every = n <= 12 ? 1 : (n + 5) / 6;
        const std::size_t phase =
            every == 1 ? 0
                       : (static_cast<std::size_t>(std::max(0, s.style_slot)) * every / 3) % every;
        for (std::size_t i = phase; i < n; i += every) {
            const auto& pt = s.points[i];
            if (finite(pt.x) && finite(pt.y)) {
                draw_marker(c.cr, st.marker, p.px(pt.x), p.py(pt.y), c.style.line_width * 2.4 + 2.0,
                            st.colour, c.style);
            }
        }
    }
}

/// Everything inside the plot, clipped to it: bars, reference lines, series and markers.
void draw_plot_contents(const Ctx& c, const Plot& p) {
    SavedState clip(c.cr);
    cairo_rectangle(c.cr, p.rect.x, p.rect.y, p.rect.width, p.rect.height);
    cairo_clip(c.cr);
    if (c.kind == ChartKind::OutcomeDistribution) {
        draw_histogram(c, p);
    }
    draw_reference_lines(c, p);
    if (c.kind != ChartKind::OutcomeDistribution) {
        draw_series_lines(c, p);
        draw_series_markers(c, p);
    }
}

/// The loss label's box inside the shaded region of the outcome histogram, when it is drawn
/// (only where it fits).
std::optional<Rect> loss_label_box(const Ctx& c, const Plot& p, const Font& font) {
    const ChartData& data = c.data;
    if (c.kind != ChartKind::OutcomeDistribution || !data.loss_below || data.loss_label.empty() ||
        *data.loss_below <= p.xs.lo) {
        return std::nullopt;
    }
    const TextSize sz = Text(c.pc, font, data.loss_label).size();
    if (sz.width + 6.0 >= p.px(*data.loss_below) - p.rect.x) {
        return std::nullopt;
    }
    return Rect{p.rect.x + 2.0, p.rect.y + p.rect.height * 0.35, sz.width + 4.0, sz.height};
}

/// The series' lines and markers, the bars, the loss label and the reference lines: what the
/// labels of the reference lines keep clear of.
detail::Obstacles obstacles_of(const Ctx& c, const Plot& p, const std::optional<Rect>& loss) {
    detail::Obstacles o;
    o.clearance = c.style.line_width * 1.2 + 1.5; // half a marker and a little air
    if (c.kind == ChartKind::OutcomeDistribution) {
        const double base = p.py(std::max(p.ys.lo, 0.0));
        for (const auto& bin : c.data.bins) {
            if (bin.probability > 0.0) {
                o.boxes.push_back(bar_box(p, bin, base));
            }
        }
    } else {
        for (const auto& s : c.data.series) {
            bool pen_down = false; // as draw_series_lines: a point that is not finite lifts it
            Point last;
            for (const auto& pt : s.points) {
                if (!finite(pt.x) || !finite(pt.y)) {
                    pen_down = false;
                    continue;
                }
                const Point here{p.px(pt.x), p.py(pt.y)};
                o.data.push_back({pen_down ? last : here, here});
                last = here;
                pen_down = true;
            }
        }
    }
    if (loss) {
        o.boxes.push_back(*loss);
    }
    for (const auto& m : c.data.marks) {
        o.lines.push_back({{p.rect.x, p.py(m.value)}, {p.rect.x + p.rect.width, p.py(m.value)}});
    }
    for (const auto& m : c.data.x_marks) {
        o.lines.push_back({{p.px(m.value), p.rect.y}, {p.px(m.value), p.rect.y + p.rect.height}});
    }
    return o;
}

/// Where the label of a horizontal line at `y` may go, best first: just above the line, then
/// just below, at the start of the line in reading order, at its end, then along it; then one
/// and two labels' heights further off (drawn with a leader to the line).
std::vector<Rect> mark_candidates(const Ctx& c, const Plot& p, double y, const TextSize& sz) {
    const double w = sz.width + 2.0;
    const double h = sz.height;
    const double first = p.rect.x + 2.0;
    const double last = std::max(first, p.rect.x + p.rect.width - w - 2.0);
    std::vector<Rect> out;
    for (int level = 0; level < 3; ++level) {
        for (double f : {0.0, 1.0, 0.5, 0.25, 0.75, 0.125, 0.375, 0.625, 0.875}) {
            const double x =
                c.data.right_to_left ? last - f * (last - first) : first + f * (last - first);
            out.push_back({x, y - h - 1.0 - level * h, w, h});
            out.push_back({x, y + 1.0 + level * h, w, h});
        }
    }
    return out;
}

/// Where the label of a vertical line at `x` may go, best first: beside the line (after it in
/// reading order, then before it), from the top of the plot down.
std::vector<Rect> x_mark_candidates(const Ctx& c, const Plot& p, double x, const TextSize& sz) {
    const double w = sz.width + 2.0;
    const double h = sz.height;
    const double after = c.data.right_to_left ? x - 1.0 - w : x + 1.0;
    const double before = c.data.right_to_left ? x + 1.0 : x - 1.0 - w;
    std::vector<Rect> out;
    for (double y = p.rect.y + 1.0; y + h <= p.rect.y + p.rect.height; y += h * 0.5) {
        out.push_back({after, y, w, h});
        out.push_back({before, y, w, h});
    }
    return out;
}

/// The leader of a horizontal line's label in `box`: none when the label sits right at its line
/// at `line_y`, else a hairline from the label's starting corner to the line.
std::optional<detail::Segment> leader_of(const Ctx& c, const Rect& box, double line_y) {
    if (line_y >= box.y - 2.0 && line_y <= box.y + box.height + 2.0) {
        return std::nullopt;
    }
    const double x = c.data.right_to_left ? box.x + box.width - 4.0 : box.x + 4.0;
    return detail::Segment{{x, line_y < box.y ? box.y : box.y + box.height}, {x, line_y}};
}

/// Places the labels of every reference line, each beside its own line and clear of the data
/// and of the others where the plot leaves room (label_placement.hpp).
std::vector<Rect> place_mark_labels(const Ctx& c, const Plot& p, const std::optional<Rect>& loss) {
    const detail::Obstacles o = obstacles_of(c, p, loss);
    std::vector<std::vector<Rect>> candidates;
    std::vector<int> own;
    for (const auto& m : c.data.marks) {
        const TextSize sz = Text(c.pc, c.small, m.label).size();
        candidates.push_back(mark_candidates(c, p, p.py(m.value), sz));
        own.push_back(static_cast<int>(own.size()));
    }
    for (const auto& m : c.data.x_marks) {
        const TextSize sz = Text(c.pc, c.small, m.label).size();
        candidates.push_back(x_mark_candidates(c, p, p.px(m.value), sz));
        own.push_back(static_cast<int>(own.size()));
    }
    const auto leader = [&](std::size_t i, const Rect& box) {
        return i < c.data.marks.size() ? leader_of(c, box, p.py(c.data.marks[i].value))
                                       : std::nullopt;
    };
    return detail::place_labels(candidates, own, p.rect, o, leader);
}

/// A reference line's label in its box, on a translucent backing that keeps it readable over
/// the grid. A label of a horizontal line at `line_y` that could not sit right at it (lines too
/// close together) gets a leader: a hairline from the label to a dot on its line.
void draw_mark_label(const Ctx& c, const Mark& m, const Rect& box, std::optional<double> line_y) {
    const Colour colour = m.style_slot < 0 ? c.style.foreground : series_style(m.style_slot).colour;
    if (const auto leader = line_y ? leader_of(c, box, *line_y) : std::nullopt) {
        set_source(c.cr, colour, c.style.greyscale);
        cairo_set_dash(c.cr, nullptr, 0, 0.0);
        cairo_set_line_width(c.cr, 0.7);
        cairo_move_to(c.cr, leader->a.x, leader->a.y);
        cairo_line_to(c.cr, leader->b.x, leader->b.y);
        cairo_stroke(c.cr);
        cairo_arc(c.cr, leader->b.x, leader->b.y, 1.6, 0.0, 2.0 * M_PI);
        cairo_fill(c.cr);
    }
    const Text t(c.pc, c.small, m.label);
    set_source(c.cr, c.style.background, false, 0.8);
    cairo_rectangle(c.cr, box.x, box.y, box.width, box.height);
    cairo_fill(c.cr);
    set_source(c.cr, colour, c.style.greyscale);
    t.draw(c.cr, box.x + 1.0, box.y);
}

/// The outcome histogram's "Loss" label inside the shaded region, when it fits there.
void draw_loss_label(const Ctx& c, const Rect& box, const Font& font) {
    const Text t(c.pc, font, c.data.loss_label);
    set_source(c.cr, c.style.background, false, 0.85);
    cairo_rectangle(c.cr, box.x, box.y, box.width, box.height);
    cairo_fill(c.cr);
    set_source(c.cr, series_style(0).colour, c.style.greyscale);
    t.draw(c.cr, box.x + 2.0, box.y);
}

/// The labels over the plot: of the reference lines, then the loss region's. Returns the
/// reference lines' label boxes, horizontal lines' first.
std::vector<Rect> draw_labels(const Ctx& c, const Plot& p) {
    Font bold = c.small;
    bold.bold = true;
    const std::optional<Rect> loss = loss_label_box(c, p, bold);
    std::vector<Rect> boxes = place_mark_labels(c, p, loss);
    const std::size_t n = c.data.marks.size();
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (i < n) {
            draw_mark_label(c, c.data.marks[i], boxes[i], p.py(c.data.marks[i].value));
        } else {
            draw_mark_label(c, c.data.x_marks[i - n], boxes[i], std::nullopt);
        }
    }
    if (loss) {
        draw_loss_label(c, *loss, bold);
    }
    return boxes;
}

/// The two axes, on top of everything.
void draw_axes(const Ctx& c, const Plot& p) {
    set_source(c.cr, axis_colour, false);
    cairo_set_line_width(c.cr, 0.8);
    cairo_set_dash(c.cr, nullptr, 0, 0.0);
    cairo_move_to(c.cr, p.rect.x, p.rect.y);
    cairo_line_to(c.cr, p.rect.x, p.rect.y + p.rect.height);
    cairo_line_to(c.cr, p.rect.x + p.rect.width, p.rect.y + p.rect.height);
    cairo_stroke(c.cr);
}

void draw_no_data(const Ctx& c, const Frame& f) {
    // TRANSLATORS: shown in place of a chart that has nothing to draw.
    const Text t(c.pc, c.body, i18n::tr("No data to chart"), f.width(), Align::Centre);
    set_source(c.cr, axis_colour, false);
    t.draw(c.cr, f.left, (f.top + f.bottom - t.size().height) / 2.0);
}

/// Draws a chart other than the ladder; returns where its plot and labels went.
ChartLayout draw_plotted(cairo_t* cr, ChartKind kind, const ChartData& data, const Rect& area,
                         const ChartStyle& style) {
    detail::TextContext tc(cr, data.right_to_left);
    const double fs = style.font_size;
    const Ctx c{cr,
                tc.get(),
                kind,
                data,
                style,
                area,
                fs,
                fs * 0.5,
                Font{style.font_family, fs},
                Font{style.font_family, fs * 0.9},
                Font{style.font_family, fs * 1.2, true}};
    const Frame f = draw_frame(c);
    ChartLayout out;
    if (!has_data(kind, data)) {
        draw_no_data(c, f);
        return out;
    }
    const Plot p = plot_of(c, f);
    draw_grid(c, p);
    draw_plot_contents(c, p);
    std::vector<Rect> boxes = draw_labels(c, p);
    draw_axes(c, p);
    out.plot = p.rect;
    out.x_lo = p.xs.lo;
    out.x_hi = p.xs.hi;
    out.y_lo = p.ys.lo;
    out.y_hi = p.ys.hi;
    out.x_mark_labels.assign(boxes.begin() + static_cast<std::ptrdiff_t>(data.marks.size()),
                             boxes.end());
    boxes.resize(data.marks.size());
    out.mark_labels = std::move(boxes);
    return out;
}

/// draw_chart, returning the layout of what it drew.
ChartLayout draw_and_lay_out(cairo_t* cr, ChartKind kind, const ChartData& data, const Rect& area,
                             const ChartStyle& style) {
    if (cr == nullptr || area.width <= 4.0 || area.height <= 4.0) {
        return {};
    }
    SavedState saved(cr);
    cairo_rectangle(cr, area.x, area.y, area.width, area.height);
    cairo_clip(cr);
    if (style.draw_background) {
        set_source(cr, style.background, false);
        cairo_paint(cr);
    }
    if (kind == ChartKind::Ladder) {
        detail::draw_ladder(cr, data, area, style);
        return {};
    }
    return draw_plotted(cr, kind, data, area, style);
}

} // namespace

Point ChartLayout::position(const Point& p) const {
    return {plot.x + (p.x - x_lo) / (x_hi - x_lo) * plot.width,
            plot.y + plot.height - (p.y - y_lo) / (y_hi - y_lo) * plot.height};
}

void draw_chart(cairo_t* cr, ChartKind kind, const ChartData& data, const Rect& area,
                const ChartStyle& style) {
    draw_and_lay_out(cr, kind, data, area, style);
}

ChartLayout chart_layout(cairo_t* cr, ChartKind kind, const ChartData& data, const Rect& area,
                         const ChartStyle& style) {
    if (cr == nullptr) {
        return {};
    }
    // The same drawing, into a group that is then dropped: the layout is what draw_chart does.
    cairo_push_group(cr);
    ChartLayout out = draw_and_lay_out(cr, kind, data, area, style);
    cairo_pattern_destroy(cairo_pop_group(cr));
    return out;
}

} // namespace candor::render
