#include "main_frame.hpp"

#include "classroom_frame.hpp"
#include "offer_page.hpp"

#include "core/examples.hpp"

#include <wx/aboutdlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>

namespace candor::app {

namespace {

wxString u8(const std::string& s) {
    return wxString::FromUTF8(s);
}

enum MenuId : int {
    IdAddOffer = wxID_HIGHEST + 1,
    IdCloseOffer,
    IdClassroom,
    IdMethodology,
    IdExampleFirst = wxID_HIGHEST + 100,
};

} // namespace

MainFrame::MainFrame()
    : wxFrame(nullptr, wxID_ANY, wxS("Candor"), wxDefaultPosition, wxSize(1280, 860)) {
    SetName(wxS("Candor"));
    book_ = new wxNotebook(this, wxID_ANY);
    book_->SetName(_("Offers"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(book_, 1, wxEXPAND);
    SetSizer(sizer);
    CreateStatusBar(1);
    build_menus();
    book_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, &MainFrame::on_page_changed, this);
    update_title();
}

MainFrame::~MainFrame() = default;

void MainFrame::build_menus() {
    auto* file = new wxMenu;
    auto* examples = new wxMenu;
    int id = IdExampleFirst;
    for (const auto& ex : core::builtin_examples()) {
        examples->Append(id, u8(ex.offer.name));
        Bind(
            wxEVT_MENU, [this, eid = ex.id](wxCommandEvent&) { add_example(eid); }, id);
        ++id;
    }
    file->AppendSubMenu(examples, _("&Examples"), _("Open a built-in example offer"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));

    auto* edit = new wxMenu;
    edit->Append(IdAddOffer, _("&Add Offer\tCtrl+T"), _("Add an offer to compare"));
    edit->Append(IdCloseOffer, _("&Remove Offer\tCtrl+W"), _("Remove the current offer"));

    auto* view = new wxMenu;
    view->Append(IdClassroom, _("&Classroom\tF11"),
                 _("Full screen, large type, one step at a time"));

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About Candor"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(view, _("&View"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            OfferFormInput in;
            in.name = _("New offer").utf8_string();
            in.asset = "USDT";
            in.days = "30";
            add_offer(in);
        },
        IdAddOffer);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { on_close_page(); }, IdCloseOffer);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { open_classroom(); }, IdClassroom);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            wxAboutDialogInfo info;
            info.SetName(wxS("Candor"));
            info.SetVersion(wxS(CANDOR_VERSION));
            info.SetDescription(_("Reads a fixed-term yield offer honestly: the advertised "
                                  "payout beside plausible ones, the risk it implies, and "
                                  "careful disclosures."));
            wxAboutBox(info, this);
        },
        wxID_ABOUT);
}

OfferPage* MainFrame::add_offer(const OfferFormInput& input) {
    auto* p = new OfferPage(book_, input);
    book_->AddPage(p, p->title(), true);
    p->on_edited = [this, p] {
        const int i = book_->FindPage(p);
        if (i != wxNOT_FOUND) {
            book_->SetPageText(static_cast<std::size_t>(i), p->title());
        }
        update_title();
    };
    p->on_results = [this] { update_title(); };
    update_title();
    return p;
}

OfferPage* MainFrame::add_example(const std::string& id) {
    const core::Example& ex = core::find_example(id);
    return add_offer(form_from_offer(ex.offer, core::Assumptions::defaults()));
}

std::size_t MainFrame::page_count() const {
    return book_->GetPageCount();
}

OfferPage* MainFrame::page(std::size_t i) const {
    return i < book_->GetPageCount() ? static_cast<OfferPage*>(book_->GetPage(i)) : nullptr;
}

OfferPage* MainFrame::current_page() const {
    const int i = book_->GetSelection();
    return i == wxNOT_FOUND ? nullptr : page(static_cast<std::size_t>(i));
}

void MainFrame::on_page_changed(wxBookCtrlEvent& event) {
    update_title();
    event.Skip();
}

void MainFrame::on_close_page() {
    const int i = book_->GetSelection();
    if (i != wxNOT_FOUND) {
        book_->DeletePage(static_cast<std::size_t>(i));
    }
    update_title();
}

void MainFrame::update_title() {
    const OfferPage* p = current_page();
    SetTitle(p ? wxString::Format(wxS("%s — Candor"), p->title()) : wxString(wxS("Candor")));
    if (p != nullptr) {
        SetStatusText(wxString::Format(
            wxPLURAL("%zu offer", "%zu offers", static_cast<unsigned>(page_count())),
            page_count()));
    }
}

ClassroomFrame* MainFrame::open_classroom() {
    if (classroom_ != nullptr) {
        classroom_->Raise();
        return classroom_;
    }
    const OfferPage* p = current_page();
    if (p == nullptr || !p->results()) {
        SetStatusText(_("Classroom mode needs an offer with a valid result."));
        return nullptr;
    }
    classroom_ = new ClassroomFrame(this, p->results());
    classroom_->on_closed = [this] { classroom_ = nullptr; };
    classroom_->ShowFullScreen(true);
    classroom_->Show();
    classroom_->SetFocus();
    return classroom_;
}

} // namespace candor::app
