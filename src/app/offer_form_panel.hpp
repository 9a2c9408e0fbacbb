#pragma once
/// \file offer_form_panel.hpp
/// The left side of an offer's tab: the form, built from the one table of fields
/// (form_fields.hpp). It copies text between its controls and an OfferFormInput and marks the
/// fields a FormResult finds wrong; it neither validates nor computes (the page does both).

#include "form_fields.hpp"
#include "offer_form.hpp"

#include <wx/scrolwin.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

class wxCheckListBox;
class wxChoice;
class wxFlexGridSizer;
class wxRadioButton;
class wxSizer;
class wxStaticText;
class wxTextCtrl;

namespace candor::app {

class DateField;

class OfferFormPanel : public wxScrolledWindow {
  public:
    explicit OfferFormPanel(wxWindow* parent);

    /// Called after every edit made by the user (not for set_input).
    std::function<void()> on_edited;

    /// The form as currently typed.
    OfferFormInput input() const;
    /// Replaces every field (calls no on_edited).
    void set_input(const OfferFormInput& input);

    /// Marks the wrong fields of `form` (kept for the fields the user leaves later).
    void show_errors(const FormResult& form);
    /// Shows the error of every wrong field, empty ones the user has not visited included.
    void show_all_errors();

    /// The control for a form field id (field::payout ...); nullptr when unknown.
    wxWindow* field_control(const std::string& field_id) const;
    /// The error text shown under a field (empty when the field is valid).
    wxString field_error_text(const std::string& field_id) const;
    /// The visible label of a field.
    wxStaticText* field_label(const std::string& field_id) const;
    /// The name typed, trimmed.
    wxString offer_name() const;

    /// The market data whose asset classes the claimed-mix pick-list offers (set by the page;
    /// unset: the built-in data).
    std::function<const core::MarketData*()> market;

  private:
    /// A drop-down list: the value behind each entry, and how a value finds its entry.
    struct ChoiceField {
        wxChoice* control = nullptr;
        std::vector<std::string> values; ///< by entry index
        bool exact = false;              ///< else compared as codes (case-insensitively)
    };
    /// The two radio buttons of a mode: days or dates, payout or rate.
    struct ModeField {
        wxRadioButton* first = nullptr;
        wxRadioButton* second = nullptr;
    };
    /// Start and maturity: the pickers are created the first time the term is given as dates.
    struct DateRow {
        const char* field;
        wxStaticText* label;
        wxSizer* holder;
        DateField* picker;
    };

    void build(wxSizer* sizer);
    void add_heading(const wxString& title);
    void add_row(const FormField& f, wxWindow* control, wxWindow* beside = nullptr);
    wxWindow* make_pick_button(const FormField& f);
    void pick_asset_held();
    void pick_claimed_mix();
    wxTextCtrl* make_text();
    ChoiceField make_choice(const FormField& f);
    void add_mode_row(const FormField& f);
    void add_date_row(const FormField& f);
    void add_claims(const FormField& f, wxSizer* sizer);
    void set_choice(const std::string& id, const std::string& value);
    std::string choice_value(const std::string& id) const;
    void set_dates(const OfferFormInput& in);
    void edited();
    void show_field_errors();
    void sync_modes();
    /// Switching between days and dates keeps the term's length: to dates, the maturity is
    /// the start plus the days typed; to days, the days between the dates.
    void keep_term_length(bool to_dates);
    void show_date_rows(bool show);
    void show_scenario_hints();
    wxTextCtrl* text(const char* id) const { return texts_.at(id); }
    bool mode_second(const char* id) const;

    wxFlexGridSizer* grid_ = nullptr;
    std::map<std::string, wxTextCtrl*> texts_;
    std::map<std::string, ChoiceField> choices_;
    std::map<std::string, ModeField> modes_;
    std::vector<DateRow> date_rows_;
    std::string start_iso_; ///< the dates while no picker shows them (YYYY-MM-DD)
    std::string end_iso_;
    wxCheckListBox* claims_ = nullptr;
    std::vector<std::string> claim_ids_; ///< core claim id per checklist item
    std::map<std::string, wxWindow*> field_controls_;
    std::map<std::string, wxStaticText*> field_errors_; ///< made at a field's first error
    std::map<std::string, wxSizer*> error_holders_;     ///< where each error line goes
    std::map<std::string, wxStaticText*> field_labels_; ///< each field's visible label
    std::set<std::string> touched_; ///< fields the focus has left: their errors show when empty
    bool show_all_errors_ = false;  ///< after show_all_errors(): empty fields' errors show too
    bool loading_ = false;          ///< in set_input: no on_edited
    FormResult form_;               ///< the last validation shown
};

} // namespace candor::app
