#include "pick_list_dialog.hpp"

#include "utf8.hpp"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <algorithm>
#include <utility>

namespace candor::app {

PickListDialog::PickListDialog(wxWindow* parent, const wxString& title, std::vector<PickItem> items,
                               bool multiple, std::vector<std::string> chosen)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      items_(std::move(items)), multiple_(multiple), chosen_(std::move(chosen)) {
    auto* col = new wxBoxSizer(wxVERTICAL);
    filter_ = new wxSearchCtrl(this, wxID_ANY);
    filter_->SetDescriptiveText(_("Find by name or code"));
    filter_->SetName(_("Find by name or code"));
    filter_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { fill(); });
    col->Add(filter_, 0, wxEXPAND | wxALL, 8);
    list_ = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(420, 360)));
    list_->SetName(title);
    list_->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent& e) { on_toggle(e.GetInt()); });
    col->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
    col->Add(new wxStaticText(this, wxID_ANY,
                              multiple ? _("Tick each source the offer names; weights can be "
                                           "changed in the field afterwards.")
                                       : _("Tick the asset the principal is held in.")),
             0, wxALL, 8);
    col->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 8);
    SetSizerAndFit(col);
    fill();
    filter_->SetFocus();
}

void PickListDialog::fill() {
    const std::string filter = s8(filter_->GetValue());
    list_->Clear();
    row_items_.clear();
    std::string group;
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const PickItem& item = items_[i];
        if (!pick_matches(item, filter)) {
            continue;
        }
        if (item.group != group) {
            group = item.group;
            list_->Append(u8("— " + item.group_label + " —"));
            row_items_.push_back(-1);
        }
        list_->Append(u8(item.name + " (" + item.id + ")"));
        row_items_.push_back(static_cast<int>(i));
        if (std::find(chosen_.begin(), chosen_.end(), item.id) != chosen_.end()) {
            list_->Check(static_cast<unsigned>(row_items_.size() - 1));
        }
    }
}

void PickListDialog::on_toggle(int row) {
    if (row < 0 || static_cast<std::size_t>(row) >= row_items_.size()) {
        return;
    }
    const int index = row_items_[static_cast<std::size_t>(row)];
    if (index < 0) {
        list_->Check(static_cast<unsigned>(row), false); // a heading is not a choice
        return;
    }
    choose(items_[static_cast<std::size_t>(index)].id,
           list_->IsChecked(static_cast<unsigned>(row)));
}

void PickListDialog::choose(const std::string& id, bool on) {
    const auto it = std::find(chosen_.begin(), chosen_.end(), id);
    if (on && it == chosen_.end()) {
        if (!multiple_) {
            chosen_.clear();
        }
        chosen_.push_back(id);
    } else if (!on && it != chosen_.end()) {
        chosen_.erase(it);
    }
    fill();
}

void PickListDialog::set_filter(const wxString& filter) {
    filter_->SetValue(filter); // fill() follows from the text event
    fill();
}

std::vector<std::string> PickListDialog::chosen() const {
    return chosen_;
}

std::vector<wxString> PickListDialog::rows() const {
    std::vector<wxString> out;
    for (unsigned i = 0; i < list_->GetCount(); ++i) {
        out.push_back(list_->GetString(i));
    }
    return out;
}

std::string pick_asset(wxWindow* parent, const std::string& current) {
    PickListDialog dlg(parent, _("Choose the asset held"), asset_pick_items(), false, {current});
    if (dlg.ShowModal() != wxID_OK || dlg.chosen().empty()) {
        return {};
    }
    return dlg.chosen().front();
}

std::string pick_mix(wxWindow* parent, const std::string& current, const core::MarketData& market) {
    PickListDialog dlg(parent, _("Choose what the yield is said to come from"),
                       mix_pick_items(market), true, mix_ids_in(current));
    if (dlg.ShowModal() != wxID_OK) {
        return current;
    }
    return mix_with(current, dlg.chosen());
}

} // namespace candor::app
