#include "main_frame.hpp"

#include "accessible.hpp"
#include "classroom_frame.hpp"
#include "language.hpp"
#include "number_fields.hpp"
#include "offer_page.hpp"
#include "preferences_dialog.hpp"
#include "report_printout.hpp"
#include "utf8.hpp"

#include "core/data_error.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/limits.hpp"
#include "core/market_data.hpp"
#include "core/offer_file.hpp"
#include "core/output_file.hpp"

#include "present/analysis_csv.hpp"
#include "present/error_text.hpp"
#include "present/number_format.hpp"
#include "present/offer_label.hpp"
#include "present/visible_text.hpp"
#include "render/chart_data.hpp"
#include "render/report_builder.hpp"

#include <wx/aboutdlg.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/config.h>
#include <wx/display.h>
#include <wx/filedlg.h>
#include <wx/filehistory.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/print.h>
#include <wx/printdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace candor::app {

namespace {

enum MenuId : int {
    IdAddOffer = wxID_HIGHEST + 1,
    IdRemoveOffer,
    IdClassroom,
    IdShowForm,
    IdMethodology,
    IdStartPage,
    IdGlossary,
    IdExportReport,
    IdExportHandout,
    IdExportCsv,
    IdExportChartFirst, // one per chart kind
    IdExampleFirst = wxID_HIGHEST + 100,
};

/// The form for a built-in example, its name in the language in use (as the CLI and the
/// reports show it); assumption fields left empty take the preferences.
OfferFormInput example_form(const core::Example& ex) {
    OfferFormInput in = form_from_offer(ex.offer, core::Assumptions::defaults());
    in.name = present::offer_name(ex.offer.name);
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

/// The work area (the screen without panels and docks) of the display the window is on, or
/// of the first display before it is shown.
wxRect work_area(const wxWindow* w) {
    int index = w != nullptr ? wxDisplay::GetFromWindow(w) : wxNOT_FOUND;
    if (index == wxNOT_FOUND) {
        index = 0;
    }
    return wxDisplay(static_cast<unsigned>(index)).GetClientArea();
}

/// The size a new window opens at: 1280 x 860, or the work area where that is smaller.
wxSize initial_size() {
    const wxRect area = work_area(nullptr);
    return wxSize(std::min(1280, area.width), std::min(860, area.height));
}

/// The charts File > Export > Chart offers, as on the Charts tab.
constexpr render::ChartKind exported_charts[] = {
    render::ChartKind::ValueOverTerm, render::ChartKind::Rollover,
    render::ChartKind::OutcomeDistribution, render::ChartKind::Survival};

/// A chart's entry in File > Export > Chart.
wxString chart_menu_label(render::ChartKind kind) {
    if (kind == render::ChartKind::ValueOverTerm) {
        return _("&Value over the term...");
    }
    if (kind == render::ChartKind::Rollover) {
        return _("&Rollover...");
    }
    if (kind == render::ChartKind::OutcomeDistribution) {
        return _("&Outcome distribution...");
    }
    return _("&Survival...");
}

} // namespace

MainFrame::MainFrame()
    : wxFrame(nullptr, wxID_ANY, wxS("Candor"), wxDefaultPosition, initial_size()),
      history_(std::make_unique<wxFileHistory>(8)), defaults_(FormDefaults::builtin()),
      page_setup_(std::make_unique<wxPageSetupDialogData>()) {
    page_setup_->GetPrintData().SetPaperId(wxPAPER_A4); // as candor-cli report
    // Mirror before any child exists, so that every sizer and control inherits it.
    SetLayoutDirection(present::right_to_left() ? wxLayout_RightToLeft : wxLayout_LeftToRight);
    SetName(wxS("Candor"));
    {
        // Never larger than the screen's work area (a 1024 x 600 netbook included).
        const wxRect area = work_area(this);
        SetMinSize(wxSize(std::min(900, area.width), std::min(600, area.height)));
    }
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
    // Once on screen, placed by the window manager with its frame around it: inside the work
    // area. The window manager places it a moment after it is shown, so this looks a few
    // times in the first second.
    Bind(wxEVT_SHOW, [this](wxShowEvent& e) {
        if (e.IsShown()) {
            placement_checks_ = 4;
            placement_timer_.StartOnce(250);
        }
        e.Skip();
    });
    placement_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        keep_on_screen();
        if (--placement_checks_ > 0) {
            placement_timer_.StartOnce(250);
        }
    });
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
    restore_geometry(*cfg);
    if (cfg->Read(wxS("/Print/Paper"), wxString()) == wxS("letter")) {
        page_setup_->GetPrintData().SetPaperId(wxPAPER_LETTER);
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
            // TRANSLATORS: {0} the name of an asset class (the benchmark chosen).
            return s8(fill(_("{0} has no current yield to use as the benchmark."), bench.name));
        }
        d.benchmark_rate = bench.current->value;
        d.benchmark_chosen = !p.benchmark_id.empty(); // the choice takes effect
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

