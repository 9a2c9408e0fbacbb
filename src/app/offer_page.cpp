#include "offer_page.hpp"

#include "accessible.hpp"
#include "assumptions_box.hpp"
#include "chart_panel.hpp"
#include "pick_list_dialog.hpp"
#include "startup_trace.hpp"
#include "theme.hpp"
#include "utf8.hpp"
#include "wrap_text.hpp"

#include "core/asset.hpp"
#include "core/day_count.hpp"
#include "core/deposit_insurance.hpp"
#include "core/find_by_id.hpp"
#include "core/input_error.hpp"
#include "core/rate.hpp"
#include "core/scenario.hpp"
#include "core/scenario_data.hpp"
#include "i18n/tr.hpp"
#include "present/benchmark_text.hpp"
#include "present/claim_text.hpp"
#include "present/number_format.hpp"
#include "present/ponzi_text.hpp"
#include "render/chart_data.hpp"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/collpane.h>
#include <wx/dataview.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/intl.h>
#include <wx/notebook.h>
#include <wx/radiobut.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string_view>
#include <utility>

namespace candor::app {

namespace pf = present;

namespace {

/// The translation of an English text that core or offer_form marked with CANDOR_N_.
wxString tr_marked(const std::string& s) {
    return wxGetTranslation(u8(s));
}

void select_string(wxChoice* c, const std::string& value) {
    const int i = c->FindString(u8(value), false);
    c->SetSelection(i == wxNOT_FOUND ? 0 : i);
}

std::string choice_value(const wxChoice* c) {
    const int i = c->GetSelection();
    return i == wxNOT_FOUND ? std::string() : s8(c->GetString(static_cast<unsigned>(i)));
}

std::string iso(const wxDatePickerCtrl* p) {
    return s8(p->GetValue().FormatISODate());
}

void set_iso(wxDatePickerCtrl* p, const std::string& text) {
    wxDateTime d;
    if (!text.empty() && d.ParseISODate(u8(text))) {
        p->SetValue(d);
    }
}

/// A card: a lightly shaded panel holding a caption, a big figure and a line under it.
struct Card {
    wxPanel* panel;
    wxStaticText* caption;
    wxStaticText* figure;
    wxStaticText* sub;
};

Card make_card(wxWindow* parent, const wxString& caption, const wxColour& colour, float scale) {
    auto* p = new wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                          wxBORDER_SIMPLE | wxTAB_TRAVERSAL);
    p->SetBackgroundColour(theme::card());
    auto* s = new wxBoxSizer(wxVERTICAL);
    // Every text of a card wraps to the card's width: a long caption or a figure with its unit
    // goes on to a second line rather than being cut.
    auto* cap = new WrapText(p, caption.Upper());
    cap->SetForegroundColour(theme::muted());
    cap->SetFont(cap->GetFont().Bold());
    auto* fig = new WrapText(p, wxS("—"));
    fig->SetFont(fig->GetFont().Scaled(scale).Bold());
    fig->SetForegroundColour(colour);
    auto* sub = new WrapText(p, wxString());
    sub->SetForegroundColour(theme::muted());
    s->Add(cap, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    s->Add(fig, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    s->Add(sub, 0, wxEXPAND | wxALL, 12);
    p->SetSizer(s);
    return {p, cap, fig, sub};
}

} // namespace

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

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    // Made at a real size rather than wx's default: until the first layout GTK would otherwise
    // be asked to fit a scroll bar into no room, and says so on standard error.
    auto* form_panel =
        new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(400, 400)),
                             wxVSCROLL | wxTAB_TRAVERSAL, wxS("offer form"));
    form_panel->SetScrollRate(0, 12);
    auto* form_sizer = new wxBoxSizer(wxVERTICAL);
    startup_trace::mark("page: form start");
    build_form(form_panel, form_sizer);
    startup_trace::mark("page: form built");
    form_panel->SetSizer(form_sizer);
    form_panel->SetMinSize(wxSize(form_sizer->GetMinSize().x + 24, -1));

    // Also at a real size, for a page added to a window already on screen (File > New offer):
    // GTK lays the results' tabs out at once and complains when given no room for their
    // strip. Only the first size: the minimum stays what the content needs.
    results_container_ = new wxPanel(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(600, 500)),
                                     wxTAB_TRAVERSAL, wxS("results"));
    results_container_->SetMinSize(wxDefaultSize);
    results_container_->SetBackgroundColour(*wxWHITE);
    auto* results_sizer = new wxBoxSizer(wxVERTICAL);
    build_results(results_container_, results_sizer);
    startup_trace::mark("page: results built");
    results_container_->SetSizer(results_sizer);

    form_panel_ = form_panel;
    form_line_ = new wxStaticLine(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLI_VERTICAL);
    top->Add(form_panel, 0, wxEXPAND);
    top->Add(form_line_, 0, wxEXPAND);
    top->Add(results_container_, 1, wxEXPAND);
    SetSizer(top);

    Bind(wxEVT_TIMER, &OfferPage::on_timer, this, timer_.GetId());
    set_input(input);
    startup_trace::mark("page: input set");
}

OfferPage::~OfferPage() {
    timer_.Stop();
    worker_.reset(); // joins the worker before the page's members go
}

