#include "main_frame.hpp"

#include "accessible.hpp"
#include "classroom_frame.hpp"
#include "language.hpp"
#include "number_fields.hpp"
#include "offer_page.hpp"
#include "preferences_dialog.hpp"

#include "core/data_error.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/limits.hpp"
#include "core/market_data.hpp"
#include "core/offer_file.hpp"

#include "present/error_text.hpp"
#include "present/number_format.hpp"
#include "present/offer_label.hpp"
#include "present/visible_text.hpp"
#include "render/chart_data.hpp"

#include <wx/aboutdlg.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/filehistory.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include <filesystem>

namespace candor::app {

namespace {

wxString u8(const std::string& s) {
    return wxString::FromUTF8(s);
}
std::string s8(const wxString& s) {
    return s.utf8_string();
}

enum MenuId : int {
    IdAddOffer = wxID_HIGHEST + 1,
    IdRemoveOffer,
    IdClassroom,
    IdMethodology,
    IdExampleFirst = wxID_HIGHEST + 100,
};

/// The form for a built-in example; assumption fields left empty take the preferences.
OfferFormInput example_form(const core::Example& ex) {
    OfferFormInput in = form_from_offer(ex.offer, core::Assumptions::defaults());
    in.benchmark.clear();
    in.inflation.clear();
    return in;
}

/// A field as its label names it, for a sentence: "&Principal:" -> "Principal". The id when
/// the page has no control for it.
wxString field_name(const OfferPage* page, const std::string& field_id) {
    const wxWindow* ctrl = page->field_control(field_id);
    if (ctrl == nullptr || ctrl->GetName().empty()) {
        return u8(field_id);
    }
    wxString name = wxStripMenuCodes(ctrl->GetName(), wxStrip_Mnemonics);
    // The label's colon, with the space French puts before it.
    while (!name.empty() &&
           (name.Last() == wxUniChar(':') || name.Last() == wxUniChar(' ') ||
            name.Last() == wxUniChar(0x00A0) || name.Last() == wxUniChar(0x202F))) {
        name.RemoveLast();
    }
    return name.empty() ? u8(field_id) : name;
}

} // namespace

MainFrame::MainFrame()
    : wxFrame(nullptr, wxID_ANY, wxS("Candor"), wxDefaultPosition, wxSize(1280, 860)),
      history_(std::make_unique<wxFileHistory>(8)), defaults_(FormDefaults::builtin()) {
    // Mirror before any child exists, so that every sizer and control inherits it.
    SetLayoutDirection(present::right_to_left() ? wxLayout_RightToLeft : wxLayout_LeftToRight);
    SetName(wxS("Candor"));
    SetMinSize(wxSize(900, 600));
    book_ = new wxNotebook(this, wxID_ANY);
    book_->SetName(_("Offers"));
    set_accessible(book_, _("Offers"));
    // After the notebook exists: applying saved preferences updates every open page.
    load_preferences();
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(book_, 1, wxEXPAND);
    SetSizer(sizer);
    CreateStatusBar(1);
    build_menus();
    book_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, &MainFrame::on_page_changed, this);
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);
    update_title();
    update_status();
}

MainFrame::~MainFrame() {
    save_history();
}

void MainFrame::save_history() const {
    if (wxConfigBase* cfg = wxConfigBase::Get(false)) {
        cfg->SetPath(wxS("/RecentFiles"));
        history_->Save(*cfg);
        cfg->SetPath(wxS("/"));
        cfg->Flush();
    }
}

void MainFrame::load_preferences() {
    wxConfigBase* cfg = wxConfigBase::Get(false);
    if (cfg == nullptr) {
        return;
    }
    Preferences p;
    p.language = s8(cfg->Read(wxS("/Preferences/Language"), wxString()));
    p.benchmark_id = s8(cfg->Read(wxS("/Preferences/Benchmark"), wxString()));
    p.data_file = s8(cfg->Read(wxS("/Preferences/DataFile"), wxString()));
    if (!set_preferences(p).empty()) {
        // A data file that no longer loads: keep the built-in data and say so once.
        prefs_ = Preferences{p.language, {}, {}};
    }
    cfg->SetPath(wxS("/RecentFiles"));
    history_->Load(*cfg);
    cfg->SetPath(wxS("/"));
}