void MainFrame::restore_geometry(wxConfigBase& cfg) {
    long x = 0;
    long y = 0;
    long width = 0;
    long height = 0;
    if (!cfg.Read(wxS("/Window/X"), &x) || !cfg.Read(wxS("/Window/Y"), &y) ||
        !cfg.Read(wxS("/Window/Width"), &width) || !cfg.Read(wxS("/Window/Height"), &height)) {
        // The first start: the default size, in the middle of the work area.
        const wxRect area = work_area(nullptr);
        const wxSize size = GetSize();
        SetPosition(wxPoint(area.x + std::max(0, (area.width - size.x) / 2),
                            area.y + std::max(0, (area.height - size.y) / 2)));
        return;
    }
    // The display the window was on, if it is still there; else the first. The rectangle is
    // kept inside its work area (a smaller screen, a panel that moved).
    int index = wxDisplay::GetFromPoint(
        wxPoint(static_cast<int>(x + width / 2), static_cast<int>(y + height / 2)));
    if (index == wxNOT_FOUND) {
        index = 0;
    }
    const wxRect area = wxDisplay(static_cast<unsigned>(index)).GetClientArea();
    wxRect r(static_cast<int>(x), static_cast<int>(y), static_cast<int>(width),
             static_cast<int>(height));
    r.width = std::min(std::max(r.width, GetMinSize().x), area.width);
    r.height = std::min(std::max(r.height, GetMinSize().y), area.height);
    r.x = std::clamp(r.x, area.x, area.GetRight() + 1 - r.width);
    r.y = std::clamp(r.y, area.y, area.GetBottom() + 1 - r.height);
    SetSize(r);
    if (cfg.ReadBool(wxS("/Window/Maximized"), false)) {
        Maximize();
    }
}

void MainFrame::keep_on_screen() {
    if (IsMaximized() || IsFullScreen() || !IsShownOnScreen()) {
        return;
    }
    const wxRect area = work_area(this);
    const wxRect was = GetRect(); // the frame the window manager drew included
    wxRect r = was;
    r.width = std::min(r.width, area.width);
    r.height = std::min(r.height, area.height);
    r.x = std::clamp(r.x, area.x, area.GetRight() + 1 - r.width);
    r.y = std::clamp(r.y, area.y, area.GetBottom() + 1 - r.height);
    if (r != was) {
        SetSize(r);
    }
}