void OfferPage::build_form(wxWindow* parent, wxSizer* sizer) {
    auto* grid = new wxFlexGridSizer(2, wxSize(10, 2));
    grid->AddGrowableCol(1, 1);
    const auto on_edit = [this](wxEvent&) { edited(); };

    // Adds a label and a control; the error line sits under the control in the same column.
    const auto add_row = [&](const wxString& label, wxWindow* control, const char* field_id,
                             const wxString& help, wxWindow* beside = nullptr) {
        auto* lbl = new wxStaticText(parent, wxID_ANY, label);
        label_control_made_before(lbl, control);
        grid->Add(lbl, 0, wxALIGN_CENTER_VERTICAL | wxTOP, 6);
        control->SetName(label);
        if (!help.empty()) {
            control->SetToolTip(help);
            set_accessible(control, wxString(), help); // the name comes from the label
        }
        field_labels_[field_id != nullptr ? field_id : ""] = lbl;
        if (beside != nullptr) { // apphelp: a pick-list button beside the field
            auto* line = new wxBoxSizer(wxHORIZONTAL);
            line->Add(control, 1, wxEXPAND);
            line->Add(beside, 0, wxLEFT | wxALIGN_CENTER_VERTICAL, 4);
            grid->Add(line, 1, wxEXPAND | wxTOP, 6);
        } else {
            grid->Add(control, 1, wxEXPAND | wxTOP, 6);
        }
        if (field_id != nullptr) {
            // Once left, a field shows its error even when empty.
            control->Bind(wxEVT_KILL_FOCUS, [this, id = std::string(field_id)](wxFocusEvent& e) {
                if (touched_.insert(id).second && form_.error_for(id) != nullptr) {
                    CallAfter([this] { show_field_errors(); });
                }
                e.Skip();
            });
            // The error line is created the first time the field has an error.
            grid->AddSpacer(0);
            auto* holder = new wxBoxSizer(wxVERTICAL);
            grid->Add(holder, 0, wxEXPAND);
            field_controls_[field_id] = control;
            error_holders_[field_id] = holder;
        }
    };
    const auto text = [&]() {
        auto* t = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition,
                                 wxSize(FromDIP(200), -1));
        t->Bind(wxEVT_TEXT, on_edit);
        return t;
    };
    const auto heading = [&](const wxString& title) {
        auto* h = new wxStaticText(parent, wxID_ANY, title);
        h->SetFont(h->GetFont().Bold());
        grid->Add(h, 0, wxTOP, 14);
        grid->AddSpacer(0);
    };

    heading(_("Offer"));
    name_ = text();
    add_row(_("&Name:"), name_, field::name, _("A label for this offer, shown on its tab"));
    principal_ = text();
    add_row(_("&Principal:"), principal_, field::principal,
            _("The amount paid in; in the asset held unless it names a currency, e.g. 30000 USD"));
    asset_ = new wxChoice(parent, wxID_ANY);
    for (const auto& a : core::known_assets()) {
        asset_->Append(u8(a.code));
    }
    asset_->Bind(wxEVT_CHOICE, on_edit);
    // apphelp: the asset by name, grouped and searchable (pick_list_dialog.cpp).
    // A narrow button (the form's width is the results' loss); its name and tooltip say it.
    auto* pick_asset_button = new wxButton(parent, wxID_ANY, wxS("\u2026"), wxDefaultPosition,
                                           wxDefaultSize, wxBU_EXACTFIT);
    pick_asset_button->SetName(_("Choose the asset held"));
    pick_asset_button->SetToolTip(_("Choose the asset held"));
    pick_asset_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const std::string id = pick_asset(this, choice_value(asset_));
        if (!id.empty()) {
            select_string(asset_, id);
            edited();
        }
    });
    add_row(_("Asset &held:"), asset_, field::asset,
            _("What the principal is held in during the term"), pick_asset_button);

    // Term: a number of days, or start and maturity dates.
    term_days_ = new wxRadioButton(parent, wxID_ANY, _("&Days"), wxDefaultPosition, wxDefaultSize,
                                   wxRB_GROUP);
    term_dates_ = new wxRadioButton(parent, wxID_ANY, _("D&ates"));
    auto* modes = new wxBoxSizer(wxHORIZONTAL);
    modes->Add(term_days_, 0, wxRIGHT, 12);
    modes->Add(term_dates_);
    grid->Add(new wxStaticText(parent, wxID_ANY, _("Term given as:")), 0,
              wxALIGN_CENTER_VERTICAL | wxTOP, 6);
    grid->Add(modes, 0, wxTOP, 6);
    term_days_->SetName(_("Term given as days"));
    term_dates_->SetName(_("Term given as dates"));
    set_accessible(term_days_, _("Term given as days"));
    set_accessible(term_dates_, _("Term given as dates"));
    term_days_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) {
        keep_term_length(false);
        sync_modes();
        edited();
    });
    term_dates_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) {
        sync_modes();
        keep_term_length(true);
        edited();
    });
    days_ = text();
    add_row(_("Term in da&ys:"), days_, field::days,
            wxGetTranslation(wxString::FromUTF8(core::Term::days_expected)));
    // The date pickers are made the first time the term is given as dates (see
    // show_date_rows): most offers give days, and each picker is a costly composite control.
    for (const char* id : {field::start, field::end}) {
        const bool start = std::string_view(id) == field::start;
        auto* lbl =
            new wxStaticText(parent, wxID_ANY, start ? _("&Start date:") : _("&Maturity date:"));
        grid->Add(lbl, 0, wxALIGN_CENTER_VERTICAL | wxTOP, 6);
        auto* holder = new wxBoxSizer(wxVERTICAL);
        grid->Add(holder, 1, wxEXPAND | wxTOP, 6);
        grid->AddSpacer(0);
        auto* errors = new wxBoxSizer(wxVERTICAL);
        grid->Add(errors, 0, wxEXPAND);
        error_holders_[id] = errors;
        date_rows_.push_back(DateRow{id, lbl, holder, nullptr});
        lbl->Hide();
    }
    day_count_ = new wxChoice(parent, wxID_ANY);
    for (auto dc : {core::DayCount::Act365F, core::DayCount::Act360, core::DayCount::ActActISDA,
                    core::DayCount::Thirty360Bond}) {
        day_count_->Append(u8(std::string(core::day_count_name(dc))));
    }
    day_count_->Bind(wxEVT_CHOICE, on_edit);
    add_row(_("Day &count:"), day_count_, field::day_count,
            _("How days become a fraction of a year; ACT/365F unless the offer says otherwise"));

    heading(_("What is advertised"));
    by_payout_ = new wxRadioButton(parent, wxID_ANY, _("Pa&yout"), wxDefaultPosition, wxDefaultSize,
                                   wxRB_GROUP);
    by_rate_ = new wxRadioButton(parent, wxID_ANY, _("Annual &rate"));
    auto* pmodes = new wxBoxSizer(wxHORIZONTAL);
    pmodes->Add(by_payout_, 0, wxRIGHT, 12);
    pmodes->Add(by_rate_);
    grid->Add(new wxStaticText(parent, wxID_ANY, _("Advertised as:")), 0,
              wxALIGN_CENTER_VERTICAL | wxTOP, 6);
    grid->Add(pmodes, 0, wxTOP, 6);
    by_payout_->SetName(_("Advertised as a payout"));
    by_rate_->SetName(_("Advertised as an annual rate"));
    set_accessible(by_payout_, _("Advertised as a payout"));
    set_accessible(by_rate_, _("Advertised as an annual rate"));
    for (auto* rb : {by_payout_, by_rate_}) {
        rb->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) {
            sync_modes();
            edited();
        });
    }
    payout_ = text();
    add_row(_("Payout at ma&turity:"), payout_, field::payout,
            _("The amount promised at the end of the term, in the principal's currency"));
    rate_ = text();
    add_row(_("Advertised rate (%):"), rate_, field::rate,
            _("The advertised annual rate in percent"));
    compounding_ = new wxChoice(parent, wxID_ANY);
    for (const core::CompoundingOption& o : core::compounding_options()) {
        compounding_->Append(wxGetTranslation(wxString::FromUTF8(o.label)));
    }
    compounding_->Bind(wxEVT_CHOICE, on_edit);
    add_row(_("Compounding:"), compounding_, field::compounding,
            _("How the advertised rate compounds"));

    heading(_("Costs and assumptions"));
    entry_fee_ = text();
    add_row(_("&Entry fee:"), entry_fee_, field::entry_fee,
            _("Charged on the principal: flat (10), a percentage (1%) or both (10+1%)"));
    exit_fee_ = text();
    add_row(_("E&xit fee:"), exit_fee_, field::exit_fee, _("Charged on the payout"));
    tax_ = text();
    add_row(_("Ta&x on gains (%):"), tax_, field::tax, _("Percent of a positive gain paid as tax"));
    inflation_ = text();
    // xgettext:no-c-format
    // xgettext:no-c-format
    add_row(_("&Inflation (% a year):"), inflation_, field::inflation,
            _("Empty: the latest 12-month inflation of the offer's currency (see Assumptions "
              "in use)"));
    benchmark_ = text();
    // xgettext:no-c-format
    // xgettext:no-c-format
    add_row(_("&Benchmark (% a year):"), benchmark_, field::benchmark,
            _("A safe alternative's annual rate; empty: the government rate of the offer's "
              "currency for its term, or the one chosen in Preferences"));
    recovery_ = text();
    add_row(_("Rec&overy on failure (%):"), recovery_, field::recovery,
            _("Percent of the principal recovered if the platform fails"));

    heading(_("What the platform claims"));
    mix_ = text();
    // apphelp: the mix's sources by name, grouped and searchable (pick_list_dialog.cpp).
    auto* pick_mix_button = new wxButton(parent, wxID_ANY, wxS("\u2026"), wxDefaultPosition,
                                         wxDefaultSize, wxBU_EXACTFIT);
    pick_mix_button->SetName(_("Choose what the yield is said to come from"));
    pick_mix_button->SetToolTip(_("Choose what the yield is said to come from"));
    pick_mix_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const std::string before = s8(mix_->GetValue());
        const std::string after = pick_mix(
            this, before, defaults_.market ? *defaults_.market : core::MarketData::builtin());
        if (after != before) {
            mix_->SetValue(u8(after)); // a text event: recalculates like typing
        }
    });
    add_row(_("Claimed asset &mix (%):"), mix_, field::mix,
            _("Asset classes the yield is said to come from, with weights in percent adding up "
              "to 100"),
            pick_mix_button);
    scenario_ = new wxChoice(parent, wxID_ANY);
    scenario_->Append(_("(none)"));
    scenario_ids_.emplace_back();
    for (const auto& preset : core::ScenarioPresets::builtin().presets()) {
        scenario_->Append(wxGetTranslation(u8(preset.name)));
        scenario_ids_.push_back(preset.id);
    }
    scenario_->SetSelection(0);
    scenario_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        show_scenario_hints();
        edited();
    });
    scenario_->SetMinSize(wxSize(FromDIP(200), -1)); // long preset names must not widen the form
    add_row(_("Counterparty sce&nario:"), scenario_, field::scenario,
            _("What happens if the platform fails: a preset of failure and recovery figures"));
    fail_year_ = text();
    // xgettext:no-c-format
    add_row(_("&Failure within a year (%):"), fail_year_, field::fail_year,
            _("The chance that the platform fails within a year; empty uses the preset's"));
    recovery_delay_ = text();
    add_row(_("Recovery &delay (years):"), recovery_delay_, field::recovery_delay,
            _("Years until a recovery is paid out; empty uses the preset's"));
    // The user's statement, not the platform's claim (which is on the checklist below).
    insured_ = new wxChoice(parent, wxID_ANY);
    insured_->Append(_("(none)"));
    insured_ids_.emplace_back();
    insured_->Append(_("The scheme of the deposit's currency"));
    insured_ids_.emplace_back(core::insured_auto);
    for (const core::InsuranceScheme& scheme : core::DepositInsurance::builtin().schemes()) {
        // TRANSLATORS: {0} a deposit-insurance scheme's id such as FDIC, {1} its limit with its
        // currency, e.g. "250,000.00 USD".
        insured_->Append(
            u8(fmt::format(fmt::runtime(s8(_("{0}, up to {1}"))), scheme.id,
                           present::money(scheme.limit, *core::find_asset(scheme.currency)))));
        insured_ids_.push_back(scheme.id);
    }
    insured_->SetSelection(0);
    insured_->Bind(wxEVT_CHOICE, on_edit);
    insured_->SetMinSize(wxSize(FromDIP(200), -1)); // long scheme names must not widen the form
    add_row(_("Deposit ins&ured by:"), insured_, field::insured,
            _("Your own statement that the offer is a deposit at an institution covered by a "
              "deposit-insurance scheme; a platform's claim to be insured is not enough"));
    sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, 14);

    // One native checklist (a GtkTreeView on GTK) rather than a check box per claim.
    auto* claims_label = new wxStaticText(parent, wxID_ANY, _("Claims made by the offer:"));
    sizer->Add(claims_label, 0, wxLEFT | wxTOP, 14);
    wxArrayString labels;
    for (const core::Claim c : core::all_claims()) {
        labels.Add(u8(present::claim_checklist_text(c)));
        claim_ids_.emplace_back(core::claim_id(c));
    }
    claims_ = new wxCheckListBox(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, labels);
    claims_->SetName(claims_label->GetLabel());
    label_control(claims_label, claims_);
    claims_->Bind(wxEVT_CHECKLISTBOX, on_edit);
    sizer->Add(claims_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 14);
    sizer->AddSpacer(14);
}

