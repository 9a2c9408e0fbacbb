#pragma once
/// \file chart_panel.hpp
/// A chart on screen: a window that paints one of render's charts (render::draw_chart, the
/// same drawing code as the reports) on the cairo context of a wxGraphicsContext. It holds the
/// chart's data and does no finance math: render builds it from core's results.

#include "render/chart.hpp"
#include "render/chart_data.hpp"
#include "render/chart_table.hpp"

#include <wx/window.h>

namespace candor::app {

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
    /// The text equivalent for screen readers (also the tooltip): title, caption and how to
    /// reach the data (table_hint()).
    wxString text_equivalent() const;
    /// "Enter shows the data as a table; Ctrl+C copies them." (translated).
    static wxString table_hint();

    /// The chart style used on screen: render's defaults, the font scaled to this window.
    render::ChartStyle style() const;

    /// The chart's data as a table (render::chart_table of data()).
    render::ChartTable table() const { return render::chart_table(data_); }
    /// Opens the data as a table in a dialog (Enter, Space, a double click or the context menu
    /// on the chart); returns when it is closed.
    void show_table();
    /// Copies the data as tab-separated text (Ctrl+C on the chart, or the context menu).
    bool copy_table();

    /// A chart can be reached with Tab, so that its data are reachable from the keyboard.
    bool AcceptsFocus() const override { return true; }
    bool AcceptsFocusFromKeyboard() const override { return true; }

  private:
    void on_paint(wxPaintEvent& event);
    void on_key(wxKeyEvent& event);
    void on_context_menu(wxContextMenuEvent& event);

    render::ChartKind kind_;
    render::ChartData data_;
};

} // namespace candor::app