void MainFrame::store_geometry() const {
    wxConfigBase* cfg = wxConfigBase::Get(false);
    if (cfg == nullptr) {
        return;
    }
    cfg->Write(wxS("/Window/Maximized"), IsMaximized());
    if (!IsMaximized() && !IsFullScreen() && !IsIconized()) {
        const wxRect r = GetRect();
        cfg->Write(wxS("/Window/X"), r.x);
        cfg->Write(wxS("/Window/Y"), r.y);
        cfg->Write(wxS("/Window/Width"), r.width);
        cfg->Write(wxS("/Window/Height"), r.height);
    }
    cfg->Flush();
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
    wxMenu* file = make_file_menu();
    auto* edit = new wxMenu;
    edit->Append(IdAddOffer, _("&Add Offer\tCtrl+T"), _("Add an offer to compare"));
    edit->Append(IdRemoveOffer, _("&Remove Offer\tCtrl+W"), _("Remove the current offer"));
    edit->AppendSeparator();
    edit->Append(wxID_PREFERENCES, _("&Preferences...\tCtrl+,"));

    auto* view = new wxMenu;
    view->AppendCheckItem(IdShowForm, _("&Form\tCtrl+Shift+F"),
                          _("Show the form beside the results, or give the results the width"));
    view->Check(IdShowForm, true);
    view->Append(IdClassroom, _("&Classroom\tF11"),
                 _("Full screen, large type, one step at a time"));

    auto* help = new wxMenu;
    help->Append(IdStartPage, _("&Getting started"), _("What Candor does and how to start"));
    help->Append(IdMethodology, _("&Methodology\tF1"), _("How every figure is computed"));
    help->Append(IdGlossary, _("&Glossary"), _("Short definitions of the terms used"));
    help->Append(wxID_ABOUT, _("&About Candor"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(view, _("&View"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    bind_file_commands();
    bind_other_commands();
}

wxMenu* MainFrame::make_file_menu() {
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
    wxMenu* exports = make_export_menu();
    file->AppendSubMenu(exports, _("E&xport"));
    file->Append(wxID_PAGE_SETUP, _("Page Set&up..."), _("Paper for printing and PDF reports"));
    file->Append(wxID_PREVIEW, _("Print Pre&view\tCtrl+Shift+P"),
                 _("The report's pages as they will print"));
    file->Append(wxID_PRINT, _("&Print...\tCtrl+P"), _("Print the comparison report"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));

    return file;
}

wxMenu* MainFrame::make_export_menu() {
    auto* exports = new wxMenu;
    exports->Append(IdExportReport, _("&Report as PDF..."),
                    _("The printable comparison report of every offer"));
    exports->Append(IdExportHandout, _("&Handout as PDF..."), _("A one-page classroom handout"));
    exports->Append(IdExportCsv, _("Figures as &CSV..."),
                    _("One line of figures per offer, for a spreadsheet"));
    auto* charts = new wxMenu;
    for (const render::ChartKind kind : exported_charts) {
        charts->Append(IdExportChartFirst + static_cast<int>(kind), chart_menu_label(kind));
        Bind(
            wxEVT_MENU,
            [this, kind](wxCommandEvent&) {
                export_with_dialog(
                    _("Export the chart"),
                    u8(std::string(render::chart_kind_id(kind))) + wxS(".png"),
                    _("PNG image (*.png)|*.png|SVG drawing (*.svg)|*.svg"),
                    [this, kind](const std::string& path) {
                        const bool svg = wxFileName(u8(path)).GetExt().Lower() == wxS("svg");
                        return export_chart(
                            path, kind, svg ? render::ChartFormat::Svg : render::ChartFormat::Png);
                    });
            },
            IdExportChartFirst + static_cast<int>(kind));
    }
    exports->AppendSubMenu(charts, _("C&hart of this offer"),
                           _("One chart of the current offer as PNG or SVG"));
    return exports;
}

void MainFrame::bind_file_commands() {
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
        wxEVT_MENU, [this](wxCommandEvent&) { on_page_setup(); }, wxID_PAGE_SETUP);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_print_preview(); }, wxID_PREVIEW);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { on_print(); }, wxID_PRINT);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            export_with_dialog(
                _("Export the report"), _("report.pdf"), _("PDF documents (*.pdf)|*.pdf"),
                [this](const std::string& path) { return export_report(path, false); });
        },
        IdExportReport);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            export_with_dialog(
                _("Export the handout"), _("handout.pdf"), _("PDF documents (*.pdf)|*.pdf"),
                [this](const std::string& path) { return export_report(path, true); });
        },
        IdExportHandout);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            export_with_dialog(_("Export the figures"), _("offers.csv"),
                               _("CSV files (*.csv)|*.csv"),
                               [this](const std::string& path) { return export_csv(path); });
        },
        IdExportCsv);
}

