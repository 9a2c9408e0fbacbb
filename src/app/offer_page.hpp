#pragma once
/// \file offer_page.hpp
/// One offer's tab: the form on the left, the contrast and the details on the right. The page
/// copies text between its controls and an OfferFormInput, lets offer_form validate it and
/// hands valid input to a background worker; it does no finance math itself.

#include "offer_form.hpp"
#include "offer_results.hpp"

#include <wx/panel.h>
#include <wx/timer.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace candor::app {
class ChartPanel;
class AssumptionsBox;
} // namespace candor::app

class wxCheckListBox;
class wxCollapsiblePane;
class wxChoice;
class wxDataViewListCtrl;
class wxDatePickerCtrl;
class wxNotebook;
class wxRadioButton;
class wxScrolledWindow;
class wxSizer;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace candor::app {

class OfferPage : public wxPanel {
  public:
    /// Milliseconds between the last keystroke and the recalculation.
    static constexpr int debounce_ms = 150;

    OfferPage(wxWindow* parent, const OfferFormInput& input,
              FormDefaults defaults = FormDefaults::builtin());
    ~OfferPage() override;

    /// The form as currently typed.
    OfferFormInput input() const;
    /// Replaces every field and recalculates at once.
    void set_input(const OfferFormInput& input);

    /// What empty assumption fields stand for; recalculates.
    void set_defaults(const FormDefaults& defaults);

    /// The last validation of the form.
    const FormResult& form() const { return form_; }
    /// The last valid results (kept while the form has errors); nullptr before the first.
    std::shared_ptr<const OfferResults> results() const { return results_; }
    /// True while a recalculation is waiting for the debounce timer or the worker.
    bool busy() const;
    /// Blocks (up to `timeout`) until the results of the last request are in, and shows them:
    /// used once, before the window is first shown, so that it appears with its figures.
    /// Returns !busy().
    bool wait_for_results(std::chrono::milliseconds timeout);
    /// Shows the error of every wrong field, empty ones the user has not visited included
    /// (before saving, printing or exporting).
    void show_all_errors();
    /// Skips the debounce: validates now and, when valid, starts the worker.
    void recalculate_now();

    /// The label for the tab: the offer's name.
    wxString title() const;

    /// Called on the UI thread after every edit made by the user.
    std::function<void()> on_edited;
    /// Called on the UI thread when new results are shown.
    std::function<void()> on_results;

    /// The number of disclosures listed, and the headline of the i-th (most severe first).
    std::size_t disclosure_count() const;
    wxString disclosure_headline(std::size_t i) const;

    /// The text of a figure on screen by id ("advertised", "plausible", "gap", ...), for tests
    /// and for the classroom; empty when unknown.
    wxString figure_text(const std::string& id) const;
    /// The control for a form field id (field::payout ...), for tests and focus.
    wxWindow* field_control(const std::string& field_id) const;
    /// The error text shown under a field (empty when the field is valid).
    wxString field_error_text(const std::string& field_id) const;
    /// The visible label of a field (for tests of what screen readers announce).
    wxStaticText* field_label(const std::string& field_id) const;
    /// The charts of the results area: value over the term, rollover, outcomes, survival.
    const std::vector<ChartPanel*>& charts() const { return charts_; }
    /// The rate ladder, on a tab of its own (it needs the height).
    ChartPanel* ladder_chart() const { return ladder_; }

    /// Shows or hides the form (View > Form): hidden, the results take the whole width.
    void show_form(bool show);
    bool form_shown() const;

    /// The tabs of the results, in order.
    enum class ResultsView { Summary = 0, Charts = 1, KeyFigures = 2, Ladder = 3 };
    void select_view(ResultsView view);
    ResultsView selected_view() const;

    /// The assumptions in use beside the results (apphelp).
    AssumptionsBox* assumptions() const { return assumptions_; }
    /// Shows the form if hidden and puts the focus in a field (the assumptions' Edit).
    void go_to_field(const std::string& field_id);

  private:
    void build_form(wxWindow* parent, wxSizer* sizer);
    void build_results(wxWindow* parent, wxSizer* sizer);
    void edited();
    void on_timer(wxTimerEvent& event);
    void validate_and_start();
    void show_field_errors();
    void sync_modes();
    /// Switching between days and dates keeps the term's length: to dates, the maturity is
    /// the start plus the days typed; to days, the days between the dates.
    void keep_term_length(bool to_dates);
    void show_date_rows(bool show);
    void apply_results(std::uint64_t generation, std::shared_ptr<const OfferResults> results,
                       const std::string& error);
    /// The verdict and the assumptions it rests on, at the top of the results.
    void show_verdict(const OfferResults& r);
    void show_results();
    void set_figure(const std::string& id, const wxString& text);

