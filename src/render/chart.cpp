#include "chart.hpp"

#include "draw_util.hpp"
#include "text.hpp"

#include "i18n/tr.hpp"
#include "present/number_format.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace candor::render {

using detail::Align;
using detail::Font;
using detail::SavedState;
using detail::set_source;
using detail::superscript;
using detail::Text;

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
        // Superscript digits exist only for Latin digits: where the language writes others
        // (Arabic), the axis writes the power of ten as its text does ("١٠^٢٥").
        if (present::number(0.0, 0) != "0") {
            return present::power_of_ten(std::round(v), 0);
        }
        return "10" + superscript(std::lround(v));
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

} // namespace

void draw_chart(cairo_t* cr, ChartKind kind, const ChartData& data, const Rect& area,
                const ChartStyle& style) {
    if (cr == nullptr || area.width <= 4.0 || area.height <= 4.0) {
        return;
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
        return;
    }
    const bool rtl = data.right_to_left;
    detail::TextContext tc(cr, rtl);
    const double fs = style.font_size;
    const double pad = fs * 0.5;
    const Font body{style.font_family, fs};
    const Font small{style.font_family, fs * 0.9};
    const Font title_font{style.font_family, fs * 1.2, true};

    double top = area.y + pad * 0.5;
    double bottom = area.y + area.height - pad * 0.5;
    const double left = area.x + pad;
    const double right = area.x + area.width - pad;
    const double inner_w = right - left;

    set_source(cr, style.foreground, false);
    if (style.show_title && !data.title.empty()) {
        const Text t(tc.get(), title_font, data.title, inner_w);
        t.draw(cr, left, top);
        top += t.size().height + pad * 0.6;
    }

    // Legend: entries flow in reading order (left to right, or right to left with the sample on
    // the right of its label), wrapping.
    if (style.show_legend) {
        const auto entries = legend_entries(kind, data);
        const double sample_w = fs * 2.6;
        double pos = 0.0; // distance from the starting edge
        double row_h = 0.0;
        for (const auto& e : entries) {
            const Text t(tc.get(), small, e.label);
            const auto sz = t.size();
            const double w = sample_w + fs * 0.4 + sz.width;
            if (pos > 0.0 && pos + w > inner_w) {
                pos = 0.0;
                top += row_h + fs * 0.25;
                row_h = 0.0;
            }
            const double x = rtl ? right - pos - sample_w : left + pos;
            const double text_x = rtl ? x - fs * 0.4 - sz.width : x + sample_w + fs * 0.4;
            const double cy = top + sz.height / 2.0;
            if (e.swatch) {
                const SeriesStyle st = series_style(e.slot);
                const Rect box{x, cy - fs * 0.4, sample_w, fs * 0.8};
                set_source(cr, st.colour, style.greyscale, e.hatched ? 0.14 : 0.55);
                cairo_rectangle(cr, box.x, box.y, box.width, box.height);
                cairo_fill(cr);
                if (e.hatched) {
                    set_source(cr, st.colour, style.greyscale, 0.75);
                    detail::hatch(cr, box, fs * 0.45, 0.6);
                }
            } else {
                draw_legend_sample(cr, series_style(e.slot), x, cy, sample_w, style);
            }
            set_source(cr, style.foreground, false);
            t.draw(cr, text_x, top);
            pos += w + fs * 1.2;
            row_h = std::max(row_h, sz.height);
        }
        if (!entries.empty()) {
            top += row_h + pad * 0.6;
        }
    }

    if (style.show_caption && !data.caption.empty()) {
        Font cap = small;
        cap.italic = true;
        const Text t(tc.get(), cap, data.caption, inner_w);
        bottom -= t.size().height;
        set_source(cr, axis_colour, false);
        t.draw(cr, left, bottom);
        bottom -= pad * 0.5;
    }

    // The y axis title sits above the plot, by the y axis on the left, so it reads in any script
    // without rotated text; the x axis title sits at the right end of the x axis. The axes keep
    // their direction in a right-to-left language, so these two do not mirror.
    if (!data.y.label.empty()) {
        const Text t(tc.get(), small, data.y.label, inner_w, Align::Left);
        set_source(cr, axis_colour, false);
        t.draw(cr, left, top);
        top += t.size().height + pad * 0.4;
    }
    if (!data.x.label.empty()) {
        const Text t(tc.get(), small, data.x.label, inner_w, Align::Right);
        bottom -= t.size().height;
        set_source(cr, axis_colour, false);
        t.draw(cr, left, bottom);
        bottom -= pad * 0.2;
    }

    if (!has_data(kind, data)) {
        // TRANSLATORS: shown in place of a chart that has nothing to draw.
        const Text t(tc.get(), body, i18n::tr("No data to chart"), inner_w, Align::Centre);
        set_source(cr, axis_colour, false);
        t.draw(cr, left, (top + bottom - t.size().height) / 2.0);
        return;
    }

    const Bounds b = data_bounds(kind, data);
    const double plot_h_guess = std::max(10.0, bottom - top - fs * 1.6);
    const int max_y_ticks = std::clamp(static_cast<int>(plot_h_guess / (fs * 2.6)), 2, 8);
    const Scale ys = make_scale(b.y_lo, b.y_hi, data.y, max_y_ticks);

    // Left margin: the widest y tick label.
    std::vector<Text> y_labels;
    double y_label_w = 0.0;
    for (double t : ys.ticks) {
        y_labels.emplace_back(tc.get(), small, tick_label(t, data.y, ys.step));
        y_label_w = std::max(y_label_w, y_labels.back().size().width);
    }
    const double tick_len = fs * 0.3;
    Rect plot;
    plot.x = left + y_label_w + tick_len + fs * 0.3;
    plot.width = std::max(10.0, right - plot.x - fs * 0.6);
    const double x_label_h = Text(tc.get(), small, "0").size().height;
    plot.y = top + fs * 0.3;
    plot.height = std::max(10.0, bottom - plot.y - x_label_h - tick_len - fs * 0.2);

    // X ticks, sized to the space a label needs.
    Scale xs = make_scale(b.x_lo, b.x_hi, data.x, 8);
    for (int max_x = 8; max_x >= 2; --max_x) {
        xs = make_scale(b.x_lo, b.x_hi, data.x, max_x);
        double widest = 0.0;
        for (double t : xs.ticks) {
            widest = std::max(widest,
                              Text(tc.get(), small, tick_label(t, data.x, xs.step)).size().width);
        }
        const double slots = static_cast<double>(std::max<std::size_t>(1, xs.ticks.size()));
        if (widest * 1.3 * slots <= plot.width) {
            break;
        }
    }

    const auto px = [&](double v) { return plot.x + (v - xs.lo) / (xs.hi - xs.lo) * plot.width; };
    const auto py = [&](double v) {
        return plot.y + plot.height - (v - ys.lo) / (ys.hi - ys.lo) * plot.height;
    };

    // Grid and ticks.
    cairo_set_line_width(cr, 0.5);
    cairo_set_dash(cr, nullptr, 0, 0.0);
    for (std::size_t i = 0; i < ys.ticks.size(); ++i) {
        const double y = py(ys.ticks[i]);
        set_source(cr, grid_colour, false);
        cairo_move_to(cr, plot.x, y);
        cairo_line_to(cr, plot.x + plot.width, y);
        cairo_stroke(cr);
        set_source(cr, axis_colour, false);
        cairo_move_to(cr, plot.x - tick_len, y);
        cairo_line_to(cr, plot.x, y);
        cairo_stroke(cr);
        const auto sz = y_labels[i].size();
        set_source(cr, style.foreground, false);
        y_labels[i].draw(cr, plot.x - tick_len - fs * 0.2 - sz.width, y - sz.height / 2.0);
    }
    for (double t : xs.ticks) {
        const double x = px(t);
        set_source(cr, grid_colour, false);
        cairo_move_to(cr, x, plot.y);
        cairo_line_to(cr, x, plot.y + plot.height);
        cairo_stroke(cr);
        set_source(cr, axis_colour, false);
        cairo_move_to(cr, x, plot.y + plot.height);
        cairo_line_to(cr, x, plot.y + plot.height + tick_len);
        cairo_stroke(cr);
        const Text label(tc.get(), small, tick_label(t, data.x, xs.step));
        const auto sz = label.size();
        double lx = x - sz.width / 2.0;
        lx = std::clamp(lx, area.x + 1.0, area.x + area.width - sz.width - 1.0);
        set_source(cr, style.foreground, false);
        label.draw(cr, lx, plot.y + plot.height + tick_len);
    }

    {
        SavedState clip(cr);
        cairo_rectangle(cr, plot.x, plot.y, plot.width, plot.height);
        cairo_clip(cr);

        if (kind == ChartKind::OutcomeDistribution) {
            const double base = py(std::max(ys.lo, 0.0));
            if (data.loss_below && *data.loss_below > xs.lo) {
                const SeriesStyle loss = series_style(0);
                const Rect region{plot.x, plot.y, px(*data.loss_below) - plot.x, plot.height};
                set_source(cr, loss.colour, style.greyscale, 0.10);
                cairo_rectangle(cr, region.x, region.y, region.width, region.height);
                cairo_fill(cr);
                set_source(cr, loss.colour, style.greyscale, 0.45);
                detail::hatch(cr, region, fs * 0.9, 0.5);
            }
            for (const auto& bin : data.bins) {
                if (!(bin.probability > 0.0)) {
                    continue;
                }
                double x0 = px(bin.lower);
                double x1 = px(bin.upper);
                if (x1 - x0 < 3.0) { // a point mass: keep it visible
                    const double mid = (x0 + x1) / 2.0;
                    x0 = mid - 1.5;
                    x1 = mid + 1.5;
                }
                const bool is_loss = data.loss_below && bin.upper <= *data.loss_below + 1e-9;
                const SeriesStyle st = series_style(is_loss ? 0 : 1);
                const double top_y = py(bin.probability);
                set_source(cr, st.colour, style.greyscale, 0.75);
                cairo_rectangle(cr, x0, top_y, x1 - x0, base - top_y);
                cairo_fill_preserve(cr);
                set_source(cr, st.colour, style.greyscale);
                cairo_set_line_width(cr, 0.6);
                cairo_stroke(cr);
            }
        }

        // Reference lines under the series.
        for (const auto& m : data.marks) {
            const double y = py(m.value);
            const SeriesStyle st = series_style(m.style_slot);
            stroke_style(cr, st, m.style_slot < 0 ? 0.7 : style.line_width * 0.8, style.greyscale);
            cairo_move_to(cr, plot.x, y);
            cairo_line_to(cr, plot.x + plot.width, y);
            cairo_stroke(cr);
        }
        for (const auto& m : data.x_marks) {
            const double x = px(m.value);
            const SeriesStyle st = series_style(m.style_slot);
            stroke_style(cr, st, m.style_slot < 0 ? 0.8 : style.line_width * 0.8, style.greyscale);
            cairo_move_to(cr, x, plot.y);
            cairo_line_to(cr, x, plot.y + plot.height);
            cairo_stroke(cr);
        }

        if (kind != ChartKind::OutcomeDistribution) {
            for (const auto& s : data.series) {
                if (s.points.empty()) {
                    continue;
                }
                const SeriesStyle st = series_style(s.style_slot);
                stroke_style(cr, st, style.line_width, style.greyscale);
                bool pen_down = false;
                for (const auto& p : s.points) {
                    if (!finite(p.x) || !finite(p.y)) {
                        pen_down = false;
                        continue;
                    }
                    if (pen_down) {
                        cairo_line_to(cr, px(p.x), py(p.y));
                    } else {
                        cairo_move_to(cr, px(p.x), py(p.y));
                        pen_down = true;
                    }
                }
                cairo_stroke(cr);
            }
            // Markers on top of every line, at a thinned, slot-staggered subset of points.
            for (const auto& s : data.series) {
                if (!s.markers || s.points.empty()) {
                    continue;
                }
                const SeriesStyle st = series_style(s.style_slot);
                const std::size_t n = s.points.size();
                const std::size_t every = n <= 12 ? 1 : (n + 5) / 6;
                const std::size_t phase =
                    every == 1
                        ? 0
                        : (static_cast<std::size_t>(std::max(0, s.style_slot)) * every / 3) % every;
                for (std::size_t i = phase; i < n; i += every) {
                    const auto& p = s.points[i];
                    if (finite(p.x) && finite(p.y)) {
                        draw_marker(cr, st.marker, px(p.x), py(p.y), style.line_width * 2.4 + 2.0,
                                    st.colour, style);
                    }
                }
            }
        }
    }

    // Labels of the reference lines, nudged apart so they do not overprint.
    {
        struct Placed {
            double y;
            std::size_t index;
        };
        std::vector<Placed> placed;
        for (std::size_t i = 0; i < data.marks.size(); ++i) {
            placed.push_back({py(data.marks[i].value), i});
        }
        std::sort(placed.begin(), placed.end(),
                  [](const Placed& a, const Placed& c) { return a.y > c.y; });
        double ceiling = plot.y + plot.height + 1e9;
        for (const auto& p : placed) {
            const Text t(tc.get(), small, data.marks[p.index].label);
            const auto sz = t.size();
            double y = std::min(p.y - sz.height - 0.5, ceiling - sz.height);
            y = std::max(y, plot.y);
            ceiling = y;
            // A translucent backing keeps the label readable over grid and lines.
            set_source(cr, style.background, false, 0.8);
            cairo_rectangle(cr, plot.x + 2.0, y, sz.width + 2.0, sz.height);
            cairo_fill(cr);
            set_source(cr,
                       data.marks[p.index].style_slot < 0
                           ? style.foreground
                           : series_style(data.marks[p.index].style_slot).colour,
                       style.greyscale);
            t.draw(cr, plot.x + 3.0, y);
        }
        double row_y = plot.y + 1.0;
        double last_right = -1e9;
        for (const auto& m : data.x_marks) {
            const Text t(tc.get(), small, m.label);
            const auto sz = t.size();
            const double x = px(m.value);
            double lx = x + 2.0;
            if (lx + sz.width > plot.x + plot.width) {
                lx = x - 2.0 - sz.width;
            }
            if (lx < last_right + 2.0) {
                row_y += sz.height;
            } else {
                row_y = plot.y + 1.0;
            }
            last_right = lx + sz.width;
            set_source(cr, style.background, false, 0.8);
            cairo_rectangle(cr, lx - 1.0, row_y, sz.width + 2.0, sz.height);
            cairo_fill(cr);
            set_source(cr, m.style_slot < 0 ? style.foreground : series_style(m.style_slot).colour,
                       style.greyscale);
            t.draw(cr, lx, row_y);
        }
        if (kind == ChartKind::OutcomeDistribution && data.loss_below && !data.loss_label.empty() &&
            *data.loss_below > xs.lo) {
            Font bold = small;
            bold.bold = true;
            const Text t(tc.get(), bold, data.loss_label);
            const auto sz = t.size();
            const double region_w = px(*data.loss_below) - plot.x;
            if (sz.width + 6.0 < region_w) {
                set_source(cr, style.background, false, 0.85);
                cairo_rectangle(cr, plot.x + 2.0, plot.y + plot.height * 0.35, sz.width + 4.0,
                                sz.height);
                cairo_fill(cr);
                set_source(cr, series_style(0).colour, style.greyscale);
                t.draw(cr, plot.x + 4.0, plot.y + plot.height * 0.35);
            }
        }
    }

    // Axes on top.
    set_source(cr, axis_colour, false);
    cairo_set_line_width(cr, 0.8);
    cairo_set_dash(cr, nullptr, 0, 0.0);
    cairo_move_to(cr, plot.x, plot.y);
    cairo_line_to(cr, plot.x, plot.y + plot.height);
    cairo_line_to(cr, plot.x + plot.width, plot.y + plot.height);
    cairo_stroke(cr);
}

} // namespace candor::render
