#include "offer_form_panel.hpp"

#include "accessible.hpp"
#include "date_field.hpp"
#include "pick_list_dialog.hpp"
#include "theme.hpp"
#include "utf8.hpp"
#include "wrap_text.hpp"

#include "core/asset.hpp"
#include "core/day_count.hpp"
#include "core/deposit_insurance.hpp"
#include "core/find_by_id.hpp"
#include "core/input_error.hpp"
#include "core/market_data.hpp"
#include "core/rate.hpp"
#include "core/scenario.hpp"
#include "core/scenario_data.hpp"
#include "core/term.hpp"
#include "present/claim_text.hpp"
#include "present/number_format.hpp"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dateevt.h>
#include <wx/intl.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>

namespace candor::app {

namespace pf = present;

namespace {

/// The translation of an English text marked with CANDOR_N_ (the table's labels, core's
/// messages).
wxString tr_marked(const std::string& s) {
    return wxGetTranslation(u8(s));
}

std::string iso(const DateField* p) {
    return p->date().IsValid() ? s8(p->date().FormatISODate()) : std::string();
}

void set_iso(DateField* p, const std::string& text) {
    wxDateTime d;
    if (!text.empty() && d.ParseISODate(u8(text))) {
        p->set_date(d);
    }
}

bool is(const char* id, const char* other) {
    return std::string_view(id) == other;
}

/// The entries of a drop-down list: what each shows and the value behind it.
struct ChoiceEntries {
    wxArrayString labels;
    std::vector<std::string> values;
    void add(const wxString& label, std::string value) {
        labels.Add(label);
        values.push_back(std::move(value));
    }
};

ChoiceEntries insured_entries() {
    ChoiceEntries e;
    e.add(_("(none)"), {});
    e.add(_("The scheme of the deposit's currency"), std::string(core::insured_auto));
    for (const core::InsuranceScheme& scheme : core::DepositInsurance::builtin().schemes()) {
        // TRANSLATORS: {0} a deposit-insurance scheme's id such as FDIC, {1} its limit with its
        // currency, e.g. "250,000.00 USD".
        const wxString label = _("{0}, up to {1}");
        e.add(fill(label, scheme.id,
                   present::money(scheme.limit, *core::find_asset(scheme.currency))),
              scheme.id);
    }
    return e;
}

ChoiceEntries choice_entries(const char* id) {
    ChoiceEntries e;
    if (is(id, field::asset)) {
        for (const auto& a : core::known_assets()) {
            e.add(u8(a.code), a.code);
        }
    } else if (is(id, field::day_count)) {
        for (auto dc : {core::DayCount::Act365F, core::DayCount::Act360, core::DayCount::ActActISDA,
                        core::DayCount::Thirty360Bond}) {
            const std::string name(core::day_count_name(dc));
            e.add(u8(name), name);
        }
    } else if (is(id, field::compounding)) {
        for (const core::CompoundingOption& o : core::compounding_options()) {
            e.add(tr_marked(o.label), o.id);
        }
    } else if (is(id, field::scenario)) {
        e.add(_("(none)"), {});
        for (const auto& preset : core::ScenarioPresets::builtin().presets()) {
            e.add(wxGetTranslation(u8(preset.name)), preset.id);
        }
    } else if (is(id, field::insured)) {
        e = insured_entries();
    }
    return e;
}

/// The labels of a mode's two radio buttons and the names a screen reader announces.
struct ModeLabels {
    wxString first, second, first_name, second_name;
};

ModeLabels mode_labels(const char* id) {
    if (is(id, field::term_mode)) {
        return {_("&Days"), _("D&ates"), _("Term given as days"), _("Term given as dates")};
    }
    return {_("Pa&yout"), _("Annual &rate"), _("Advertised as a payout"),
            _("Advertised as an annual rate")};
}

/// The word field_value() gives for a mode's first or second button.
std::string mode_word(const char* id, bool second) {
    if (is(id, field::term_mode)) {
        return second ? "dates" : "days";
    }
    return second ? "rate" : "payout";
}

} // namespace

OfferFormPanel::OfferFormPanel(wxWindow* parent)
    // Made at a real size rather than wx's default: until the first layout GTK would otherwise
    // be asked to fit a scroll bar into no room, and says so on standard error.
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(wxSize(400, 400)),
                       wxVSCROLL | wxTAB_TRAVERSAL, wxS("offer form")) {
    SetScrollRate(0, 12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    build(sizer);
    SetSizer(sizer);
    SetMinSize(wxSize(sizer->GetMinSize().x + 24, -1));
}

void OfferFormPanel::build(wxSizer* sizer) {
    grid_ = new wxFlexGridSizer(2, wxSize(10, 2));
    grid_->AddGrowableCol(1, 1);
    for (const FormField& f : form_fields()) {
        if (f.heading != nullptr) {
            add_heading(tr_marked(f.heading));
        }
        switch (f.kind) {
        case FieldKind::Text:
            texts_[f.id] = make_text();
            add_row(f, texts_[f.id], make_pick_button(f));
            break;
        case FieldKind::Choice:
            choices_[f.id] = make_choice(f);
            add_row(f, choices_[f.id].control, make_pick_button(f));
            break;
        case FieldKind::Mode:
            add_mode_row(f);
            break;
        case FieldKind::Date:
            add_date_row(f);
            break;
        case FieldKind::Claims:
            sizer->Add(grid_, 0, wxEXPAND | wxLEFT | wxRIGHT, 14);
            add_claims(f, sizer);
            break;
        }
    }
    sizer->AddSpacer(14);
}

void OfferFormPanel::add_heading(const wxString& title) {
    auto* h = new wxStaticText(this, wxID_ANY, title);
    h->SetFont(h->GetFont().Bold());
    grid_->Add(h, 0, wxTOP, 14);
    grid_->AddSpacer(0);
}

// Adds a label and a control; the error line sits under the control in the same column.
void OfferFormPanel::add_row(const FormField& f, wxWindow* control, wxWindow* beside) {
    const wxString label = tr_marked(f.label);
    auto* lbl = new wxStaticText(this, wxID_ANY, label);
    label_control_made_before(lbl, control);
    grid_->Add(lbl, 0, wxALIGN_CENTER_VERTICAL | wxTOP, 6);
    control->SetName(label);
    if (*f.tooltip != '\0') {
        const wxString help = tr_marked(f.tooltip);
        control->SetToolTip(help);
        set_accessible(control, wxString(), help); // the name comes from the label
    }
    field_labels_[f.id] = lbl;
    if (beside != nullptr) {
        auto* line = new wxBoxSizer(wxHORIZONTAL);
        line->Add(control, 1, wxEXPAND);
        line->Add(beside, 0, wxLEFT | wxALIGN_CENTER_VERTICAL, 4);
        grid_->Add(line, 1, wxEXPAND | wxTOP, 6);
    } else {
        grid_->Add(control, 1, wxEXPAND | wxTOP, 6);
    }
    // Once left, a field shows its error even when empty.
    control->Bind(wxEVT_KILL_FOCUS, [this, id = std::string(f.id)](wxFocusEvent& e) {
        if (touched_.insert(id).second && form_.error_for(id) != nullptr) {
            CallAfter([this] { show_field_errors(); });
        }
        e.Skip();
    });
    // The error line is created the first time the field has an error.
    grid_->AddSpacer(0);
    auto* holder = new wxBoxSizer(wxVERTICAL);
    grid_->Add(holder, 0, wxEXPAND);
    field_controls_[f.id] = control;
    error_holders_[f.id] = holder;
}

// A "..." button beside the asset held and the claimed mix: the choices by name, grouped and
// searchable (pick_list_dialog.cpp). Narrow, as the form's width is the results' loss; its
// name and tooltip say what it does. nullptr for the other fields.
wxWindow* OfferFormPanel::make_pick_button(const FormField& f) {
    const bool asset = is(f.id, field::asset);
    if (!asset && !is(f.id, field::mix)) {
        return nullptr;
    }
    const wxString what =
        asset ? _("Choose the asset held") : _("Choose what the yield is said to come from");
    auto* b = new wxButton(this, wxID_ANY, wxS("\u2026"), wxDefaultPosition, wxDefaultSize,
                           wxBU_EXACTFIT);
    b->SetName(what);
    b->SetToolTip(what);
    b->Bind(wxEVT_BUTTON, [this, asset](wxCommandEvent&) {
        if (asset) {
            pick_asset_held();
        } else {
            pick_claimed_mix();
        }
    });
    return b;
}

void OfferFormPanel::pick_asset_held() {
    const std::string id = pick_asset(this, choice_value(field::asset));
    if (!id.empty()) {
        set_choice(field::asset, id);
        edited();
    }
}

void OfferFormPanel::pick_claimed_mix() {
    wxTextCtrl* mix = text(field::mix);
    const std::string before = s8(mix->GetValue());
    const core::MarketData* data = market ? market() : nullptr;
    const std::string after =
        pick_mix(this, before, data != nullptr ? *data : core::MarketData::builtin());
    if (after != before) {
        mix->SetValue(u8(after)); // a text event: recalculates like typing
    }
}

wxTextCtrl* OfferFormPanel::make_text() {
    auto* t =
        new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(FromDIP(200), -1));
    t->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { edited(); });
    return t;
}