void OfferPage::build_results(wxWindow* parent, wxSizer* sizer) {
    stale_banner_ = new WrapText(parent, _("Some fields need attention: the figures below are "
                                           "the last valid result."));
    stale_banner_->SetBackgroundColour(theme::stale());
    stale_banner_->Hide();
    sizer->Add(stale_banner_, 0, wxEXPAND | wxALL, 10);

    auto* title = new WrapText(parent, wxString());
    title->SetFont(title->GetFont().Scaled(1.4f).Bold());
    title->SetForegroundColour(theme::ink());
    figures_["title"] = title;
    sizer->Add(title, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 16);
    auto* summary = new WrapText(parent, wxString());
    summary->SetForegroundColour(theme::muted());
    figures_["summary"] = summary;
    sizer->Add(summary, 0, wxEXPAND | wxLEFT | wxRIGHT, 16);
    // The overall verdict first, then what it was measured against, and that this is for
    // learning (the same words as the CLI and the reports).
    auto* verdict = new WrapText(parent, wxString());
    verdict->SetFont(verdict->GetFont().Bold());
    verdict->SetForegroundColour(theme::ink());
    verdict->SetName(_("Verdict"));
    figures_["verdict"] = verdict;
    sizer->Add(verdict, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 16);
    auto* assumed = new WrapText(parent, wxString());
    assumed->SetForegroundColour(theme::muted());
    figures_["assumed"] = assumed;
    sizer->Add(assumed, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 16);

    // Three views of the results, one tab each: the summary (the contrast and the
    // disclosures), the charts, the key figures.
    results_book_ = new wxNotebook(parent, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(600, 400)));
    results_book_->SetMinSize(wxDefaultSize); // a first size (see the constructor), no minimum
    results_book_->SetName(_("Results"));
    set_accessible(results_book_, _("Results"));
    sizer->Add(results_book_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    results_panel_ = new wxScrolledWindow(results_book_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxVSCROLL | wxTAB_TRAVERSAL, wxS("summary"));
    results_panel_->SetScrollRate(0, 12);
    results_panel_->SetBackgroundColour(*wxWHITE);
    auto* summary_sizer = new wxBoxSizer(wxVERTICAL);
    results_panel_->SetSizer(summary_sizer);
    results_book_->AddPage(results_panel_, _("Summary"), true);
    {
        wxWindow* const page = results_panel_;
        wxSizer* const psizer = summary_sizer;
        // The contrast: advertised and plausible side by side, the gap and the expected payout.
        // Each card: its figure under `id`, the line under it under `id` + "_sub", and the
        // name a screen reader announces.
        const auto add_card = [&](wxSizer* row, const char* id, const wxString& caption,
                                  const wxString& name, const wxColour& colour, float scale,
                                  int gap) {
            const Card card = make_card(page, caption, colour, scale);
            figures_[id] = card.figure;
            figures_[std::string(id) + "_sub"] = card.sub;
            card.panel->SetName(name);
            set_accessible(card.panel, name);
            row->Add(card.panel, 1, wxEXPAND | wxRIGHT, gap);
        };
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        add_card(row, "advertised", _("Advertised"), _("Advertised payout"), theme::advertised(),
                 2.4f, 10);
        add_card(row, "plausible", _("Plausible"), _("Plausible payout"), theme::plausible(), 2.4f,
                 0);
        psizer->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 16);
        auto* row2 = new wxBoxSizer(wxHORIZONTAL);
        add_card(row2, "gap", _("Gap"), _("Gap between advertised and plausible"), theme::ink(),
                 1.6f, 10);
        add_card(row2, "expected", _("Expected under the scenario"),
                 _("Expected payout under the scenario"), theme::expected(), 1.6f, 0);
        psizer->Add(row2, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 16);

        // What the Ponzi model says about the offer: the growth of new deposits it needs.
        auto* ponzi = new WrapText(page, wxString(), 0, _("Paid from new deposits"));
        figures_["ponzi"] = ponzi;
        psizer->Add(ponzi, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 16);

        auto* dhead = new wxStaticText(page, wxID_ANY, _("Disclosures"));
        dhead->SetFont(dhead->GetFont().Scaled(1.15f).Bold());
        psizer->Add(dhead, 0, wxLEFT | wxTOP, 16);
        disclosures_parent_ = page;
        disclosures_sizer_ = new wxBoxSizer(wxVERTICAL);
        psizer->Add(disclosures_sizer_, 0, wxEXPAND | wxALL, 16);

        // Only when something needs saying (fields to correct, an error): how long a
        // recalculation took is no news to a learner.
        auto* status = new WrapText(page, wxString());
        status->SetForegroundColour(theme::muted());
        figures_["status"] = status;
        psizer->Add(status, 0, wxEXPAND | wxALL, 16);
        // apphelp: the assumptions in use, each with its source and an Edit
        // (assumptions_box.cpp), at the end of the Summary tab, which scrolls.
        assumptions_ = new AssumptionsBox(page);
        assumptions_->on_edit = [this](const std::string& id) { go_to_field(id); };
        psizer->Add(assumptions_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 16);
    }
    {
        // Charts, drawn by render (the same code as the reports), two by two, filling the tab.
        auto* page = new wxPanel(results_book_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                 wxTAB_TRAVERSAL, wxS("charts"));
        page->SetBackgroundColour(*wxWHITE);
        auto* cgrid = new wxGridSizer(2, wxSize(10, 10));
        const std::pair<render::ChartKind, wxString> kinds[] = {
            {render::ChartKind::ValueOverTerm, _("Chart: value over the term")},
            {render::ChartKind::Rollover, _("Chart: rolled over, on a log scale")},
            {render::ChartKind::OutcomeDistribution, _("Chart: distribution of the payout")},
            {render::ChartKind::Survival, _("Chart: chance the platform is still paying")},
        };
        for (const auto& [kind, name] : kinds) {
            auto* chart = new ChartPanel(page, kind, name);
            charts_.push_back(chart);
            cgrid->Add(chart, 1, wxEXPAND);
        }
        auto* csizer = new wxBoxSizer(wxVERTICAL);
        csizer->Add(cgrid, 1, wxEXPAND | wxALL, 12);
        page->SetSizer(csizer);
        results_book_->AddPage(page, _("Charts"));
    }
    // Key figures: one native table (a GtkTreeView on GTK) rather than fifty labels, which
    // keeps start-up quick and lets a screen reader read each row as label, advertised,
    // benchmark.
    auto* kpage = new wxPanel(results_book_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                              wxTAB_TRAVERSAL, wxS("key figures"));
    // Made at a real size: laid out only when its tab is first shown, and GTK warns about a
    // table given no room for its scroll bars before that.
    key_figures_ =
        new wxDataViewListCtrl(kpage, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(600, 400)),
                               wxDV_SINGLE | wxDV_HORIZ_RULES | wxBORDER_NONE);
    key_figures_->SetName(_("Key figures"));
    set_accessible(key_figures_, _("Key figures"));
    // TRANSLATORS: heading of the column naming each key figure (a return, a payout, a rate).
    key_figures_->AppendTextColumn(_("Figure"), wxDATAVIEW_CELL_INERT, FromDIP(380), wxALIGN_LEFT);
    key_figures_->AppendTextColumn(_("Advertised"), wxDATAVIEW_CELL_INERT, FromDIP(170),
                                   wxALIGN_RIGHT);
    key_figures_->AppendTextColumn(_("Benchmark"), wxDATAVIEW_CELL_INERT, FromDIP(170),
                                   wxALIGN_RIGHT);
    const std::pair<const char*, wxString> rows[] = {
        {"payout", _("Payout at maturity")},
        {"hpr", _("Return over the term")},
        {"apr", _("Simple annual rate (APR)")},
        {"ear", _("Effective annual rate (EAR)")},
        {"real_ear", _("Real effective annual rate")},
        {"net", _("Net payout after fees and tax")},
        {"net_ear", _("Net effective annual rate")},
        {"break_even", _("Break-even chance of failure in the term")},
        {"survival", _("Implied chance of surviving a year")},
        {"doubling", _("Doubling time at this pace")},
        {"rollover", _("Rolled over for 10 years")},
        {"plausible_central", _("Plausible payout of the claimed mix (long-run average)")},
        {"plausible_best", _("Best-year payout (upper bound)")},
        {"expected", _("Expected payout under the scenario")},
        {"loss", _("Chance of any loss under the scenario")},
        {"median", _("Median payout under the scenario")},
        {"p05", _("5th percentile of the payout")},
    };
    for (const auto& [id, label] : rows) {
        key_rows_[id] = static_cast<int>(key_figures_->GetItemCount());
        wxVector<wxVariant> values;
        values.push_back(wxVariant(label));
        values.push_back(wxVariant(wxS("—")));
        values.push_back(wxVariant(wxString()));
        key_figures_->AppendItem(values);
    }
    auto* ksizer = new wxBoxSizer(wxVERTICAL);
    ksizer->Add(key_figures_, 1, wxEXPAND | wxALL, 8);
    kpage->SetSizer(ksizer);
    results_book_->AddPage(kpage, _("Key figures"));
    {
        // The rate ladder: the offer's annual rate among safe, asset and collapsed-scheme
        // rates, drawn by render as in the reports; a tab of its own for the height it needs.
        auto* page = new wxPanel(results_book_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                 wxTAB_TRAVERSAL, wxS("ladder"));
        page->SetBackgroundColour(*wxWHITE);
        ladder_ = new ChartPanel(page, render::ChartKind::Ladder, _("Chart: the rate ladder"));
        auto* lsizer = new wxBoxSizer(wxVERTICAL);
        lsizer->Add(ladder_, 1, wxEXPAND | wxALL, 12);
        page->SetSizer(lsizer);
        // TRANSLATORS: a tab of the results showing the rate ladder chart.
        results_book_->AddPage(page, _("Rate ladder"));
    }
}

