#include "offer_page.hpp"

#include "assumptions_box.hpp"

#include "startup_trace.hpp"
#include "utf8.hpp"

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statline.h>

#include <utility>

namespace candor::app {

OfferPage::OfferPage(wxWindow* parent, const OfferFormInput& input, FormDefaults defaults)
    : wxPanel(parent, wxID_ANY), timer_(this), defaults_(std::move(defaults)),
      alive_(std::make_shared<int>(0)) {
    // Results come back on the worker thread; CallAfter moves them to the UI thread, and the
    // token drops them if this page has been closed in between.
    // They also go to a mailbox that wait_for_results() can take them from before the window
    // is first shown.
    std::weak_ptr<int> token = alive_;
    worker_ = std::make_unique<ResultsWorker>(
        [this, token](std::uint64_t gen, std::shared_ptr<const OfferResults> res, std::string err) {
            {
                const std::lock_guard<std::mutex> lock(mailbox_mutex_);
                mailbox_ = Mailbox{gen, res, err};
            }
            mailbox_ready_.notify_all();
            wxTheApp->CallAfter([this, token, gen, res = std::move(res), err = std::move(err)] {
                if (token.lock()) {
                    apply_results(gen, res, err);
                }
            });
        });

    startup_trace::mark("page: form start");
    form_panel_ = new OfferFormPanel(this);
    form_panel_->on_edited = [this] { edited(); };
    form_panel_->market = [this] { return defaults_.market.get(); };
    startup_trace::mark("page: form built");
    results_panel_ = new OfferResultsPanel(this);
    results_panel_->assumptions()->on_edit = [this](const std::string& id) { go_to_field(id); };
    startup_trace::mark("page: results built");

    form_line_ = new wxStaticLine(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLI_VERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(form_panel_, 0, wxEXPAND);
    top->Add(form_line_, 0, wxEXPAND);
    top->Add(results_panel_, 1, wxEXPAND);
    SetSizer(top);

    Bind(wxEVT_TIMER, &OfferPage::on_timer, this, timer_.GetId());
    set_input(input);
    startup_trace::mark("page: input set");
}

OfferPage::~OfferPage() {
    timer_.Stop();
    worker_.reset(); // joins the worker before the page's members go
}

OfferFormInput OfferPage::input() const {
    return form_panel_->input();
}

void OfferPage::set_input(const OfferFormInput& in) {
    form_panel_->set_input(in);
    recalculate_now();
}

void OfferPage::set_defaults(const FormDefaults& defaults) {
    defaults_ = defaults;
    recalculate_now();
}

void OfferPage::show_all_errors() {
    form_panel_->show_all_errors();
}

void OfferPage::edited() {
    timer_.StartOnce(debounce_ms);
    if (on_edited) {
        on_edited();
    }
}

bool OfferPage::wait_for_results(std::chrono::milliseconds timeout) {
    if (!busy() || timer_.IsRunning()) {
        return !busy();
    }
    std::optional<Mailbox> m;
    {
        std::unique_lock<std::mutex> lock(mailbox_mutex_);
        if (mailbox_ready_.wait_for(lock, timeout, [this] {
                return mailbox_ && mailbox_->generation == generation_;
            })) {
            m = mailbox_;
        }
    }
    if (m) {
        apply_results(m->generation, m->results, m->error);
    }
    return !busy();
}

bool OfferPage::busy() const {
    return timer_.IsRunning() || shown_generation_ != generation_;
}

void OfferPage::on_timer(wxTimerEvent&) {
    validate_and_start();
}

void OfferPage::recalculate_now() {
    timer_.Stop();
    validate_and_start();
}

void OfferPage::validate_and_start() {
    form_ = parse_offer_form(input(), defaults_);
    form_panel_->show_errors(form_);
    if (!form_.ok()) {
        results_panel_->show_form_errors(form_.errors.size(), results_ != nullptr);
        return;
    }
    ++generation_;
    ResultsRequest q;
    q.offer = *form_.offer;
    q.assumptions = *form_.assumptions;
    q.scenario = form_.scenario;
    q.claims = form_.claims;
    q.market = defaults_.market;
    worker_->request(generation_, std::move(q));
}

void OfferPage::apply_results(std::uint64_t generation, std::shared_ptr<const OfferResults> r,
                              const std::string& error) {
    if (generation != generation_ || generation == shown_generation_) {
        return; // a newer request is on its way, or these are on screen already
    }
    shown_generation_ = generation;
    if (!r) {
        results_panel_->set_status(u8(error));
        return;
    }
    results_ = std::move(r);
    startup_trace::mark("page: results arrived");
    results_panel_->show(*results_, defaults_.market.get());
    startup_trace::mark("page: results shown");
    if (on_results) {
        on_results();
    }
}

wxString OfferPage::figure_text(const std::string& id) const {
    return results_panel_->figure_text(id);
}

wxWindow* OfferPage::field_control(const std::string& field_id) const {
    return form_panel_->field_control(field_id);
}

wxString OfferPage::field_error_text(const std::string& field_id) const {
    return form_panel_->field_error_text(field_id);
}

wxStaticText* OfferPage::field_label(const std::string& field_id) const {
    return form_panel_->field_label(field_id);
}

void OfferPage::select_view(ResultsView view) {
    results_panel_->select_view(view);
}

OfferPage::ResultsView OfferPage::selected_view() const {
    return results_panel_->selected_view();
}

wxString OfferPage::title() const {
    const wxString n = form_panel_->offer_name();
    return n.empty() ? _("Offer") : n;
}

void OfferPage::show_form(bool show) {
    if (form_panel_->IsShown() == show) {
        return;
    }
    form_panel_->Show(show);
    form_line_->Show(show);
    Layout();
}

bool OfferPage::form_shown() const {
    return form_panel_->IsShown();
}

std::size_t OfferPage::disclosure_count() const {
    return results_ ? results_->disclosures.size() : 0;
}

wxString OfferPage::disclosure_headline(std::size_t i) const {
    return results_panel_->disclosure_headline(i);
}

void OfferPage::go_to_field(const std::string& field_id) {
    if (!form_shown()) {
        show_form(true);
    }
    if (wxWindow* control = field_control(field_id)) {
        control->SetFocus();
    }
}

} // namespace candor::app