    wxWindow* form_panel_ = nullptr; ///< the scrolled form
    wxWindow* form_line_ = nullptr;  ///< the line between the form and the results
    // Form controls.
    wxTextCtrl* name_ = nullptr;
    wxTextCtrl* principal_ = nullptr;
    wxChoice* asset_ = nullptr;
    wxRadioButton* term_days_ = nullptr;
    wxRadioButton* term_dates_ = nullptr;
    wxTextCtrl* days_ = nullptr;
    /// Start and maturity: the pickers are created the first time the term is given as dates.
    struct DateRow {
        const char* field;
        wxStaticText* label;
        wxSizer* holder;
        wxDatePickerCtrl* picker;
    };
    std::vector<DateRow> date_rows_;
    std::string start_iso_; ///< the dates while no picker shows them (YYYY-MM-DD)
    std::string end_iso_;
    wxChoice* day_count_ = nullptr;
    wxRadioButton* by_payout_ = nullptr;
    wxRadioButton* by_rate_ = nullptr;
    wxTextCtrl* payout_ = nullptr;
    wxTextCtrl* rate_ = nullptr;
    wxChoice* compounding_ = nullptr;
    wxTextCtrl* entry_fee_ = nullptr;
    wxTextCtrl* exit_fee_ = nullptr;
    wxTextCtrl* tax_ = nullptr;
    wxTextCtrl* inflation_ = nullptr;
    wxTextCtrl* benchmark_ = nullptr;
    wxTextCtrl* recovery_ = nullptr;
    wxChoice* insured_ = nullptr;
    std::vector<std::string> insured_ids_; ///< by choice index: "" (none), "auto", scheme ids
    wxTextCtrl* mix_ = nullptr;
    wxChoice* scenario_ = nullptr;
    std::vector<std::string> scenario_ids_; ///< by choice index; [0] is "" (none)
    wxTextCtrl* fail_year_ = nullptr;
    wxTextCtrl* recovery_delay_ = nullptr;
    wxCheckListBox* claims_ = nullptr;
    std::vector<std::string> claim_ids_; ///< core claim id per checklist item
    std::map<std::string, wxWindow*> field_controls_;
    std::map<std::string, wxStaticText*> field_errors_; ///< made at a field's first error
    std::map<std::string, wxSizer*> error_holders_;     ///< where each error line goes
    std::map<std::string, wxStaticText*> field_labels_; ///< each field's visible label
    std::set<std::string> touched_; ///< fields the focus has left: their errors show when empty
    bool show_all_errors_ = false;  ///< after show_all_errors(): empty fields' errors show too

    // Results.
    wxPanel* results_container_ = nullptr;      ///< the banner, the title and the results tabs
    wxNotebook* results_book_ = nullptr;        ///< Summary, Charts, Key figures
    wxScrolledWindow* results_panel_ = nullptr; ///< the Summary tab
    wxStaticText* stale_banner_ = nullptr;
    std::map<std::string, wxStaticText*> figures_;
    wxDataViewListCtrl* key_figures_ = nullptr; ///< label, advertised, benchmark per row
    std::map<std::string, int> key_rows_;       ///< figure id ("payout") -> row
    wxSizer* disclosures_sizer_ = nullptr;
    wxWindow* disclosures_parent_ = nullptr;
    std::vector<std::string> expanded_disclosures_; ///< ids the user opened
    /// One disclosure on screen, in order, most severe first.
    struct DisclosureRow {
        std::string id;
        std::string headline_text; ///< as shown (before wrapping)
        std::string detail_text;
        wxStaticText* headline = nullptr;
        wxStaticText* detail = nullptr; ///< inside the collapsible pane
        std::shared_ptr<bool> wrapped;  ///< the detail has been wrapped (first opened)
    };
    std::vector<DisclosureRow> disclosure_rows_;
    std::vector<ChartPanel*> charts_;
    ChartPanel* ladder_ = nullptr;
    void show_disclosures();
    void show_scenario_hints();
    void show_charts();

    wxTimer timer_;
    FormDefaults defaults_;
    AssumptionsBox* assumptions_ = nullptr; // apphelp
    bool loading_ = false;
    FormResult form_;
    std::shared_ptr<const OfferResults> results_;
    std::uint64_t generation_ = 0;       ///< of the last request sent to the worker
    std::uint64_t shown_generation_ = 0; ///< of the results on screen
    std::shared_ptr<int> alive_;         ///< expires when the page is destroyed
    std::unique_ptr<ResultsWorker> worker_;
    struct Mailbox {
        std::uint64_t generation = 0;
        std::shared_ptr<const OfferResults> results;
        std::string error;
    };
    std::mutex mailbox_mutex_; ///< guards mailbox_ (written on the worker thread)
    std::condition_variable mailbox_ready_;
    std::optional<Mailbox> mailbox_; ///< the worker's latest answer
};

} // namespace candor::app