OfferFormInput OfferPage::input() const {
    OfferFormInput in;
    in.name = s8(name_->GetValue());
    in.principal = s8(principal_->GetValue());
    in.asset = choice_value(asset_);
    in.term_mode = term_dates_->GetValue() ? TermMode::Dates : TermMode::Days;
    in.days = s8(days_->GetValue());
    in.start = date_rows_[0].picker != nullptr ? iso(date_rows_[0].picker) : start_iso_;
    in.end = date_rows_[1].picker != nullptr ? iso(date_rows_[1].picker) : end_iso_;
    in.day_count = choice_value(day_count_);
    in.payout_mode = by_rate_->GetValue() ? PayoutMode::Rate : PayoutMode::Payout;
    in.payout = s8(payout_->GetValue());
    in.rate = s8(rate_->GetValue());
    const int compounding = compounding_->GetSelection();
    in.compounding = core::compounding_options()
                         .at(compounding == wxNOT_FOUND ? 0 : static_cast<std::size_t>(compounding))
                         .id;
    in.entry_fee = s8(entry_fee_->GetValue());
    in.exit_fee = s8(exit_fee_->GetValue());
    in.tax = s8(tax_->GetValue());
    in.inflation = s8(inflation_->GetValue());
    in.benchmark = s8(benchmark_->GetValue());
    in.recovery = s8(recovery_->GetValue());
    in.mix = s8(mix_->GetValue());
    const int ins = insured_->GetSelection();
    in.insured = ins > 0 ? insured_ids_.at(static_cast<std::size_t>(ins)) : std::string();
    const int sc = scenario_->GetSelection();
    in.scenario = sc > 0 ? scenario_ids_.at(static_cast<std::size_t>(sc)) : std::string();
    in.fail_year = s8(fail_year_->GetValue());
    in.recovery_delay = s8(recovery_delay_->GetValue());
    for (unsigned i = 0; i < claim_ids_.size(); ++i) {
        if (claims_->IsChecked(i)) {
            in.claims.push_back(claim_ids_[i]);
        }
    }
    return in;
}

