#pragma once
/// \file help_frame.hpp
/// Help inside the app: the start page, the methodology and the glossary, made by
/// present/help_pages.hpp from translated strings and shown in a wxHtmlWindow (no file, no
/// browser). The glossary has a filter box; links go between terms and pages; every page
/// prints (wxHtmlEasyPrinting). docs/app.md, "Help".

#include <wx/frame.h>

#include <functional>
#include <memory>
#include <string>

class wxHtmlWindow;
class wxHtmlEasyPrinting;
class wxHtmlLinkEvent;
class wxSearchCtrl;
class wxCheckBox;
class wxButton;

namespace candor::app {

enum class HelpPage { Start, Methodology, Glossary };

class HelpFrame : public wxFrame {
  public:
    HelpFrame(wxWindow* parent, HelpPage page);
    ~HelpFrame() override;

    /// Shows a page (the glossary keeps its filter).
    void show_page(HelpPage page);
    HelpPage page() const { return page_; }
    /// Filters the glossary (and shows it).
    void set_filter(const wxString& filter);
    /// Follows a link as a click would: "#id", "candor:glossary", "candor:example", ...
    void follow(const wxString& href);
    /// The text of the page shown, without its markup (for tests).
    wxString page_text() const;
    wxHtmlWindow* html() const { return html_; }
    wxSearchCtrl* filter_box() const { return filter_; }
    /// The start page's "Show this page at start" box.
    wxCheckBox* show_at_start_box() const { return at_start_; }
    /// Opens the print preview of the page shown.
    void preview();

    /// The start page's actions: "example", "new" or "open"; set by the main window.
    std::function<void(const std::string& action)> on_action;

    /// Whether the start page opens when Candor starts (preferences, /Help/ShowStartPage).
    static bool start_page_wanted();

  private:
    void load();
    void on_link(wxHtmlLinkEvent& event);

    HelpPage page_;
    wxString source_; ///< the HTML of the page shown
    wxHtmlWindow* html_ = nullptr;
    wxSearchCtrl* filter_ = nullptr;
    wxCheckBox* at_start_ = nullptr;
    std::unique_ptr<wxHtmlEasyPrinting> printing_;
};

/// The help window of `parent`, made or raised, showing `page`.
HelpFrame* show_help(wxWindow* parent, HelpPage page);

} // namespace candor::app