OfferFormPanel::ChoiceField OfferFormPanel::make_choice(const FormField& f) {
    ChoiceEntries entries = choice_entries(f.id);
    ChoiceField c;
    c.control = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, entries.labels);
    c.values = std::move(entries.values);
    c.exact = is(f.id, field::scenario);
    if (is(f.id, field::scenario) || is(f.id, field::insured)) {
        c.control->SetSelection(0);
        // Long preset and scheme names must not widen the form.
        c.control->SetMinSize(wxSize(FromDIP(200), -1));
    }
    if (is(f.id, field::scenario)) {
        c.control->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
            show_scenario_hints();
            edited();
        });
    } else {
        c.control->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { edited(); });
    }
    return c;
}

void OfferFormPanel::add_mode_row(const FormField& f) {
    const ModeLabels labels = mode_labels(f.id);
    ModeField m;
    m.first = new wxRadioButton(this, wxID_ANY, labels.first, wxDefaultPosition, wxDefaultSize,
                                wxRB_GROUP);
    m.second = new wxRadioButton(this, wxID_ANY, labels.second);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(m.first, 0, wxRIGHT, 12);
    row->Add(m.second);
    grid_->Add(new wxStaticText(this, wxID_ANY, tr_marked(f.label)), 0,
               wxALIGN_CENTER_VERTICAL | wxTOP, 6);
    grid_->Add(row, 0, wxTOP, 6);
    m.first->SetName(labels.first_name);
    m.second->SetName(labels.second_name);
    set_accessible(m.first, labels.first_name);
    set_accessible(m.second, labels.second_name);
    if (is(f.id, field::term_mode)) {
        m.first->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) {
            keep_term_length(false);
            sync_modes();
            edited();
        });
        m.second->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) {
            sync_modes();
            keep_term_length(true);
            edited();
        });
    } else {
        for (auto* rb : {m.first, m.second}) {
            rb->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) {
                sync_modes();
                edited();
            });
        }
    }
    modes_[f.id] = m;
}