std::string MainFrame::set_preferences(const Preferences& p) {
    FormDefaults d;
    try {
        const auto data = p.data_file.empty() ? FormDefaults::builtin().market
                                              : std::make_shared<const core::MarketData>(
                                                    core::MarketData::load_file(p.data_file));
        const core::AssetClass& bench =
            p.benchmark_id.empty() ? data->default_benchmark() : data->get(p.benchmark_id);
        if (!bench.current) {
            return s8(wxString::Format(_("%s has no current yield to use as the benchmark."),
                                       u8(bench.name)));
        }
        d.benchmark_rate = bench.current->value;
        d.annual_inflation = data->default_inflation().current->value;
        d.market = data;
    } catch (const core::DataError& e) {
        return present::data_error_text(e);
    }
    prefs_ = p;
    defaults_ = d;
    store_preferences();
    for (std::size_t i = 0; i < page_count(); ++i) {
        page(i)->set_defaults(defaults_);
    }
    return {};
}

void MainFrame::store_preferences() const {
    if (wxConfigBase* cfg = wxConfigBase::Get(false)) {
        cfg->Write(wxS("/Preferences/Language"), u8(prefs_.language));
        cfg->Write(wxS("/Preferences/Benchmark"), u8(prefs_.benchmark_id));
        cfg->Write(wxS("/Preferences/DataFile"), u8(prefs_.data_file));
        cfg->Flush();
    }
}

void MainFrame::build_menus() {
    auto* file = new wxMenu;
    file->Append(wxID_NEW, _("&New\tCtrl+N"), _("Start an empty offer set"));
    file->Append(wxID_OPEN, _("&Open...\tCtrl+O"), _("Open an offer set (.candor)"));
    auto* recent = new wxMenu;
    history_->UseMenu(recent);
    history_->AddFilesToMenu(recent);
    file->AppendSubMenu(recent, _("Open &Recent"));
    auto* examples = new wxMenu;
    int id = IdExampleFirst;
    for (const auto& ex : core::builtin_examples()) {
        examples->Append(id, u8(present::offer_name(ex.offer.name)));
        Bind(
            wxEVT_MENU,
            [this, eid = ex.id](wxCommandEvent&) {
                add_example(eid);
                set_modified(true);
            },
            id);
        ++id;
    }
    file->AppendSubMenu(examples, _("&Examples"), _("Add a built-in example offer"));
    file->AppendSeparator();
    file->Append(wxID_SAVE, _("&Save\tCtrl+S"));
    file->Append(wxID_SAVEAS, _("Save &As...\tCtrl+Shift+S"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));

    auto* edit = new wxMenu;
    edit->Append(IdAddOffer, _("&Add Offer\tCtrl+T"), _("Add an offer to compare"));
    edit->Append(IdRemoveOffer, _("&Remove Offer\tCtrl+W"), _("Remove the current offer"));
    edit->AppendSeparator();
    edit->Append(wxID_PREFERENCES, _("&Preferences...\tCtrl+,"));

    auto* view = new wxMenu;
    view->Append(IdClassroom, _("&Classroom\tF11"),
                 _("Full screen, large type, one step at a time"));

    auto* help = new wxMenu;
    help->Append(IdMethodology, _("&Methodology\tF1"), _("How every figure is computed"));
    help->Append(wxID_ABOUT, _("&About Candor"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(view, _("&View"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { on_new(); }, wxID_NEW);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { on_open(); }, wxID_OPEN);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& e) {
            const wxString path =
                history_->GetHistoryFile(static_cast<std::size_t>(e.GetId() - wxID_FILE1));
            if (confirm_discard()) {
                open_file(s8(path));
            }
        },
        wxID_FILE1, wxID_FILE9);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { on_save(); }, wxID_SAVE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { on_save_as(); }, wxID_SAVEAS);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            add_new_offer();
            set_modified(true);
        },
        IdAddOffer);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { on_remove_offer(); }, IdRemoveOffer);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { on_preferences(); }, wxID_PREFERENCES);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { open_classroom(); }, IdClassroom);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { on_methodology(); }, IdMethodology);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            wxAboutDialogInfo info;
            info.SetName(wxS("Candor"));
            info.SetVersion(wxS(CANDOR_VERSION));
            info.SetDescription(_("Reads a fixed-term yield offer honestly: the advertised "
                                  "payout beside plausible ones, the risk it implies, and "
                                  "careful disclosures."));
            info.SetLicence(_("Figures are illustrations for learning, not investment advice."));
            wxAboutBox(info, this);
        },
        wxID_ABOUT);
}