void MainFrame::bind_other_commands() {
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
        wxEVT_MENU,
        [this](wxCommandEvent& e) {
            form_shown_ = e.IsChecked();
            for (std::size_t i = 0; i < page_count(); ++i) {
                page(i)->show_form(form_shown_);
            }
        },
        IdShowForm);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { on_methodology(); }, IdMethodology);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_help_page(HelpPage::Start); }, IdStartPage);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_help_page(HelpPage::Glossary); }, IdGlossary);
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
    p->show_form(form_shown_);
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
    // TRANSLATORS: {0} a count, in the language's digits.
    const wxString text = fill(wxPLURAL("{0} offer", "{0} offers", n), count);
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
                        // TRANSLATORS: {0} the file's name, or "this offer set".
                        fill(_("Save the changes to {0} before closing it?"),
                             document_path_.empty() ? _("this offer set")
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
        auto* start = button(_("&Getting started"), IdStartPage);
        buttons->Add(add, 0, wxRIGHT, 8);
        buttons->Add(example, 0, wxRIGHT, 8);
        buttons->Add(open, 0, wxRIGHT, 8);
        buttons->Add(start);
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
        const wxString too_many =
            // TRANSLATORS: {0} the file, {1} its offers, {2} the most the app opens.
            wxPLURAL("{0} holds {1} offer; the app opens at most {2}. candor-cli analyze reads "
                     "any number of offers.",
                     "{0} holds {1} offers; the app opens at most {2}. candor-cli analyze reads "
                     "any number of offers.",
                     static_cast<unsigned>(set.offers.size()));
        wxMessageBox(fill(too_many, present::visible_text(path),
                          present::number(static_cast<double>(set.offers.size()), 0),
                          present::number(static_cast<double>(core::max_app_offers), 0)),
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

bool MainFrame::page_ready(std::size_t i, bool saving) {
    OfferPage* p = page(i);
    p->recalculate_now();
    const FormResult& f = p->form();
    if (f.ok()) {
        return true;
    }
    p->show_all_errors();
    book_->SetSelection(i);
    const FieldError& e = f.errors.front();
    // TRANSLATORS: {0} the offer's name, {1} the field's label (e.g. Principal), {2} what
    // the field accepts.
    const wxString cannot_save = _("\"{0}\" cannot be saved yet: {1} expects {2}.");
    // TRANSLATORS: {0} the offer's name, {1} the field's label (e.g. Principal), {2} what
    // the field accepts.
    const wxString cannot_export = _("\"{0}\" cannot be printed or exported yet: {1} expects {2}.");
    const wxString msg =
        fill(saving ? cannot_save : cannot_export, p->title(), field_name(p, e.field), e.expected);
    // The field is already marked inline; say why in the status bar and go there, rather
    // than opening a dialog.
    SetStatusText(msg);
    if (wxWindow* ctrl = p->field_control(e.field)) {
        ctrl->SetFocus();
    }
    return false;
}

bool MainFrame::save_to(const std::string& path) {
    core::OfferSet set;
    for (std::size_t i = 0; i < page_count(); ++i) {
        if (!page_ready(i, true)) {
            return false;
        }
        OfferPage* p = page(i);
        const FormResult& f = p->form();
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
    SetStatusText(fill(_("Saved {0}."), path));
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
    store_geometry();
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
    show_help_page(HelpPage::Methodology); // inside the app, no browser
}

HelpFrame* MainFrame::show_help_page(HelpPage page) {
    HelpFrame* help = show_help(this, page);
    help->on_action = [this](const std::string& action) {
        int command = wxID_OPEN;
        if (action == "example") {
            command = IdExampleFirst;
        } else if (action == "new") {
            command = IdAddOffer;
        }
        wxCommandEvent menu(wxEVT_MENU, command);
        ProcessWindowEvent(menu);
        Raise();
    };
    return help;
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
    // The keys go to the classroom at once: raised above the main window, the focus on the
    // step (a frame with no focused child gets no key events from GTK).
    classroom_->take_focus();
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

// --- Printing and exports ---------------------------------------------------------------------

std::vector<core::OfferResult> MainFrame::document_results() {
    std::vector<core::OfferResult> out;
    if (page_count() == 0) {
        SetStatusText(_("There is no offer to print or export."));
        return out;
    }
    for (std::size_t i = 0; i < page_count(); ++i) {
        if (!page_ready(i, false)) {
            return {};
        }
        OfferPage* p = page(i);
        // The figures of what is typed now, not of an earlier keystroke.
        p->wait_for_results(std::chrono::seconds(10));
        if (p->busy() || !p->results()) {
            SetStatusText(_("The figures are still being computed; try again in a moment."));
            return {};
        }
        out.push_back(*p->results()); // core's result, as the CLI has it
    }
    return out;
}

std::unique_ptr<render::Report> MainFrame::document_report(bool handout) {
    const std::vector<core::OfferResult> offers = document_results();
    if (offers.empty()) {
        return nullptr;
    }
    const auto market = defaults_.market ? defaults_.market : FormDefaults::builtin().market;
    // As `candor-cli report FILE` builds it: the same options, the file's name, today's date.
    render::ReportOptions options;
    options.handout = handout;
    options.version = CANDOR_VERSION;
    options.input_name = document_path_.empty()
                             ? std::string()
                             : std::filesystem::path(document_path_).filename().string();
    options.market = market.get();
    options.magnitudes = render::magnitudes_of(*market);
    return std::make_unique<render::Report>(render::build_report(offers, options));
}

render::Paper MainFrame::paper() const {
    return paper_of(page_setup_->GetPrintData());
}

void MainFrame::set_paper(render::Paper paper) {
    page_setup_->GetPrintData().SetPaperId(paper_id(paper));
    page_setup_->SetPaperId(paper_id(paper));
    if (wxConfigBase* cfg = wxConfigBase::Get(false)) {
        cfg->Write(wxS("/Print/Paper"), paper == render::Paper::Letter ? wxS("letter") : wxS("a4"));
        cfg->Flush();
    }
}

std::unique_ptr<ReportPrintout> MainFrame::make_printout(bool handout) {
    const std::unique_ptr<render::Report> report = document_report(handout);
    if (!report) {
        return nullptr;
    }
    render::PageStyle style;
    style.paper = paper();
    return std::make_unique<ReportPrintout>(
        std::make_shared<const render::ReportLayout>(*report, style), u8(report->title));
}

void MainFrame::on_page_setup() {
    page_setup_->SetPaperId(page_setup_->GetPrintData().GetPaperId());
    wxPageSetupDialog dlg(this, page_setup_.get());
    if (dlg.ShowModal() == wxID_OK) {
        *page_setup_ = dlg.GetPageSetupDialogData();
        // The report is laid out for A4 or Letter; other papers print the A4 pages scaled.
        set_paper(paper_of(page_setup_->GetPrintData()));
    }
}

wxPrintPreview* MainFrame::show_print_preview() {
    std::unique_ptr<ReportPrintout> view = make_printout();
    std::unique_ptr<ReportPrintout> print = make_printout();
    if (!view || !print) {
        return nullptr;
    }
    wxPrintDialogData data(page_setup_->GetPrintData());
    auto* preview = new wxPrintPreview(view.release(), print.release(), &data);
    if (!preview->IsOk()) {
        delete preview;
        SetStatusText(_("The print preview could not be opened."));
        return nullptr;
    }
    auto* frame = new wxPreviewFrame(preview, this, _("Print Preview"), wxDefaultPosition,
                                     FromDIP(wxSize(900, 800)));
    frame->SetLayoutDirection(GetLayoutDirection());
    frame->Centre(wxBOTH);
    frame->InitializeWithModality(wxPreviewFrame_AppModal);
    frame->Show();
    return preview;
}

void MainFrame::on_print() {
    std::unique_ptr<ReportPrintout> printout = make_printout();
    if (!printout) {
        return;
    }
    wxPrintDialogData data(page_setup_->GetPrintData());
    wxPrinter printer(&data);
    if (!printer.Print(this, printout.get(), true) &&
        wxPrinter::GetLastError() == wxPRINTER_ERROR) {
        wxMessageBox(_("The report could not be printed."), _("Print"), wxOK | wxICON_ERROR, this);
        return;
    }
    page_setup_->GetPrintData() = printer.GetPrintDialogData().GetPrintData();
}

void MainFrame::report_output_error(const std::string& message) {
    wxMessageBox(u8(message), _("Cannot write the file"), wxOK | wxICON_ERROR, this);
}

void MainFrame::export_with_dialog(const wxString& title, const wxString& default_name,
                                   const wxString& wildcard,
                                   const std::function<bool(std::string)>& write) {
    wxFileDialog dlg(this, title, wxString(), default_name, wildcard,
                     wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() != wxID_OK) {
        return;
    }
    wxFileName fn(dlg.GetPath());
    if (fn.GetExt().empty()) {
        // The extension of the type chosen in the dialog ("*.png" -> png).
        const wxArrayString parts = wxSplit(wildcard, '|');
        const auto index = static_cast<std::size_t>(dlg.GetFilterIndex()) * 2 + 1;
        if (index < parts.size()) {
            fn.SetExt(parts[index].AfterLast('.'));
        }
    }
    write(s8(fn.GetFullPath()));
}

bool MainFrame::export_report(const std::string& path, bool handout) {
    const std::unique_ptr<render::Report> report = document_report(handout);
    if (!report) {
        return false;
    }
    render::PageStyle style;
    style.paper = paper();
    try {
        core::OutputFile file(path);
        render::write_report_pdf(*report, style, file);
    } catch (const core::DataError& e) {
        report_output_error(present::data_error_text(e));
        return false;
    }
    SetStatusText(fill(_("Saved {0}."), path));
    return true;
}

bool MainFrame::export_csv(const std::string& path) {
    const std::vector<core::OfferResult> offers = document_results();
    if (offers.empty()) {
        return false;
    }
    try {
        core::OutputFile file(path);
        file.write(present::results_csv(offers));
        file.commit();
    } catch (const core::DataError& e) {
        report_output_error(present::data_error_text(e));
        return false;
    }
    SetStatusText(fill(_("Saved {0}."), path));
    return true;
}

bool MainFrame::export_chart(const std::string& path, render::ChartKind kind,
                             render::ChartFormat format) {
    const int sel = book_->GetSelection();
    if (sel == wxNOT_FOUND) {
        SetStatusText(_("There is no offer to print or export."));
        return false;
    }
    if (!page_ready(static_cast<std::size_t>(sel), false)) {
        return false;
    }
    OfferPage* p = page(static_cast<std::size_t>(sel));
    p->wait_for_results(std::chrono::seconds(10));
    if (p->busy() || !p->results()) {
        SetStatusText(_("The figures are still being computed; try again in a moment."));
        return false;
    }
    const auto market = defaults_.market ? defaults_.market : FormDefaults::builtin().market;
    // As `candor-cli chart KIND` draws it: the same data, size and style.
    const render::ChartData data =
        render::chart_for(kind, *p->results(), render::magnitudes_of(*market));
    try {
        core::OutputFile file(path);
        render::write_chart(kind, data, format, render::chart_file_width, render::chart_file_height,
                            render::chart_file_style(), file);
    } catch (const core::DataError& e) {
        report_output_error(present::data_error_text(e));
        return false;
    }
    SetStatusText(fill(_("Saved {0}."), path));
    return true;
}

} // namespace candor::app