// The date pickers are made the first time the term is given as dates (see show_date_rows):
// most offers give days, and each picker is a costly composite control.
void OfferFormPanel::add_date_row(const FormField& f) {
    auto* lbl = new wxStaticText(this, wxID_ANY, tr_marked(f.label));
    grid_->Add(lbl, 0, wxALIGN_CENTER_VERTICAL | wxTOP, 6);
    auto* holder = new wxBoxSizer(wxVERTICAL);
    grid_->Add(holder, 1, wxEXPAND | wxTOP, 6);
    grid_->AddSpacer(0);
    auto* errors = new wxBoxSizer(wxVERTICAL);
    grid_->Add(errors, 0, wxEXPAND);
    error_holders_[f.id] = errors;
    date_rows_.push_back(DateRow{f.id, lbl, holder, nullptr});
    lbl->Hide();
}

// One native checklist (a GtkTreeView on GTK) rather than a check box per claim.
void OfferFormPanel::add_claims(const FormField& f, wxSizer* sizer) {
    auto* claims_label = new wxStaticText(this, wxID_ANY, tr_marked(f.label));
    sizer->Add(claims_label, 0, wxLEFT | wxTOP, 14);
    wxArrayString labels;
    for (const core::Claim c : core::all_claims()) {
        labels.Add(u8(present::claim_checklist_text(c)));
        claim_ids_.emplace_back(core::claim_id(c));
    }
    claims_ = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, labels);
    claims_->SetName(claims_label->GetLabel());
    label_control(claims_label, claims_);
    claims_->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { edited(); });
    sizer->Add(claims_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 14);
}

