#pragma once
/// \file offer_page.hpp
/// One offer's tab: the form on the left (OfferFormPanel), the results on the right
/// (OfferResultsPanel). The page keeps the debounce and the background worker: it lets
/// offer_form validate what the form holds, hands valid input to the worker and the results
/// to the results panel; it does no finance math itself.

#include "offer_form.hpp"
#include "offer_form_panel.hpp"
#include "offer_results.hpp"
#include "offer_results_panel.hpp"

#include <wx/panel.h>
#include <wx/timer.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

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
    const std::vector<ChartPanel*>& charts() const { return results_panel_->charts(); }
    /// The rate ladder, on a tab of its own (it needs the height).
    ChartPanel* ladder_chart() const { return results_panel_->ladder_chart(); }

    /// Shows or hides the form (View > Form): hidden, the results take the whole width.
    void show_form(bool show);
    bool form_shown() const;

    /// The tabs of the results, in order.
    using ResultsView = OfferResultsPanel::View;
    void select_view(ResultsView view);
    ResultsView selected_view() const;

    /// The two halves of the page.
    OfferFormPanel* form_panel() const { return form_panel_; }
    /// The assumptions in use beside the results.
    AssumptionsBox* assumptions() const { return results_panel_->assumptions(); }
    /// Shows the form if hidden and puts the focus in a field (the assumptions' Edit).
    void go_to_field(const std::string& field_id);
    OfferResultsPanel* results_panel() const { return results_panel_; }

  private:
    void edited();
    void on_timer(wxTimerEvent& event);
    void validate_and_start();
    void apply_results(std::uint64_t generation, std::shared_ptr<const OfferResults> results,
                       const std::string& error);

    OfferFormPanel* form_panel_ = nullptr;
    wxWindow* form_line_ = nullptr; ///< the line between the form and the results
    OfferResultsPanel* results_panel_ = nullptr;

    wxTimer timer_;
    FormDefaults defaults_;
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