OfferPage* MainFrame::add_offer(const OfferFormInput& input) {
    auto* p = new OfferPage(book_, input, defaults_);
    book_->AddPage(p, p->title(), true);
    p->on_edited = [this, p] {
        const int i = book_->FindPage(p);
        if (i != wxNOT_FOUND) {
            book_->SetPageText(static_cast<std::size_t>(i), p->title());
        }
        set_modified(true);
    };
    p->on_results = [this] { update_title(); };
    update_title();
    count_changed();
    update_empty_state();
    return p;
}

OfferPage* MainFrame::add_example(const std::string& id) {
    return add_offer(example_form(core::find_example(id)));
}

std::size_t MainFrame::page_count() const {
    return book_ == nullptr ? 0 : book_->GetPageCount(); // preferences load before the book exists
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

void MainFrame::on_remove_offer() {
    const int i = book_->GetSelection();
    if (i != wxNOT_FOUND) {
        book_->DeletePage(static_cast<std::size_t>(i));
        set_modified(true);
        count_changed();
        update_empty_state();
    }
}

void MainFrame::set_modified(bool m) {
    modified_ = m;
    update_title();
}

void MainFrame::update_title() {
    const wxString doc =
        document_path_.empty() ? _("Untitled") : wxFileName(u8(document_path_)).GetFullName();
    SetTitle(wxString::Format(wxS("%s%s — Candor"), modified_ ? wxS("*") : wxS(""), doc));
}

void MainFrame::count_changed() {
    if (!IsShownOnScreen()) {
        update_status();
    } else if (!status_pending_) {
        // wx paints the status bar at once when its text changes, and with it the window: in
        // the middle of adding a tab that would draw the tab before GTK has given it a size.
        // So on screen the count follows a moment later.
        status_pending_ = true;
        CallAfter([this] {
            status_pending_ = false;
            update_status();
        });
    }
}

void MainFrame::update_status() {
    const auto n = static_cast<unsigned>(page_count());
    const wxString count = u8(present::number(static_cast<double>(n), 0));
    // TRANSLATORS: %s a count, in the language's digits.
    const wxString text = wxString::Format(wxPLURAL("%s offer", "%s offers", n), count);
    if (GetStatusBar() != nullptr && GetStatusBar()->GetStatusText() != text) {
        SetStatusText(text);
    }
}

void MainFrame::clear_document() {
    if (classroom_ != nullptr) {
        classroom_->Destroy();
        classroom_ = nullptr;
    }
    book_->DeleteAllPages();
    document_path_.clear();
    set_modified(false);
    count_changed();
    // No update_empty_state() here: callers add the new document's offers next.
}

bool MainFrame::confirm_discard() {
    if (!modified_) {
        return true;
    }
    wxMessageDialog ask(this,
                        wxString::Format(_("Save the changes to %s before closing it?"),
                                         document_path_.empty()
                                             ? _("this offer set")
                                             : wxFileName(u8(document_path_)).GetFullName()),
                        _("Unsaved changes"), wxYES_NO | wxCANCEL | wxICON_QUESTION);
    ask.SetYesNoCancelLabels(_("&Save"), _("&Don't Save"), _("&Cancel"));
    switch (ask.ShowModal()) {
    case wxID_YES:
        return on_save();
    case wxID_NO:
        return true;
    default:
        return false;
    }
}

void MainFrame::on_new() {
    if (!confirm_discard()) {
        return;
    }
    clear_document();
    add_new_offer();
    set_modified(false);
}

void MainFrame::add_new_offer() {
    OfferFormInput in;
    in.name = s8(_("New offer"));
    in.asset = "USDT";
    in.days = "30";
    add_offer(in);
}

bool MainFrame::showing_empty_state() const {
    return empty_ != nullptr && empty_->IsShown() && !book_->IsShown();
}

void MainFrame::update_empty_state() {
    const bool empty = page_count() == 0;
    if (!empty && empty_ == nullptr) {
        return; // the usual case: tabs, and no empty state ever made
    }
    if (empty && empty_ == nullptr) {
        // What to do next, where the tabs were: a window with no offer says so.
        auto* panel = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL,
                                  wxS("no offer"));
        auto* col = new wxBoxSizer(wxVERTICAL);
        auto* title = new wxStaticText(panel, wxID_ANY, _("No offer is open"));
        title->SetFont(title->GetFont().Scaled(1.3f).Bold());
        auto* hint = new wxStaticText(
            panel, wxID_ANY,
            _("Add an offer to read it against plausible payouts, start from the built-in "
              "example, or open a saved offer set."));
        hint->Wrap(FromDIP(480));
        auto* buttons = new wxBoxSizer(wxHORIZONTAL);
        // Each button does what its menu item does (Edit > Add Offer, File > Examples' first,
        // File > Open), through the same command.
        const auto button = [&](const wxString& label, int command) {
            auto* b = new wxButton(panel, wxID_ANY, label);
            b->Bind(wxEVT_BUTTON, [this, command](wxCommandEvent&) {
                wxCommandEvent menu(wxEVT_MENU, command);
                ProcessWindowEvent(menu);
            });
            return b;
        };
        auto* add = button(_("&Add an offer"), IdAddOffer);
        auto* example = button(_("Add the e&xample"), IdExampleFirst);
        auto* open = button(_("&Open a file..."), wxID_OPEN);
        buttons->Add(add, 0, wxRIGHT, 8);
        buttons->Add(example, 0, wxRIGHT, 8);
        buttons->Add(open);
        col->AddStretchSpacer();
        col->Add(title, 0, wxALIGN_CENTER_HORIZONTAL | wxBOTTOM, 8);
        col->Add(hint, 0, wxALIGN_CENTER_HORIZONTAL | wxBOTTOM, 16);
        col->Add(buttons, 0, wxALIGN_CENTER_HORIZONTAL);
        col->AddStretchSpacer();
        panel->SetSizer(col);
        GetSizer()->Add(panel, 1, wxEXPAND);
        empty_ = panel;
    }
    if (empty_ != nullptr) {
        empty_->Show(empty);
    }
    book_->Show(!empty);
    Layout();
}

