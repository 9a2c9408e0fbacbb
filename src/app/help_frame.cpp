#include "help_frame.hpp"

#include "present/help_pages.hpp"
#include "utf8.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/config.h>
#include <wx/html/htmlwin.h>
#include <wx/html/htmprint.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>

namespace candor::app {

namespace {

constexpr const char* frame_name = "candor help";
const wxString start_page_key = wxS("/Help/ShowStartPage");

/// wxHtmlWindow with its anchor lookup reachable: links within a page ("#hazard").
class HelpHtml : public wxHtmlWindow {
  public:
    using wxHtmlWindow::wxHtmlWindow;
    bool go_to_anchor(const wxString& anchor) { return ScrollToAnchor(anchor); }
};

} // namespace

HelpFrame::HelpFrame(wxWindow* parent, HelpPage page)
    : wxFrame(parent, wxID_ANY, _("Candor Help"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE, wxString::FromUTF8(frame_name)),
      page_(page) {
    auto* panel = new wxPanel(this);
    auto* col = new wxBoxSizer(wxVERTICAL);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    const auto page_button = [&](const wxString& label, HelpPage p) {
        auto* b = new wxButton(panel, wxID_ANY, label);
        b->Bind(wxEVT_BUTTON, [this, p](wxCommandEvent&) { show_page(p); });
        bar->Add(b, 0, wxRIGHT, 6);
    };
    page_button(_("&Getting started"), HelpPage::Start);
    page_button(_("&Methodology"), HelpPage::Methodology);
    page_button(_("G&lossary"), HelpPage::Glossary);
    filter_ = new wxSearchCtrl(panel, wxID_ANY);
    filter_->SetDescriptiveText(_("Find a term"));
    filter_->SetName(_("Find a term"));
    filter_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { set_filter(filter_->GetValue()); });
    bar->Add(filter_, 1, wxRIGHT, 6);
    auto* print = new wxButton(panel, wxID_PRINT, _("&Print..."));
    print->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { preview(); });
    bar->Add(print);
    col->Add(bar, 0, wxEXPAND | wxALL, 6);

    html_ = new HelpHtml(panel, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO,
                         wxS("help page"));
    html_->Bind(wxEVT_HTML_LINK_CLICKED, &HelpFrame::on_link, this);
    col->Add(html_, 1, wxEXPAND);

    at_start_ = new wxCheckBox(panel, wxID_ANY, _("&Show this page when Candor starts"));
    at_start_->SetValue(start_page_wanted());
    at_start_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        if (wxConfigBase* cfg = wxConfigBase::Get(false)) {
            cfg->Write(start_page_key, at_start_->GetValue());
            cfg->Flush();
        }
    });
    col->Add(at_start_, 0, wxALL, 6);
    panel->SetSizer(col);

    printing_ = std::make_unique<wxHtmlEasyPrinting>(_("Candor Help"), this);
    printing_->SetFooter(wxS("<p align=\"center\">@PAGENUM@ / @PAGESCNT@</p>"));
    SetSize(FromDIP(wxSize(720, 640)));
    load();
}

HelpFrame::~HelpFrame() = default;

bool HelpFrame::start_page_wanted() {
    const wxConfigBase* cfg = wxConfigBase::Get(false);
    return cfg == nullptr || cfg->ReadBool(start_page_key, true);
}

void HelpFrame::show_page(HelpPage page) {
    page_ = page;
    load();
}

void HelpFrame::set_filter(const wxString& filter) {
    if (filter_->GetValue() != filter) {
        filter_->ChangeValue(filter);
    }
    page_ = HelpPage::Glossary;
    load();
}

void HelpFrame::load() {
    std::string text;
    switch (page_) {
    case HelpPage::Start:
        text = present::start_page_html();
        break;
    case HelpPage::Methodology:
        text = present::methodology_html();
        break;
    case HelpPage::Glossary:
        text = present::glossary_html(s8(filter_->GetValue()));
        break;
    }
    source_ = u8(text);
    html_->SetPage(source_);
    filter_->Show(page_ == HelpPage::Glossary);
    at_start_->Show(page_ == HelpPage::Start);
    html_->GetParent()->Layout();
}

wxString HelpFrame::page_text() const {
    return html_->ToText();
}

void HelpFrame::preview() {
    printing_->PreviewText(source_);
}

void HelpFrame::follow(const wxString& href) {
    if (href.StartsWith(wxS("#"))) {
        // A term filtered out is shown again before going to it.
        if (page_ != HelpPage::Glossary || !filter_->GetValue().empty()) {
            filter_->ChangeValue(wxString());
            page_ = HelpPage::Glossary;
            load();
        }
        static_cast<HelpHtml*>(html_)->go_to_anchor(href.Mid(1));
        return;
    }
    const wxString target = href.AfterFirst(':');
    if (target == wxS("start")) {
        show_page(HelpPage::Start);
    } else if (target == wxS("methodology")) {
        show_page(HelpPage::Methodology);
    } else if (target == wxS("glossary")) {
        show_page(HelpPage::Glossary);
    } else if (on_action) {
        on_action(s8(target));
    }
}

void HelpFrame::on_link(wxHtmlLinkEvent& event) {
    follow(event.GetLinkInfo().GetHref());
}

HelpFrame* show_help(wxWindow* parent, HelpPage page) {
    auto* frame = dynamic_cast<HelpFrame*>(
        wxWindow::FindWindowByName(wxString::FromUTF8(frame_name), parent));
    if (frame == nullptr) {
        frame = new HelpFrame(parent, page);
    } else {
        frame->show_page(page);
    }
    frame->Show();
    frame->Raise();
    return frame;
}

} // namespace candor::app
