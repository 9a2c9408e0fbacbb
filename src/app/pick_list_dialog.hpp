#pragma once
/// \file pick_list_dialog.hpp
/// A searchable, grouped list of ids by name (pick_items.hpp), opened by the button beside the
/// Asset held field (one asset) and the Claimed mix field (several; the chosen ids are
/// written into the field with weights, mix_with()).

#include "pick_items.hpp"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxCheckListBox;
class wxSearchCtrl;

namespace candor::app {

class PickListDialog : public wxDialog {
  public:
    /// `multiple`: several may be ticked (the mix); else one is chosen (the asset).
    PickListDialog(wxWindow* parent, const wxString& title, std::vector<PickItem> items,
                   bool multiple, std::vector<std::string> chosen);

    /// Filters the list (what the search box does).
    void set_filter(const wxString& filter);
    /// Ticks or unticks an id, as a click would.
    void choose(const std::string& id, bool on = true);
    /// The ids chosen, in the list's order.
    std::vector<std::string> chosen() const;
    /// The rows shown (group headings included), for tests.
    std::vector<wxString> rows() const;

  private:
    void fill();
    void on_toggle(int row);

    std::vector<PickItem> items_;
    bool multiple_;
    std::vector<std::string> chosen_;
    std::vector<int> row_items_; ///< per row, the index into items_, or -1 for a heading
    wxSearchCtrl* filter_ = nullptr;
    wxCheckListBox* list_ = nullptr;
};

/// Opens the asset pick-list; returns the id chosen, or empty when cancelled.
std::string pick_asset(wxWindow* parent, const std::string& current);
/// Opens the mix pick-list; returns the new field text, or `current` when cancelled.
std::string pick_mix(wxWindow* parent, const std::string& current, const core::MarketData& market);

} // namespace candor::app