bool OfferFormPanel::mode_second(const char* id) const {
    return modes_.at(id).second->GetValue();
}

std::string OfferFormPanel::choice_value(const std::string& id) const {
    const ChoiceField& c = choices_.at(id);
    const int i = c.control->GetSelection();
    return i == wxNOT_FOUND ? std::string() : c.values.at(static_cast<std::size_t>(i));
}

void OfferFormPanel::set_choice(const std::string& id, const std::string& value) {
    ChoiceField& c = choices_.at(id);
    const auto it = std::find_if(c.values.begin(), c.values.end(), [&](const std::string& v) {
        return c.exact ? v == value : core::same_code(v, value);
    });
    c.control->SetSelection(it == c.values.end() ? 0 : static_cast<int>(it - c.values.begin()));
}

OfferFormInput OfferFormPanel::input() const {
    OfferFormInput in;
    for (const FormField& f : form_fields()) {
        switch (f.kind) {
        case FieldKind::Text:
            set_field_value(in, f, s8(text(f.id)->GetValue()));
            break;
        case FieldKind::Choice:
            set_field_value(in, f, choice_value(f.id));
            break;
        case FieldKind::Mode:
            set_field_value(in, f, mode_word(f.id, mode_second(f.id)));
            break;
        case FieldKind::Date: {
            const DateRow& row = is(f.id, field::start) ? date_rows_.at(0) : date_rows_.at(1);
            const std::string& kept = is(f.id, field::start) ? start_iso_ : end_iso_;
            set_field_value(in, f, row.picker != nullptr ? iso(row.picker) : kept);
            break;
        }
        case FieldKind::Claims:
            for (unsigned i = 0; i < claim_ids_.size(); ++i) {
                if (claims_->IsChecked(i)) {
                    in.claims.push_back(claim_ids_[i]);
                }
            }
            break;
        }
    }
    return in;
}

void OfferFormPanel::set_input(const OfferFormInput& in) {
    loading_ = true;
    for (const FormField& f : form_fields()) {
        switch (f.kind) {
        case FieldKind::Text:
            text(f.id)->ChangeValue(u8(field_value(in, f)));
            break;
        case FieldKind::Choice:
            set_choice(f.id, field_value(in, f));
            break;
        case FieldKind::Mode: {
            const bool second = field_value(in, f) == mode_word(f.id, true);
            modes_.at(f.id).first->SetValue(!second);
            modes_.at(f.id).second->SetValue(second);
            break;
        }
        case FieldKind::Date:
            break; // both at once, below
        case FieldKind::Claims:
            for (unsigned i = 0; i < claim_ids_.size(); ++i) {
                claims_->Check(i, std::find(in.claims.begin(), in.claims.end(), claim_ids_[i]) !=
                                      in.claims.end());
            }
            break;
        }
    }
    set_dates(in);
    show_scenario_hints();
    sync_modes();
    loading_ = false;
}

// Dates not given: today and today plus the days, so that switching to dates starts from the
// same term.
void OfferFormPanel::set_dates(const OfferFormInput& in) {
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
            set_iso(row.picker, is(row.field, field::start) ? start_iso_ : end_iso_);
        }
    }
}

void OfferFormPanel::show_scenario_hints() {
    // The preset's own figures, shown greyed in the fields that may override them.
    const std::string id = choice_value(field::scenario);
    const core::ScenarioPreset* p =
        id.empty() ? nullptr : core::ScenarioPresets::builtin().find(id);
    wxTextCtrl* fail_year = text(field::fail_year);
    wxTextCtrl* recovery_delay = text(field::recovery_delay);
    fail_year->Enable(p != nullptr);
    recovery_delay->Enable(p != nullptr);
    if (p != nullptr) {
        fail_year->SetHint(
            u8(pf::number(core::annual_probability_from_hazard(p->hazard) * 100.0, 1)));
        recovery_delay->SetHint(u8(pf::number(p->recovery_delay_years, 1)));
        text(field::recovery)->SetHint(u8(pf::number(p->recovery * 100.0, 0)));
    } else {
        fail_year->SetHint(wxString());
        recovery_delay->SetHint(wxString());
        text(field::recovery)->SetHint(wxS("0"));
    }
}