void MainFrame::on_open() {
    if (!confirm_discard()) {
        return;
    }
    wxFileDialog dlg(this, _("Open an offer set"), wxString(), wxString(),
                     _("Candor offer sets (*.candor)|*.candor|All files (*)|*"),
                     wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dlg.ShowModal() == wxID_OK) {
        open_file(s8(dlg.GetPath()));
    }
}

bool MainFrame::open_file(const std::string& path) {
    core::OfferSet set;
    try {
        set = core::load_offer_set(path);
    } catch (const core::DataError& e) {
        wxMessageBox(u8(present::data_error_text(e)), _("Cannot open the offer set"),
                     wxOK | wxICON_ERROR, this);
        return false;
    }
    if (set.offers.size() > core::max_app_offers) {
        // Each offer is a page with its form and charts: a set of thousands would hold the
        // window for minutes. The command line streams any number.
        // TRANSLATORS: %1$s the file, %2$u its offers, %3$u the most the app opens.
        wxMessageBox(wxString::Format(wxPLURAL("%1$s holds %2$u offer; the app opens at most "
                                               "%3$u. candor-cli analyze reads any number of "
                                               "offers.",
                                               "%1$s holds %2$u offers; the app opens at most "
                                               "%3$u. candor-cli analyze reads any number of "
                                               "offers.",
                                               static_cast<unsigned>(set.offers.size())),
                                      u8(present::visible_text(path)),
                                      static_cast<unsigned>(set.offers.size()),
                                      static_cast<unsigned>(core::max_app_offers)),
                     _("Cannot open the offer set"), wxOK | wxICON_ERROR, this);
        return false;
    }
    clear_document();
    for (const auto& entry : set.offers) {
        add_offer(form_from_offer(entry.offer, entry.assumptions, entry.scenario, entry.claims));
    }
    if (page_count() > 0) {
        book_->SetSelection(0);
    }
    document_path_ = path;
    history_->AddFileToHistory(u8(path));
    set_modified(false);
    update_empty_state();
    return true;
}

