#pragma once
/// \file draw_util.hpp
/// Internal helpers shared by the chart and page drawing.

#include "chart.hpp"

#include <cairo.h>

#include <string>

namespace candor::render::detail {

/// Rec. 709 luma of the (gamma-encoded) colour, as a grey.
Colour to_grey(const Colour& c);
/// Sets the source to `c` (its grey when `greyscale`) with alpha `a`.
void set_source(cairo_t* cr, const Colour& c, bool greyscale, double a = 1.0);

/// Restores the cairo state on scope exit.
class SavedState {
  public:
    explicit SavedState(cairo_t* cr) : cr_(cr) { cairo_save(cr_); }
    ~SavedState() { cairo_restore(cr_); }
    SavedState(const SavedState&) = delete;
    SavedState& operator=(const SavedState&) = delete;

  private:
    cairo_t* cr_;
};

/// The rate ladder (ladder_chart.cpp): draw_chart for ChartKind::Ladder.
void draw_ladder(cairo_t* cr, const ChartData& data, const Rect& area, const ChartStyle& style);

/// An integer in superscript digits: 12 -> "¹²", -3 -> "⁻³" (for powers of ten on axes).
std::string superscript(long n);

/// 10^n as an axis writes it: in words a class reads ("100", "1 million", "10 sextillion", in
/// the language's own scale words) from 10^0 as far as those go; otherwise "10⁴⁰", or, where
/// the language writes other digits than Latin (which have no superscripts), as its text does
/// ("١٠^٤٠"). Used by the power-of-ten axes and the rate ladder's scale.
std::string power_of_ten_label(long n);

/// Diagonal hatching over a rectangle (clipped to it), lines `spacing` apart.
void hatch(cairo_t* cr, const Rect& r, double spacing, double line_width);

} // namespace candor::render::detail
