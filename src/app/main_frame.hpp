#pragma once
/// \file main_frame.hpp
/// The main window: one tab per offer of the open document (.candor), the menus, the last
/// session, and the way into classroom mode.

#include "help_frame.hpp"
#include "offer_form.hpp"
#include "session.hpp"

#include "core/request.hpp"
#include "render/chart.hpp"
#include "render/output.hpp"
#include "render/report.hpp"

#include <wx/frame.h>
#include <wx/timer.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

class wxBookCtrlEvent;
class wxConfigBase;
class wxFileHistory;
class wxMenu;
class wxNotebook;
class wxPageSetupDialogData;
class wxPrintPreview;

namespace candor::app {

class ClassroomFrame;
class OfferPage;
class ReportPrintout;
struct OfferResults;

/// User preferences, kept with wxConfig.
struct Preferences {
    std::string language;     ///< "" for the system's
    std::string benchmark_id; ///< asset-class id of the default benchmark; "" for the data's
    std::string data_file;    ///< a benchmarks JSON file replacing the built-in data; "" none
};

class MainFrame : public wxFrame {
  public:
    MainFrame();
    ~MainFrame() override;

    /// Adds a tab for `input` and selects it.
    OfferPage* add_offer(const OfferFormInput& input);
    /// Adds a tab for a built-in example (empty id: the first). \throws core::InputError.
    OfferPage* add_example(const std::string& id);

    std::size_t page_count() const;
    OfferPage* page(std::size_t i) const;
    OfferPage* current_page() const;

    /// Opens classroom mode on the current offer's last valid results; nullptr when there
    /// are none yet.
    ClassroomFrame* open_classroom();
    /// Opens (or raises) the help window on `page`; its start page's links act on this
    /// window.
    HelpFrame* show_help_page(HelpPage page);
    ClassroomFrame* classroom() const { return classroom_; }

    /// Document. Each returns false (with a message in the status bar or one dialog) when it
    /// could not finish; nothing on disk is changed then.
    bool open_file(const std::string& path);
    bool save_to(const std::string& path);
    const std::string& document_path() const { return document_path_; }
    bool modified() const { return modified_; }
    /// Removes every tab and starts an empty document (no prompt).
    void clear_document();

    /// The state to restore next time, and restoring it.
    Session session() const;
    void restore(const Session& s);
    /// Where the session is kept: <user config dir>/candor/session.json.
    static std::string session_path();

    const Preferences& preferences() const { return prefs_; }
    /// Switches the whole app to `language` ("" for the system's; see apply_language) and
    /// stores it as the preference. The window is rebuilt in the new language (and direction)
    /// from this one's session: every tab and field (invalid text as typed; numbers rewritten
    /// in the new language's format), the selected tab, the document path and its modified
    /// flag, the size and position, and classroom mode at the same step. This window is
    /// destroyed; returns the new one (also passed to on_replaced).
    MainFrame* change_language(const std::string& language);
    /// Called with the new window when change_language() replaces this one.
    std::function<void(MainFrame*)> on_replaced;

    /// Applies and stores new preferences. Returns an error message when the data file
    /// cannot be used (the old preferences stay then).
    std::string set_preferences(const Preferences& p);

    // --- Printing and exports (File menu): render's code, the same as candor-cli's --------
    /// The results of every offer, in tab order, once each page's latest edit is computed.
    /// Empty (with the reason in the status bar, the cursor on the wrong field) when an offer
    /// has a wrong field or no offer is open.
    std::vector<core::OfferResult> document_results();
    /// The comparison report (or the one-page handout) of the document, as `candor-cli report`
    /// builds it for the same file; nullptr when document_results() is empty.
    std::unique_ptr<render::Report> document_report(bool handout);
    /// The paper of File > Page Setup (A4 until another is chosen; kept in the preferences).
    render::Paper paper() const;
    void set_paper(render::Paper paper);
    /// The report as wx prints and previews it; nullptr when there is nothing to print.
    std::unique_ptr<ReportPrintout> make_printout(bool handout = false);
    /// Opens File > Print Preview's window (the preview's GetFrame()); nullptr when there is
    /// nothing to print.
    wxPrintPreview* show_print_preview();
    /// File > Export: each returns false (a message box or the status bar says why) when the
    /// file was not written. The report and the handout as PDF (render::write_report_pdf, as
    /// `candor-cli report [--handout]`), every offer as CSV (present::results_csv, as
    /// `candor-cli analyze --format csv`), and one chart of the current offer as PNG or SVG
    /// (render::write_chart at `candor-cli chart`'s size and style). Through core::OutputFile.
    bool export_report(const std::string& path, bool handout);
    bool export_csv(const std::string& path);
    bool export_chart(const std::string& path, render::ChartKind kind, render::ChartFormat format);

    /// True while no offer is open and the window shows what to do instead (add an offer,
    /// the example, or open a file) in place of the empty tabs.
    bool showing_empty_state() const;

  private:
    void build_menus();
    wxMenu* make_file_menu();
    wxMenu* make_export_menu();
    /// The commands of the File menu, then those of the other menus.
    void bind_file_commands();
    void bind_other_commands();
    /// Shows the tabs, or the empty state when there is no offer (made the first time).
    void update_empty_state();
    /// Adds a blank offer ("New offer", USDT, 30 days) for Edit > Add Offer and File > New.
    void add_new_offer();
    void update_title();
    /// The offer count in the status bar.
    void update_status();
    /// After offers were added or removed: update_status(), a moment later when on screen.
    void count_changed();
    void set_modified(bool m);
    void on_page_changed(wxBookCtrlEvent& event);
    void on_close(wxCloseEvent& event);
    void on_remove_offer();
    void on_new();
    void on_open();
    bool on_save();
    bool on_save_as();
    void on_preferences();
    void on_methodology();
    /// Computes page `i` now; false when a field is wrong (the status bar says which, for
    /// saving or else for printing and exporting, and the cursor goes there).
    bool page_ready(std::size_t i, bool saving);
    void on_page_setup();
    void on_print();
    /// Asks for a file name (the extension of the chosen type added when none is typed) and
    /// calls `write` with it.
    void export_with_dialog(const wxString& title, const wxString& default_name,
                            const wxString& wildcard,
                            const std::function<bool(std::string)>& write);
    /// Shows a file that could not be written.
    void report_output_error(const std::string& message);
    /// Asks whether to save unsaved changes; false when the user cancels.
    bool confirm_discard();
    void load_preferences();
    /// The window's place and size as last closed, kept inside the screen's work area.
    void restore_geometry(wxConfigBase& cfg);
    void store_geometry() const;
    /// Moves and shrinks the window into the work area of its screen where it reaches out.
    void keep_on_screen();
    void store_preferences() const;
    void save_history() const;
    ClassroomFrame* show_classroom(std::shared_ptr<const OfferResults> results);

    wxNotebook* book_ = nullptr;
    wxWindow* empty_ = nullptr; ///< the empty state; null until the last offer is closed
    ClassroomFrame* classroom_ = nullptr;
    std::unique_ptr<wxFileHistory> history_;
    std::string document_path_;
    bool modified_ = false;
    bool status_pending_ = false; ///< update_status() is queued
    bool form_shown_ = true;      ///< View > Form
    wxTimer placement_timer_;     ///< keep_on_screen() after the window manager placed it
    int placement_checks_ = 0;
    Preferences prefs_;
    FormDefaults defaults_;
    std::unique_ptr<wxPageSetupDialogData> page_setup_;
};

} // namespace candor::app
