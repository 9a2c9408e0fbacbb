#pragma once
/// \file chart_table_dialog.hpp
/// A chart's data as a native table (render::chart_table), for readers who cannot use the
/// picture: opened from a chart with Enter, a double click or its context menu. The table can
/// be copied as tab-separated text to paste into a spreadsheet.

#include "render/chart.hpp"
#include "render/chart_table.hpp"

#include <wx/dialog.h>

class wxDataViewListCtrl;

namespace candor::app {

class ChartTableDialog : public wxDialog {
  public:
    ChartTableDialog(wxWindow* parent, const render::ChartData& data);

    /// The table on screen (what the tests read back).
    wxDataViewListCtrl* table() const { return table_; }

  private:
    render::ChartTable contents_;
    wxDataViewListCtrl* table_ = nullptr;
};

/// Puts `table` on the clipboard as tab-separated text. False when the clipboard cannot be
/// opened.
bool copy_chart_table(const render::ChartTable& table);

} // namespace candor::app