void OfferPage::set_input(const OfferFormInput& in) {
    loading_ = true;
    name_->ChangeValue(u8(in.name));
    principal_->ChangeValue(u8(in.principal));
    select_string(asset_, in.asset);
    term_days_->SetValue(in.term_mode == TermMode::Days);
    term_dates_->SetValue(in.term_mode == TermMode::Dates);
    days_->ChangeValue(u8(in.days));
    // Dates not given: today and today plus the days, so that switching to dates starts
    // from the same term.
    const wxDateTime today = wxDateTime::Today();
    long days = 30;
    if (!u8(in.days).ToLong(&days) || days < 1 || days > core::Term::max_days) {
        days = 30;
    }
    wxDateTime d;
    start_iso_ = !in.start.empty() && d.ParseISODate(u8(in.start)) ? s8(d.FormatISODate())
                                                                   : s8(today.FormatISODate());
    end_iso_ = !in.end.empty() && d.ParseISODate(u8(in.end))
                   ? s8(d.FormatISODate())
                   : s8((today + wxDateSpan::Days(static_cast<int>(days))).FormatISODate());
    for (const DateRow& row : date_rows_) {
        if (row.picker != nullptr) {
            set_iso(row.picker, row.field == field::start ? start_iso_ : end_iso_);
        }
    }
    select_string(day_count_, in.day_count);
    by_payout_->SetValue(in.payout_mode == PayoutMode::Payout);
    by_rate_->SetValue(in.payout_mode == PayoutMode::Rate);
    payout_->ChangeValue(u8(in.payout));
    rate_->ChangeValue(u8(in.rate));
    const auto& options = core::compounding_options();
    const auto chosen = std::find_if(options.begin(), options.end(), [&](const auto& o) {
        return core::same_code(in.compounding, o.id);
    });
    compounding_->SetSelection(
        chosen == options.end() ? 0 : static_cast<int>(std::distance(options.begin(), chosen)));
    entry_fee_->ChangeValue(u8(in.entry_fee));
    exit_fee_->ChangeValue(u8(in.exit_fee));
    tax_->ChangeValue(u8(in.tax));
    inflation_->ChangeValue(u8(in.inflation));
    benchmark_->ChangeValue(u8(in.benchmark));
    recovery_->ChangeValue(u8(in.recovery));
    mix_->ChangeValue(u8(in.mix));
    const auto ins = std::find_if(insured_ids_.begin(), insured_ids_.end(),
                                  [&](const auto& id) { return core::same_code(id, in.insured); });
    insured_->SetSelection(
        ins == insured_ids_.end() ? 0 : static_cast<int>(ins - insured_ids_.begin()));
    mix_->ChangeValue(u8(in.mix));
    const auto sc = std::find(scenario_ids_.begin(), scenario_ids_.end(), in.scenario);
    scenario_->SetSelection(
        sc == scenario_ids_.end() ? 0 : static_cast<int>(sc - scenario_ids_.begin()));
    fail_year_->ChangeValue(u8(in.fail_year));
    recovery_delay_->ChangeValue(u8(in.recovery_delay));
    show_scenario_hints();
    for (unsigned i = 0; i < claim_ids_.size(); ++i) {
        claims_->Check(i, std::find(in.claims.begin(), in.claims.end(), claim_ids_[i]) !=
                              in.claims.end());
    }
    sync_modes();
    loading_ = false;
    recalculate_now();
}

void OfferPage::set_defaults(const FormDefaults& defaults) {
    defaults_ = defaults;
    recalculate_now();
}

void OfferPage::show_scenario_hints() {
    // The preset's own figures, shown greyed in the fields that may override them.
    const int sc = scenario_->GetSelection();
    const core::ScenarioPreset* p =
        sc > 0
            ? core::ScenarioPresets::builtin().find(scenario_ids_.at(static_cast<std::size_t>(sc)))
            : nullptr;
    fail_year_->Enable(p != nullptr);
    recovery_delay_->Enable(p != nullptr);
    if (p != nullptr) {
        fail_year_->SetHint(
            u8(pf::number(core::annual_probability_from_hazard(p->hazard) * 100.0, 1)));
        recovery_delay_->SetHint(u8(pf::number(p->recovery_delay_years, 1)));
        recovery_->SetHint(u8(pf::number(p->recovery * 100.0, 0)));
    } else {
        fail_year_->SetHint(wxString());
        recovery_delay_->SetHint(wxString());
        recovery_->SetHint(wxS("0"));
    }
}

void OfferPage::show_all_errors() {
    show_all_errors_ = true;
    show_field_errors();
}