void OfferFormPanel::keep_term_length(bool to_dates) {
    DateField* start = date_rows_[0].picker;
    DateField* end = date_rows_[1].picker;
    if (start == nullptr || end == nullptr || !start->date().IsValid()) {
        return;
    }
    if (to_dates) {
        // The maturity the typed days give from the start date (text that is no whole number
        // of days leaves the dates as they were).
        double days = 0.0;
        try {
            days = pf::parse_number(s8(text(field::days)->GetValue()), field::days, "");
        } catch (const core::InputError&) {
            return;
        }
        if (days >= 1.0 && days <= core::Term::max_days && days == std::floor(days)) {
            end->set_date(start->date() + wxDateSpan::Days(static_cast<int>(days)));
        }
    } else if (end->date().IsValid() && end->date() > start->date()) {
        // The days between the dates, in the language's digits.
        // Whole calendar days (a day of a daylight-saving change has 23 or 25 hours).
        const double days = std::round(end->date().GetJDN() - start->date().GetJDN());
        text(field::days)->ChangeValue(u8(pf::editable_number(days, 0)));
    }
}

void OfferFormPanel::sync_modes() {
    const bool dates = mode_second(field::term_mode);
    text(field::days)->Enable(!dates);
    show_date_rows(dates);
    const bool by_rate = mode_second(field::payout_mode);
    text(field::payout)->Enable(!by_rate);
    text(field::rate)->Enable(by_rate);
    choices_.at(field::compounding).control->Enable(by_rate);
}

void OfferFormPanel::show_date_rows(bool show) {
    bool changed = false;
    for (DateRow& row : date_rows_) {
        const bool start = is(row.field, field::start);
        if (show && row.picker == nullptr) {
            // Dates in one unambiguous form in every language (ISO, the language's digits).
            row.picker = new DateField(this, wxDefaultDateTime);
            set_iso(row.picker, start ? start_iso_ : end_iso_);
            row.picker->SetName(wxStripMenuCodes(row.label->GetLabel()));
            row.picker->SetToolTip(tr_marked(find_form_field(row.field)->tooltip));
            label_control(row.label, row.picker);
            row.picker->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { edited(); });
            row.holder->Add(row.picker, 1, wxEXPAND);
            field_controls_[row.field] = row.picker;
            // Keep the tab order of the form: the pickers come right after the days field.
            row.picker->MoveAfterInTabOrder(start ? static_cast<wxWindow*>(text(field::days))
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
        FitInside();
        Layout();
    }
}

void OfferFormPanel::edited() {
    if (!loading_ && on_edited) {
        on_edited();
    }
}

void OfferFormPanel::show_errors(const FormResult& form) {
    form_ = form;
    show_field_errors();
}

void OfferFormPanel::show_all_errors() {
    show_all_errors_ = true;
    show_field_errors();
}

void OfferFormPanel::show_field_errors() {
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
            auto* label = new WrapText(this, wxString());
            label->SetForegroundColour(theme::error_text());
            holder->Add(label, 0, wxEXPAND);
            existing = field_errors_.emplace(id, label).first;
        }
        if (existing == field_errors_.end()) {
            continue;
        }
        wxStaticText* err = existing->second;
        if (e != nullptr) {
            // TRANSLATORS: shown under a form field; {0} is what the field accepts.
            const wxString msg = fill(_("Expected {0}"), tr_marked(e->expected));
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
    FitInside();
    Layout();
}

wxWindow* OfferFormPanel::field_control(const std::string& field_id) const {
    const auto it = field_controls_.find(field_id);
    return it == field_controls_.end() ? nullptr : it->second;
}

wxStaticText* OfferFormPanel::field_label(const std::string& field_id) const {
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

wxString OfferFormPanel::field_error_text(const std::string& field_id) const {
    const auto it = field_errors_.find(field_id);
    if (it == field_errors_.end() || !it->second->IsShown()) {
        return {};
    }
    const auto* wrapped = dynamic_cast<const WrapText*>(it->second);
    return wrapped != nullptr ? wrapped->text() : it->second->GetLabel();
}

wxString OfferFormPanel::offer_name() const {
    return text(field::name)->GetValue().Strip(wxString::both);
}

} // namespace candor::app
