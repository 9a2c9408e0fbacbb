#pragma once
/// \file assumptions_box.hpp
/// The assumptions in use, beside the results: the benchmark rate, inflation, the scenario and,
/// when the claimed mix names sources with no public return series, the rate their share is
/// counted at; each with its source and date from the data (or "as stated"), each with an Edit
/// button that takes the user to the field, and a button to the preferences that set the defaults.

#include "offer_results.hpp"

#include <wx/panel.h>

#include <functional>
#include <string>

class wxStaticText;
class wxButton;

namespace candor::app {

class WrapText;

class AssumptionsBox : public wxPanel {
  public:
    explicit AssumptionsBox(wxWindow* parent);

    /// Shows the assumptions of `results`.
    void update(const OfferResults& results);

    /// The text of a row: "benchmark", "inflation", "scenario" or "mix" (the unchecked share of
    /// the claimed mix; empty when hidden) (for tests).
    wxString row_text(const std::string& row) const;
    /// The Edit button of a row.
    wxButton* edit_button(const std::string& row) const;

    /// Called with the form field to go to (field::benchmark, field::inflation,
    /// field::scenario) when a row's Edit is pressed.
    std::function<void(const std::string& field_id)> on_edit;

  private:
    WrapText* benchmark_ = nullptr;
    WrapText* inflation_ = nullptr;
    WrapText* scenario_ = nullptr;
    WrapText* unexplained_ = nullptr;
    wxButton* edit_benchmark_ = nullptr;
    wxButton* edit_inflation_ = nullptr;
    wxButton* edit_scenario_ = nullptr;
    wxButton* edit_unexplained_ = nullptr;
};

} // namespace candor::app