void OfferPage::keep_term_length(bool to_dates) {
    wxDatePickerCtrl* start = date_rows_[0].picker;
    wxDatePickerCtrl* end = date_rows_[1].picker;
    if (start == nullptr || end == nullptr || !start->GetValue().IsValid()) {
        return;
    }
    if (to_dates) {
        // The maturity the typed days give from the start date (text that is no whole number
        // of days leaves the dates as they were).
        double days = 0.0;
        try {
            days = pf::parse_number(s8(days_->GetValue()), field::days, "");
        } catch (const core::InputError&) {
            return;
        }
        if (days >= 1.0 && days <= 36500.0 && days == std::floor(days)) {
            end->SetValue(start->GetValue() + wxDateSpan::Days(static_cast<int>(days)));
        }
    } else if (end->GetValue().IsValid() && end->GetValue() > start->GetValue()) {
        // The days between the dates, in the language's digits.
        // Whole calendar days (a day of a daylight-saving change has 23 or 25 hours).
        const double days = std::round(end->GetValue().GetJDN() - start->GetValue().GetJDN());
        days_->ChangeValue(u8(pf::editable_number(days, 0)));
    }
}

void OfferPage::sync_modes() {
    const bool dates = term_dates_->GetValue();
    days_->Enable(!dates);
    show_date_rows(dates);
    const bool by_rate = by_rate_->GetValue();
    payout_->Enable(!by_rate);
    rate_->Enable(by_rate);
    compounding_->Enable(by_rate);
}

void OfferPage::show_date_rows(bool show) {
    wxWindow* parent = name_->GetParent();
    bool changed = false;
    for (DateRow& row : date_rows_) {
        const bool start = row.field == field::start;
        if (show && row.picker == nullptr) {
            row.picker =
                new wxDatePickerCtrl(parent, wxID_ANY, wxDefaultDateTime, wxDefaultPosition,
                                     wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY);
            set_iso(row.picker, start ? start_iso_ : end_iso_);
            row.picker->SetName(wxStripMenuCodes(row.label->GetLabel()));
            row.picker->SetToolTip(start ? _("The first day of the term")
                                         : _("The day the payout is due"));
            label_control(row.label, row.picker);
            row.picker->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { edited(); });
            row.holder->Add(row.picker, 1, wxEXPAND);
            field_controls_[row.field] = row.picker;
            // Keep the tab order of the form: the pickers come right after the days field.
            row.picker->MoveAfterInTabOrder(start ? static_cast<wxWindow*>(days_)
                                                  : date_rows_.front().picker);
        }
        if (row.picker == nullptr || row.label->IsShown() == show) {
            continue;
        }
        if (!show) {
            // Keep the dates for input() and for the next time they are shown.
            (start ? start_iso_ : end_iso_) = iso(row.picker);
        }
        row.label->Show(show);
        row.picker->Show(show);
        changed = true;
    }
    if (changed) {
        if (auto* form = dynamic_cast<wxScrolledWindow*>(parent)) {
            form->FitInside();
            form->Layout();
        }
    }
}

