#pragma once
/// \file chart_panel.hpp
/// A chart on screen: a window that paints one of render's charts (render::draw_chart, the
/// same drawing code as the reports) on the cairo context of a wxGraphicsContext. It holds the
/// chart's data and does no finance math; chart_results() only copies the app's results into
/// render's plain struct.

#include "offer_results.hpp"

#include "render/chart.hpp"
#include "render/chart_data.hpp"
#include "render/offer_results.hpp"

#include <wx/window.h>

namespace candor::app {

/// The app's results as render's OfferResults (analysis, plausible payouts and the scenario's
/// outcome with its payout distribution), for the chart builders of render/chart_data.hpp.
render::OfferResults chart_results(const OfferResults& r);

class ChartPanel : public wxWindow {
  public:
    /// Smallest size, in DIPs.
    static constexpr int min_width = 300;
    static constexpr int min_height = 200;

    /// `name` is the window's accessible name, e.g. "Chart: value over the term".
    ChartPanel(wxWindow* parent, render::ChartKind kind, const wxString& name);

    render::ChartKind kind() const { return kind_; }
    const render::ChartData& data() const { return data_; }
    /// Replaces the data, updates the text equivalent and repaints.
    void set_data(render::ChartData data);
    /// The text equivalent for screen readers (also the tooltip): title and caption.
    wxString text_equivalent() const;

    /// The chart style used on screen: render's defaults, the font scaled to this window.
    render::ChartStyle style() const;

  private:
    void on_paint(wxPaintEvent& event);

    render::ChartKind kind_;
    render::ChartData data_;
};

} // namespace candor::app
