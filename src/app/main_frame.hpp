#pragma once
/// \file main_frame.hpp
/// The main window: one tab per offer of the open document (.candor), the menus, the last
/// session, and the way into classroom mode.

#include "offer_form.hpp"
#include "session.hpp"

#include <wx/frame.h>

#include <functional>
#include <memory>
#include <string>

class wxBookCtrlEvent;
class wxFileHistory;
class wxNotebook;

namespace candor::app {

class ClassroomFrame;
class OfferPage;
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

    /// True while no offer is open and the window shows what to do instead (add an offer,
    /// the example, or open a file) in place of the empty tabs.
    bool showing_empty_state() const;

  private:
    void build_menus();
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
    /// Asks whether to save unsaved changes; false when the user cancels.
    bool confirm_discard();
    void load_preferences();
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
    Preferences prefs_;
    FormDefaults defaults_;
};

} // namespace candor::app