void OfferPage::edited() {
    if (loading_) {
        return;
    }
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
    show_field_errors();
    if (!form_.ok()) {
        stale_banner_->Show(results_ != nullptr);
        results_container_->Layout();
        const auto n = static_cast<unsigned>(form_.errors.size());
        const wxString count = u8(pf::number(static_cast<double>(n), 0));
        // xgettext takes a comment only from right above the string's line.
        const wxString attention =
            // TRANSLATORS: %s a count, in the language's digits.
            wxPLURAL("%s field needs attention.", "%s fields need attention.", n);
        figures_["status"]->SetLabel(wxString::Format(attention, count));
        results_panel_->Layout();
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

void OfferPage::show_field_errors() {
    for (const auto& [id, holder] : error_holders_) {
        const FieldError* e = form_.error_for(id);
        const auto c = field_controls_.find(id);
        wxWindow* ctrl = c == field_controls_.end() ? nullptr : c->second;
        // An empty field the user has not been to yet is not wrong yet: a new offer does not
        // open covered in messages. Saving, printing or exporting shows them all.
        if (const auto* t = dynamic_cast<const wxTextCtrl*>(ctrl);
            e != nullptr && t != nullptr && !show_all_errors_ && t->IsEmpty() &&
            touched_.count(id) == 0) {
            e = nullptr;
        }
        auto existing = field_errors_.find(id);
        if (e != nullptr && existing == field_errors_.end()) {
            auto* label = new WrapText(name_->GetParent(), wxString());
            label->SetForegroundColour(theme::error_text());
            holder->Add(label, 0, wxEXPAND);
            existing = field_errors_.emplace(id, label).first;
        }
        if (existing == field_errors_.end()) {
            continue;
        }
        wxStaticText* err = existing->second;
        if (e != nullptr) {
            // TRANSLATORS: shown under a form field; %s is what the field accepts.
            const wxString msg = wxString::Format(_("Expected %s"), tr_marked(e->expected));
            err->SetLabel(msg);
            err->Show();
            if (ctrl != nullptr) {
                ctrl->SetBackgroundColour(theme::error_field());
                ctrl->SetToolTip(msg);
            }
        } else if (err->IsShown()) {
            err->SetLabel(wxString());
            err->Hide();
            if (ctrl != nullptr) {
                ctrl->SetBackgroundColour(wxNullColour);
            }
        }
        if (ctrl != nullptr) {
            ctrl->Refresh();
        }
    }
    if (auto* form = dynamic_cast<wxScrolledWindow*>(name_->GetParent())) {
        form->FitInside();
        form->Layout();
    }
}

void OfferPage::apply_results(std::uint64_t generation, std::shared_ptr<const OfferResults> r,
                              const std::string& error) {
    if (generation != generation_ || generation == shown_generation_) {
        return; // a newer request is on its way, or these are on screen already
    }
    shown_generation_ = generation;
    if (!r) {
        figures_["status"]->SetLabel(u8(error));
        return;
    }
    results_ = std::move(r);
    stale_banner_->Hide();
    results_container_->Layout();
    startup_trace::mark("page: results arrived");
    show_results();
    startup_trace::mark("page: results shown");
    if (on_results) {
        on_results();
    }
}

namespace {

/// "payout.adv" -> ("payout", 1); "payout.bench" -> ("payout", 2); else column 0.
std::pair<std::string, unsigned> key_cell(const std::string& id) {
    const auto dot = id.rfind('.');
    if (dot == std::string::npos) {
        return {id, 0U};
    }
    const std::string column = id.substr(dot + 1);
    return {id.substr(0, dot), column == "adv" ? 1U : column == "bench" ? 2U : 0U};
}

} // namespace

void OfferPage::set_figure(const std::string& id, const wxString& text) {
    const auto it = figures_.find(id);
    if (it != figures_.end()) {
        it->second->SetLabel(text);
        return;
    }
    const auto [row, column] = key_cell(id);
    const auto r = key_rows_.find(row);
    if (r != key_rows_.end() && column > 0 &&
        key_figures_->GetTextValue(static_cast<unsigned>(r->second), column) != text) {
        key_figures_->SetTextValue(text, static_cast<unsigned>(r->second), column);
    }
}

wxString OfferPage::figure_text(const std::string& id) const {
    const auto it = figures_.find(id);
    if (it != figures_.end()) {
        const auto* wrapped = dynamic_cast<const WrapText*>(it->second);
        return wrapped != nullptr ? wrapped->text() : it->second->GetLabel();
    }
    const auto [row, column] = key_cell(id);
    const auto r = key_rows_.find(row);
    return r == key_rows_.end() || column == 0
               ? wxString()
               : key_figures_->GetTextValue(static_cast<unsigned>(r->second), column);
}

wxWindow* OfferPage::field_control(const std::string& field_id) const {
    const auto it = field_controls_.find(field_id);
    return it == field_controls_.end() ? nullptr : it->second;
}

void OfferPage::select_view(ResultsView view) {
    results_book_->SetSelection(static_cast<std::size_t>(view));
}

OfferPage::ResultsView OfferPage::selected_view() const {
    return static_cast<ResultsView>(results_book_->GetSelection());
}

wxStaticText* OfferPage::field_label(const std::string& field_id) const {
    const auto it = field_labels_.find(field_id);
    if (it != field_labels_.end()) {
        return it->second;
    }
    for (const DateRow& row : date_rows_) {
        if (row.field == field_id) {
            return row.label;
        }
    }
    return nullptr;
}

wxString OfferPage::field_error_text(const std::string& field_id) const {
    const auto it = field_errors_.find(field_id);
    if (it == field_errors_.end() || !it->second->IsShown()) {
        return {};
    }
    const auto* wrapped = dynamic_cast<const WrapText*>(it->second);
    return wrapped != nullptr ? wrapped->text() : it->second->GetLabel();
}

wxString OfferPage::title() const {
    const wxString n = name_->GetValue().Strip(wxString::both);
    return n.empty() ? _("Offer") : n;
}

void OfferPage::show_verdict(const OfferResults& r) {
    set_figure("verdict", u8(fmt::format(fmt::runtime(i18n::tr("Verdict: {0}")),
                                         pf::verdict_headline(r.evaluation.verdict))));
    // apphelp: the benchmark and inflation lines are in the assumptions box.
    assumptions_->update(r);
    set_figure("assumed", _("Candor is for learning; this is not financial advice."));
}

void OfferPage::go_to_field(const std::string& field_id) {
    if (!form_shown()) {
        show_form(true);
    }
    if (wxWindow* control = field_control(field_id)) {
        control->SetFocus();
    }
}

void OfferPage::show_results() {
    const OfferResults& r = *results_;
    const core::Analysis& a = r.analysis();
    const core::Asset& cur = a.offer.principal.asset();
    const std::string na = s8(_("too large"));
    const double principal = a.offer.principal.to_major();

    set_figure("title", u8(a.offer.name));
    // TRANSLATORS: %1$s the principal, %2$s the asset held, %3$s days, %4$s a day count.
    set_figure("summary",
               wxString::Format(wxPLURAL("%1$s held in %2$s for %3$s day (%4$s)",
                                         "%1$s held in %2$s for %3$s days (%4$s)",
                                         static_cast<unsigned>(a.term_days)),
                                u8(pf::money(a.offer.principal)), u8(a.offer.held.code),
                                u8(pf::number(static_cast<double>(a.term_days), 0)),
                                u8(std::string(core::day_count_name(a.offer.day_count)))));

    show_verdict(r);
    set_figure("advertised", u8(pf::money(a.advertised_payout)));
    set_figure("advertised_sub",
               wxString::Format(_("%s over the term · %s a year (EAR)"),
                                u8(pf::percent(a.nominal.holding_period_return)),
                                u8(pf::percent(a.nominal.effective_annual_rate, na))));
    const double plausible = r.plausible_payout();
    set_figure("plausible", u8(pf::money(plausible, cur)));
    if (r.evaluation.plausible) {
        set_figure("plausible_sub", _("the claimed mix at its long-run average"));
    } else {
        set_figure("plausible_sub",
                   wxString::Format(_("the benchmark at %s a year over the same term"),
                                    u8(pf::percent(a.benchmark_rate))));
    }
    const double gap = core::advertised_gap(r.evaluation);
    set_figure("gap", u8(pf::money(gap, cur)));
    set_figure("gap_sub", wxString::Format(_("%s of the principal beyond the plausible payout"),
                                           u8(pf::percent(gap / principal))));
    if (r.scenario) {
        const core::ScenarioStats& st = r.scenario->stats;
        set_figure("expected", u8(pf::money(st.expected_payout, cur)));
        const wxString method =
            r.scenario->exact
                ? _("exact")
                : wxString::Format(_("Monte Carlo, %s paths"),
                                   u8(pf::number(static_cast<double>(r.scenario->paths), 0)));
        // TRANSLATORS: %1$s scenario name, %2$s a probability, %3$s how it was computed.
        set_figure("expected_sub",
                   wxString::Format(_("%1$s: %2$s chance of a loss (%3$s)"),
                                    u8(pf::scenario_label(*r.scenario)),
                                    u8(pf::percent(st.probability_of_loss, 1)), method));
        set_figure("expected.adv", u8(pf::money(st.expected_payout, cur)));
        set_figure("loss.adv", u8(pf::percent(st.probability_of_loss)));
        set_figure("median.adv", u8(pf::money(st.median_payout, cur)));
        set_figure("p05.adv", u8(pf::money(st.p05_payout, cur)));
    } else {
        // No scenario is not a finding of no risk: an offer that needs risk to explain its
        // payout is shown at its break-even failure chance, where it is worth the benchmark.
        if (a.break_even) {
            set_figure("expected", u8(pf::money(a.benchmark_payout)));
            // TRANSLATORS: {0} the break-even chance of failure within the term.
            set_figure("expected_sub",
                       u8(fmt::format(fmt::runtime(i18n::tr("at break-even: {0} or more "
                                                            "chance of failure")),
                                      pf::percent(a.break_even->default_probability))));
        } else {
            set_figure("expected", u8(pf::money(a.advertised_payout)));
            set_figure("expected_sub", u8(i18n::tr("no scenario: no failure risk needed")));
        }
        for (const char* id : {"expected.adv", "loss.adv", "median.adv", "p05.adv"}) {
            set_figure(id, wxS("—"));
        }
    }
    // The scenario's colour only for a scenario's figure.
    figures_["expected"]->SetForegroundColour(r.scenario ? theme::expected() : theme::ink());

    set_figure("payout.adv", u8(pf::money(a.advertised_payout)));
    set_figure("payout.bench", u8(pf::money(a.benchmark_payout)));
    set_figure("hpr.adv", u8(pf::percent(a.nominal.holding_period_return)));
    set_figure("hpr.bench", u8(pf::percent(a.benchmark.holding_period_return)));
    set_figure("apr.adv", u8(pf::percent(a.nominal.simple_annual_rate)));
    set_figure("apr.bench", u8(pf::percent(a.benchmark.simple_annual_rate)));
    set_figure("ear.adv", u8(pf::percent(a.nominal.effective_annual_rate, na)));
    set_figure("ear.bench", u8(pf::percent(a.benchmark.effective_annual_rate, na)));
    set_figure("real_ear.adv", u8(pf::percent(a.real_effective_annual_rate, na)));
    set_figure("net.adv", a.net ? u8(pf::money(a.net->payout, cur)) : _("nothing left"));
    set_figure("net_ear.adv",
               a.net ? u8(pf::percent(a.net->effective_annual_rate, na)) : wxString(wxS("—")));
    if (a.break_even) {
        set_figure("break_even.adv", u8(pf::percent(a.break_even->default_probability)));
        set_figure("survival.adv", u8(pf::percent(a.break_even->one_year_survival)));
    } else {
        set_figure("break_even.adv", _("none needed"));
        set_figure("survival.adv", wxS("—"));
    }
    set_figure("doubling.adv", u8(pf::duration_years(a.doubling_time_years)));
    if (!a.rollover.empty()) {
        const auto& last = a.rollover.back();
        set_figure("rollover.adv", u8(pf::large_amount(last.value, last.log10_value, cur)));
    }
    if (r.evaluation.plausible) {
        set_figure("plausible_central.adv",
                   u8(pf::money(r.evaluation.plausible->central_payout, cur)));
        set_figure("plausible_best.adv",
                   u8(pf::money(r.evaluation.plausible->optimistic_payout, cur)));
    } else {
        set_figure("plausible_central.adv", wxS("—"));
        set_figure("plausible_best.adv", wxS("—"));
    }
    if (r.ponzi) {
        std::string text;
        for (const std::string& line : pf::ponzi_reading_lines(*r.ponzi)) {
            text += (text.empty() ? "" : "\n") + line;
        }
        set_figure("ponzi", u8(text));
    } else {
        set_figure("ponzi", wxString());
    }
    show_disclosures();
    show_charts();
    set_figure("status", wxString());
    results_panel_->FitInside();
    results_panel_->Layout();
}

void OfferPage::show_disclosures() {
    // Most severe first, as core orders them. When the same disclosures apply as before (the
    // usual case while typing), their rows are kept and only changed texts are set: rebuilding
    // the rows is most of what a keystroke would otherwise cost.
    const auto& list = results_->disclosures;
    const bool same_ids = !disclosure_rows_.empty() && disclosure_rows_.size() == list.size() &&
                          std::equal(list.begin(), list.end(), disclosure_rows_.begin(),
                                     [](const present::DisclosureText& d, const DisclosureRow& r) {
                                         return d.id == r.id;
                                     });
    if (same_ids) {
        bool changed = false;
        for (std::size_t i = 0; i < list.size(); ++i) {
            DisclosureRow& row = disclosure_rows_[i];
            if (row.headline_text != list[i].headline) {
                row.headline_text = list[i].headline;
                row.headline->SetLabel(u8(row.headline_text));
                changed = true;
            }
            if (row.detail_text != list[i].detail) {
                row.detail_text = list[i].detail;
                row.detail->SetLabel(u8(row.detail_text));
                changed = true;
            }
        }
        if (changed) {
            results_panel_->FitInside();
        }
        return;
    }
    disclosures_sizer_->Clear(true);
    disclosure_rows_.clear();
    if (list.empty()) {
        auto* none = new wxStaticText(disclosures_parent_, wxID_ANY, _("No disclosures apply."));
        none->SetForegroundColour(theme::muted());
        disclosures_sizer_->Add(none);
        return;
    }
    for (const present::DisclosureText& d : list) {
        DisclosureRow r;
        r.id = d.id;
        r.headline_text = d.headline;
        r.detail_text = d.detail;
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        auto* badge = new wxStaticText(disclosures_parent_, wxID_ANY,
                                       u8(present::severity_label(d.severity)).Upper(),
                                       wxDefaultPosition, wxSize(FromDIP(84), -1));
        badge->SetFont(badge->GetFont().Bold().Scaled(0.85f));
        badge->SetForegroundColour(d.severity == core::Severity::Warning   ? theme::warning()
                                   : d.severity == core::Severity::Caution ? theme::caution()
                                                                           : theme::info());
        auto* col = new wxBoxSizer(wxVERTICAL);
        r.headline = new WrapText(disclosures_parent_, u8(d.headline));
        r.headline->SetForegroundColour(theme::ink()); // the panel is white in dark themes too
        // The pane's name is the disclosure's id, so that which ones are open can be kept.
        auto* pane = new wxCollapsiblePane(
            disclosures_parent_, wxID_ANY, _("Explanation"), wxDefaultPosition, wxDefaultSize,
            wxCP_DEFAULT_STYLE | wxCP_NO_TLW_RESIZE, wxDefaultValidator, u8(d.id));
        // The explanation is wrapped the first time it is opened: most stay closed.
        r.detail = new WrapText(pane->GetPane(), u8(d.detail));
        r.detail->SetForegroundColour(theme::muted());
        auto* ps = new wxBoxSizer(wxVERTICAL);
        ps->Add(r.detail, 0, wxEXPAND | wxLEFT, 16);
        pane->GetPane()->SetSizer(ps);
        r.wrapped = std::make_shared<bool>(false);
        const auto fill = [this, detail = r.detail, wrapped = r.wrapped] {
            if (!*wrapped) {
                detail->InvalidateBestSize(); // wraps to the pane's width once laid out
                *wrapped = true;
            }
        };
        if (std::find(expanded_disclosures_.begin(), expanded_disclosures_.end(), d.id) !=
            expanded_disclosures_.end()) {
            fill();
            pane->Expand();
        }
        pane->Bind(
            wxEVT_COLLAPSIBLEPANE_CHANGED, [this, fill, id = d.id](wxCollapsiblePaneEvent& e) {
                fill();
                // Remember which explanations are open across rebuilds of the list.
                const auto it =
                    std::find(expanded_disclosures_.begin(), expanded_disclosures_.end(), id);
                if (!e.GetCollapsed() && it == expanded_disclosures_.end()) {
                    expanded_disclosures_.push_back(id);
                } else if (e.GetCollapsed() && it != expanded_disclosures_.end()) {
                    expanded_disclosures_.erase(it);
                }
                results_panel_->FitInside();
                results_panel_->Layout();
            });
        col->Add(r.headline, 0, wxEXPAND | wxTOP, 4);
        col->Add(pane, 0, wxEXPAND);
        row->Add(badge, 0, wxTOP, 4);
        row->Add(col, 1, wxEXPAND);
        disclosures_sizer_->Add(row, 0, wxEXPAND | wxBOTTOM, 6);
        disclosure_rows_.push_back(std::move(r));
    }
}

void OfferPage::show_charts() {
    const std::vector<render::Magnitude> magnitudes =
        defaults_.market ? render::magnitudes_of(*defaults_.market) : render::default_magnitudes();
    for (ChartPanel* chart : charts_) {
        chart->set_data(render::chart_for(chart->kind(), *results_, magnitudes));
    }
    if (ladder_ != nullptr) {
        ladder_->set_data(render::ladder_chart(*results_));
    }
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
    if (i >= disclosure_rows_.size()) {
        return {};
    }
    // The text as set, without the line breaks of wrapping.
    const auto* wrapped = dynamic_cast<const WrapText*>(disclosure_rows_[i].headline);
    return wrapped != nullptr ? wrapped->text() : disclosure_rows_[i].headline->GetLabelText();
}

} // namespace candor::app