bool MainFrame::save_to(const std::string& path) {
    core::OfferSet set;
    for (std::size_t i = 0; i < page_count(); ++i) {
        OfferPage* p = page(i);
        p->recalculate_now();
        const FormResult& f = p->form();
        if (!f.ok()) {
            book_->SetSelection(i);
            const FieldError& e = f.errors.front();
            // TRANSLATORS: %s the offer's name, %s the field's label (e.g. Principal), %s what
            // the field accepts.
            const wxString msg =
                wxString::Format(_("\"%s\" cannot be saved yet: %s expects %s."), p->title(),
                                 field_name(p, e.field), u8(e.expected));
            // The field is already marked inline; say why in the status bar and go there,
            // rather than opening a dialog.
            SetStatusText(msg);
            if (wxWindow* ctrl = p->field_control(e.field)) {
                ctrl->SetFocus();
            }
            return false;
        }
        const OfferFormInput in = p->input();
        set.offers.push_back({*f.offer, *f.assumptions, in.scenario, in.claims});
    }
    try {
        core::save_offer_set_atomic(set, path);
    } catch (const core::DataError& e) {
        wxMessageBox(u8(present::data_error_text(e)), _("Cannot save the offer set"),
                     wxOK | wxICON_ERROR, this);
        return false;
    }
    document_path_ = path;
    history_->AddFileToHistory(u8(path));
    set_modified(false);
    SetStatusText(wxString::Format(_("Saved %s."), u8(path)));
    return true;
}

bool MainFrame::on_save() {
    if (document_path_.empty()) {
        return on_save_as();
    }
    return save_to(document_path_);
}

