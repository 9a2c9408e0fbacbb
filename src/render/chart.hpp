#pragma once
/// \file chart.hpp
/// The one drawing code for Candor's charts. Everything here draws on a caller's cairo_t: the
/// app passes the context of wxGraphicsContext::GetNativeContext() (screen, preview, printer),
/// the CLI and reports pass a PDF, PNG or SVG surface's context. The data are plain structs,
/// already translated; builders from core's results live in chart_data.hpp.
///
/// Units: every length (rectangles, font sizes, line widths) is in the caller's cairo user
/// units. On paper those are points (1/72 inch); on screen the app chooses (pixels, or points
/// scaled by the DPI). Text is laid out with pango at 72 units per inch of font size, so a
/// 9-unit font is 9 points on paper.

#include "core/scenario.hpp"

#include <cairo.h>

#include <optional>
#include <string>
#include <vector>

namespace candor::render {

/// A rectangle in the caller's cairo user space.
struct Rect {
    double x = 0.0;
    double y = 0.0;
    double width = 0.0;
    double height = 0.0;
};

/// An RGB colour, channels in [0, 1].
struct Colour {
    double r = 0.0;
    double g = 0.0;
    double b = 0.0;
};

/// The charts of the app and the reports.
enum class ChartKind {
    ValueOverTerm,       ///< value of the principal over the term: advertised, benchmark, expected
    Rollover,            ///< rolled-over value by year on a log scale, real-world magnitudes marked
    OutcomeDistribution, ///< histogram of the payout at maturity, the loss region shaded
    Survival,            ///< chance the platform is still paying, over time
    Ladder, ///< annual rates on a log scale: the offer among safe, asset and scheme rates
};

/// How the values along an axis are written at the ticks.
enum class AxisFormat {
    Number,  ///< 1,234.5
    Percent, ///< values are fractions: 0.25 -> 25%
    Money,   ///< amounts in Axis::unit (a currency or asset code)
    Days,    ///< values are days
    Years,   ///< values are years
    Power10, ///< values are base-10 logarithms; a tick at 12 reads 10^12 (with Axis::unit)
};

struct Axis {
    std::string label; ///< translated axis title; empty for none
    AxisFormat format = AxisFormat::Number;
    std::string unit;          ///< currency or asset code for Money and Power10
    std::optional<double> min; ///< fixed lower end; computed from the data when empty
    std::optional<double> max; ///< fixed upper end; computed from the data when empty
};

struct Point {
    double x = 0.0;
    double y = 0.0;
};

/// One line on a chart. `style_slot` picks colour, dash pattern and marker together, so that
/// series stay distinct in greyscale (see series_style()).
struct Series {
    std::string label; ///< translated legend entry
    std::vector<Point> points;
    int style_slot = 0;
    bool markers = true; ///< draw the slot's marker at (a thinned subset of) the points
};

/// A bar of the outcome distribution: payouts in [lower, upper) with this probability
/// (core::outcome_distribution makes them).
using HistogramBin = core::OutcomeBin;

/// A labelled reference line: horizontal at y = value (ChartData::marks) or vertical at
/// x = value (ChartData::x_marks). On a Power10 axis the value is a base-10 logarithm.
struct Mark {
    std::string label; ///< translated
    double value = 0.0;
    int style_slot = -1; ///< -1: a neutral grey hairline
};

/// A rung of the rate ladder (ChartKind::Ladder): one annual rate, labelled.
struct Rung {
    std::string label;  ///< translated: what the rate is
    std::string value;  ///< translated: the rate as written ("18.63% a year")
    std::string detail; ///< translated: its source or description (the data table shows it)
    /// log10 of the annual rate as a fraction (core::AnnualRate::log10_rate); empty for a rate
    /// of 0% or less, drawn in a band under the scale.
    std::optional<double> log10_rate;
    int style_slot = -1;
    bool highlighted = false; ///< the offer's rung: drawn thicker, its label bold
    /// How readily the rung is left out where the labels cannot all be read at
    /// ChartStyle::min_label_size (a classroom slide): 0 never, higher first.
    int weight = 0;
};

/// Everything a chart shows. Which members are used depends on the kind: histograms use
/// `bins` (and `loss_below`), the others use `series`; all use marks.
struct ChartData {
    std::string title;   ///< translated; drawn when ChartStyle::show_title
    std::string caption; ///< one short translated sentence drawn under the plot, may be empty
    Axis x;
    Axis y;
    std::vector<Series> series;
    std::vector<HistogramBin> bins;
    std::vector<Mark> marks;   ///< horizontal reference lines
    std::vector<Mark> x_marks; ///< vertical reference lines
    std::vector<Rung> rungs;   ///< Ladder: the rungs, lowest rate first
    /// Histogram: payouts below this value are losses; their region is shaded and labelled.
    std::optional<double> loss_below;
    std::string loss_label; ///< translated label of the shaded region, e.g. "Loss"
    /// The texts are in a right-to-left language: the title, legend and caption are placed from
    /// the right (the axes still run left to right; see docs/reports.md).
    bool right_to_left = false;
};

enum class Marker { None, Circle, Square, Triangle, Diamond, Cross };

/// The look of one style slot: a colour from the Okabe & Ito colour-blind-safe palette
/// (Okabe, M. and Ito, K., "Color Universal Design", J*FLY, 2002,
/// https://jfly.uni-koeln.de/color/), a dash pattern and a marker. Slots 0..5 differ in all three;
/// higher slots wrap around.
struct SeriesStyle {
    Colour colour;
    std::vector<double> dashes; ///< in multiples of the line width; empty for solid
    Marker marker = Marker::None;
};

/// The style of slot `slot` (any int; negative slots give the neutral grey).
SeriesStyle series_style(int slot);

struct ChartStyle {
    std::string font_family = "Sans";
    double font_size = 9.0;  ///< body text of the chart (ticks, legend), in user units
    double line_width = 1.5; ///< series lines, in user units
    bool greyscale = false;  ///< draw every colour as its luminance (to preview a greyscale print)
    bool draw_background = true;
    Colour background{1.0, 1.0, 1.0};
    Colour foreground{0.0, 0.0, 0.0};
    bool show_title = true;
    bool show_legend = true;
    bool show_caption = true;
    /// The rate ladder's labels shrink to fit no smaller than this (user units; 0: no floor);
    /// at the floor, rungs of the highest Rung::weight are left out until the rest fit. The
    /// classroom sets it to its slide's smallest text, so that every label on the slide is read
    /// from the back of a room.
    double min_label_size = 0.0;
};

/// Draws `data` as a chart of `kind` inside `area`. Leaves the cairo state (source, line
/// width, dashes, clip, transformation) as it found it. Empty data draw the frame and a
/// "no data" note instead of failing.
void draw_chart(cairo_t* cr, ChartKind kind, const ChartData& data, const Rect& area,
                const ChartStyle& style);

/// Where draw_chart puts a chart's plot and the labels of its reference lines (every kind but
/// the ladder: see ladder_layout). Each label sits beside its own line, clear of the series, the
/// bars and the other labels where the plot leaves room (docs/reports.md, "Labels of reference
/// lines").
struct ChartLayout {
    Rect plot; ///< the plot area; empty when there is nothing to plot
    double x_lo = 0.0;
    double x_hi = 1.0;
    double y_lo = 0.0;
    double y_hi = 1.0;
    std::vector<Rect> mark_labels;   ///< the boxes of ChartData::marks' labels, in their order
    std::vector<Rect> x_mark_labels; ///< the boxes of ChartData::x_marks' labels
    /// Where a point in data units is drawn.
    Point position(const Point& p) const;
};

/// The layout draw_chart gives `data` in `area` on `cr` (it draws into a group it drops, so
/// nothing is drawn and the cairo state is as it was).
ChartLayout chart_layout(cairo_t* cr, ChartKind kind, const ChartData& data, const Rect& area,
                         const ChartStyle& style);

/// Where the rate ladder puts its scale and labels in an area (draw_chart draws this): labels
/// never overlap (they are pushed apart, and the font shrinks when they cannot all fit).
struct LadderLayout {
    Rect scale;                     ///< the log scale: rates from 10^lo to 10^hi (fractions)
    double lo = 0.0;                ///< log10 of the lowest rate on the scale
    double hi = 1.0;                ///< log10 of the highest
    double tick_step = 1.0;         ///< decades between ticks (1, 2, 5, 10, ...)
    std::optional<Rect> floor_band; ///< where rates of 0% or less sit, when there are any
    double font_size = 9.0;         ///< of the labels
    double label_column = 0.0;      ///< the width labels wrap at
    struct Placed {
        double rung_y = 0.0; ///< the rung's height on the scale (or in the floor band)
        Rect label;          ///< the label's box (empty when not shown)
        bool shown = true;   ///< false: left out for want of room (ChartStyle::min_label_size)
    };
    std::vector<Placed> rungs; ///< in the order of ChartData::rungs
    /// The scale's ticks, bottom up: the decade (log10 of the rate as a fraction), its height
    /// and its label ("1,000%", then in words: "1 million%").
    struct Tick {
        double decade = 0.0;
        double y = 0.0;
        std::string text;
    };
    std::vector<Tick> ticks;
    double tick_font_size = 8.1; ///< of the tick labels
};

/// The layout of `data`'s rungs inside `area` (a text context of `cr` measures the labels).
LadderLayout ladder_layout(cairo_t* cr, const ChartData& data, const Rect& area,
                           const ChartStyle& style);

/// The stable text id of a kind, as used on the command line: "value", "rollover",
/// "outcomes", "survival", "ladder".
const char* chart_kind_id(ChartKind kind);
/// The kind for an id of chart_kind_id(); nullopt when unknown.
std::optional<ChartKind> chart_kind_from_id(const std::string& id);

} // namespace candor::render
