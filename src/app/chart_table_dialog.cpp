#include "chart_table_dialog.hpp"

#include "accessible.hpp"
#include "utf8.hpp"

#include "present/number_format.hpp"

#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/dataobj.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace candor::app {

bool copy_chart_table(const render::ChartTable& table) {
    if (wxTheClipboard == nullptr || !wxTheClipboard->Open()) {
        return false;
    }
    const bool ok =
        wxTheClipboard->SetData(new wxTextDataObject(u8(render::to_tab_separated(table))));
    wxTheClipboard->Close();
    return ok;
}

ChartTableDialog::ChartTableDialog(wxWindow* parent, const render::ChartData& data)
    : wxDialog(parent, wxID_ANY,
               // TRANSLATORS: title of the window with a chart's data; {0} the chart's title.
               fill(_("Data of the chart: {0}"), data.title), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      contents_(render::chart_table(data)) {
    // The app's direction, as every window of it (the chart it comes from keeps left to right
    // for its drawing only).
    SetLayoutDirection(present::right_to_left() ? wxLayout_RightToLeft : wxLayout_LeftToRight);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    if (!data.caption.empty()) {
        auto* caption = new wxStaticText(this, wxID_ANY, u8(data.caption));
        caption->Wrap(FromDIP(600));
        sizer->Add(caption, 0, wxALL, 12);
    }
    table_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(620, 360)),
                                    wxDV_SINGLE | wxDV_HORIZ_RULES | wxDV_VERT_RULES);
    // Numbers to the right; GTK mirrors that in a right-to-left window (as the key figures).
    const wxAlignment number_side = wxALIGN_RIGHT;
    table_->AppendTextColumn(u8(contents_.headings[0]), wxDATAVIEW_CELL_INERT, FromDIP(260));
    table_->AppendTextColumn(u8(contents_.headings[1]), wxDATAVIEW_CELL_INERT, FromDIP(170),
                             number_side);
    table_->AppendTextColumn(u8(contents_.headings[2]), wxDATAVIEW_CELL_INERT, FromDIP(170),
                             number_side);
    for (const auto& row : contents_.rows) {
        wxVector<wxVariant> values;
        for (const std::string& cell : row) {
            values.push_back(wxVariant(u8(cell)));
        }
        table_->AppendItem(values);
    }
    const wxString name = u8(data.title);
    table_->SetName(name);
    set_accessible(table_, name, u8(data.caption));
    sizer->Add(table_, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* copy = new wxButton(this, wxID_COPY, _("&Copy the data"));
    copy->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { copy_chart_table(contents_); });
    buttons->Add(copy, 0, wxRIGHT, 8);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CLOSE), 0);
    SetEscapeId(wxID_CLOSE);
    SetAffirmativeId(wxID_CLOSE);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(sizer);
    table_->SetFocus();
}

} // namespace candor::app