bool MainFrame::on_save_as() {
    wxFileDialog dlg(this, _("Save the offer set"), wxString(), _("offers.candor"),
                     _("Candor offer sets (*.candor)|*.candor"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() != wxID_OK) {
        return false;
    }
    wxFileName fn(dlg.GetPath());
    if (fn.GetExt().empty()) {
        fn.SetExt(wxS("candor"));
    }
    return save_to(s8(fn.GetFullPath()));
}

void MainFrame::on_close(wxCloseEvent& event) {
    if (event.CanVeto() && !confirm_discard()) {
        event.Veto();
        return;
    }
    // Keep the last session so that the next start shows the same offers.
    Session s = session();
    try {
        save_session(s, session_path());
    } catch (const core::DataError&) {
        // Not being able to remember the session must not stop the program from closing.
    }
    if (classroom_ != nullptr) {
        classroom_->Destroy();
        classroom_ = nullptr;
    }
    event.Skip();
}

Session MainFrame::session() const {
    Session s;
    for (std::size_t i = 0; i < page_count(); ++i) {
        s.offers.push_back(page(i)->input());
    }
    const int sel = book_->GetSelection();
    s.selected = sel == wxNOT_FOUND ? 0 : static_cast<std::size_t>(sel);
    s.document_path = document_path_;
    s.modified = modified_;
    return s;
}

void MainFrame::restore(const Session& s) {
    clear_document();
    for (const auto& in : s.offers) {
        add_offer(in);
    }
    if (s.selected < page_count()) {
        book_->SetSelection(s.selected);
    }
    document_path_ = s.document_path;
    set_modified(s.modified);
    update_empty_state();
}

std::string MainFrame::session_path() {
    wxStandardPaths& paths = wxStandardPaths::Get();
    paths.SetFileLayout(wxStandardPaths::FileLayout_XDG);
    return s8(paths.GetUserConfigDir()) + "/candor/session.json";
}

void MainFrame::on_preferences() {
    PreferencesDialog dlg(this, prefs_);
    while (dlg.ShowModal() == wxID_OK) {
        const std::string old_language = prefs_.language;
        const std::string err = set_preferences(dlg.value());
        if (err.empty()) {
            if (prefs_.language != old_language) {
                // Once the dialog has gone: the window is rebuilt in the new language.
                CallAfter([this, language = prefs_.language] { change_language(language); });
            }
            return;
        }
        dlg.show_error(u8(err));
    }
}

void MainFrame::on_methodology() {
    // The installed docs first, then the source tree's (when run from the build directory).
    for (const char* dir : {CANDOR_DOC_DIR, CANDOR_SOURCE_DOC_DIR}) {
        const std::filesystem::path p = std::filesystem::path(dir) / "methodology.md";
        if (std::filesystem::exists(p)) {
            if (!wxLaunchDefaultApplication(u8(p.string()))) {
                wxLaunchDefaultBrowser(wxS("file://") + u8(p.string()));
            }
            return;
        }
    }
    SetStatusText(_("The methodology document is not installed."));
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
    return show_classroom(p->results());
}

ClassroomFrame* MainFrame::show_classroom(std::shared_ptr<const OfferResults> results) {
    classroom_ = new ClassroomFrame(this, std::move(results),
                                    defaults_.market ? render::magnitudes_of(*defaults_.market)
                                                     : render::default_magnitudes());
    classroom_->on_closed = [this] { classroom_ = nullptr; };
    classroom_->ShowFullScreen(true);
    classroom_->Show();
    classroom_->SetFocus();
    return classroom_;
}

MainFrame* MainFrame::change_language(const std::string& language) {
    // Everything the user has on screen, read while the old language is still in force:
    // numbers in locale-free form, other text as typed.
    Session s = session();
    std::vector<NeutralForm> forms;
    for (const OfferFormInput& in : s.offers) {
        forms.push_back(read_form_numbers(in));
    }
    std::shared_ptr<const OfferResults> room_results;
    std::size_t room_step = 0;
    if (classroom_ != nullptr) {
        room_results = classroom_->results();
        room_step = classroom_->step();
    }
    save_history();
    prefs_.language = language;
    store_preferences();

    apply_language(language);

    // A new window, built in the new language and direction, holding the same work.
    auto* next = new MainFrame;
    next->prefs_ = prefs_;
    next->defaults_ = defaults_;
    if (IsMaximized()) {
        next->Maximize();
    } else {
        next->SetSize(GetRect());
    }
    s.offers.clear();
    for (const NeutralForm& f : forms) {
        s.offers.push_back(write_form_numbers(f));
    }
    next->restore(s);
    next->on_replaced = on_replaced;
    wxTheApp->SetTopWindow(next);
    next->Show();
    if (room_results) {
        // The same results, told again in the new language, at the same step.
        next->show_classroom(room_results)->go_to(room_step);
    }
    if (classroom_ != nullptr) {
        classroom_->on_closed = nullptr;
        classroom_->Destroy();
        classroom_ = nullptr;
    }
    Destroy();
    if (on_replaced) {
        on_replaced(next);
    }
    return next;
}

} // namespace candor::app
