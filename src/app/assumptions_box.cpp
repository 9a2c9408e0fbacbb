#include "assumptions_box.hpp"

#include "core/scenario.hpp"
#include "core/scenario_data.hpp"
#include "offer_form.hpp"
#include "present/benchmark_text.hpp"
#include "present/number_format.hpp"
#include "utf8.hpp"
#include "wrap_text.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <fmt/format.h>

#include <cmath>

namespace candor::app {

namespace {

std::string scenario_text(const OfferResults& r) {
    if (!r.scenario) {
        return s8(_("Scenario: none chosen. The Expected card then shows the chance of failure "
                    "at which the offer is worth no more than the benchmark."));
    }
    const core::ScenarioOutcome& s = *r.scenario;
    const core::ScenarioPreset* p = core::ScenarioPresets::builtin().find(s.preset);
    std::string source;
    if (p != nullptr && !p->sources.empty()) {
        source = p->sources.front().publisher + ", " + p->sources.front().date;
    }
    // TRANSLATORS: {0} the scenario's name, {1} its chance of failing within a year, {2} the
    // share recovered, {3} the source of the preset's figures and its date.
    return fmt::format(
        fmt::runtime(s8(_("Scenario: {0}; failure within a year {1}, recovery {2} ({3})"))),
        present::scenario_label(s),
        present::percent(core::annual_probability_from_hazard(s.model.hazard)),
        present::percent(s.model.recovery), source.empty() ? s8(_("as stated")) : source);
}

} // namespace

AssumptionsBox::AssumptionsBox(wxWindow* parent)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL,
              wxS("assumptions")) {
    auto* col = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, _("Assumptions in use"));
    title->SetFont(title->GetFont().Bold());
    col->Add(title, 0, wxBOTTOM, 4);
    const auto row = [&](WrapText*& text, wxButton*& button, const char* field_id) {
        // The text, then its Edit button under it: narrow enough for any window width.
        auto* line = new wxBoxSizer(wxVERTICAL);
        text = new WrapText(this, wxString());
        button = new wxButton(this, wxID_ANY, _("Edit"), wxDefaultPosition, wxDefaultSize,
                              wxBU_EXACTFIT);
        button->Bind(wxEVT_BUTTON, [this, id = std::string(field_id)](wxCommandEvent&) {
            if (on_edit) {
                on_edit(id);
            }
        });
        line->Add(text, 0, wxEXPAND);
        line->Add(button, 0, wxTOP, 2);
        col->Add(line, 0, wxEXPAND | wxBOTTOM, 6);
    };
    row(benchmark_, edit_benchmark_, field::benchmark);
    row(inflation_, edit_inflation_, field::inflation);
    row(scenario_, edit_scenario_, field::scenario);
    row(unexplained_, edit_unexplained_, field::mix);
    edit_benchmark_->SetName(_("Edit the benchmark"));
    edit_unexplained_->SetName(_("Edit the claimed mix"));
    edit_inflation_->SetName(_("Edit the inflation"));
    edit_scenario_->SetName(_("Edit the scenario"));
    auto* defaults = new wxButton(this, wxID_ANY, _("Change the defaults..."));
    defaults->SetToolTip(_("The benchmark used when the field is left empty, and the data"));
    defaults->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxCommandEvent menu(wxEVT_MENU, wxID_PREFERENCES);
        wxGetTopLevelParent(this)->GetEventHandler()->ProcessEvent(menu);
    });
    col->Add(defaults, 0, wxTOP, 4);
    SetSizer(col);
}

void AssumptionsBox::update(const OfferResults& r) {
    benchmark_->SetLabel(u8(present::benchmark_line(r.analysis())));
    inflation_->SetLabel(u8(present::inflation_line(r.analysis())));
    scenario_->SetLabel(u8(scenario_text(r)));
    // Shown only when the claimed mix names a source with no public return series.
    const std::string unchecked =
        present::unexplained_mix_line(r.analysis(), r.evaluation.plausible);
    unexplained_->SetLabel(u8(unchecked));
    unexplained_->Show(!unchecked.empty());
    edit_unexplained_->Show(!unchecked.empty());
    Layout();
}

wxString AssumptionsBox::row_text(const std::string& row) const {
    if (row == field::benchmark) {
        return benchmark_->text();
    }
    if (row == field::inflation) {
        return inflation_->text();
    }
    if (row == field::mix) {
        return unexplained_->IsShown() ? unexplained_->text() : wxString();
    }
    return scenario_->text();
}

wxButton* AssumptionsBox::edit_button(const std::string& row) const {
    if (row == field::benchmark) {
        return edit_benchmark_;
    }
    if (row == field::inflation) {
        return edit_inflation_;
    }
    if (row == field::mix) {
        return edit_unexplained_;
    }
    return edit_scenario_;
}

} // namespace candor::app
