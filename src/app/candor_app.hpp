#pragma once
/// \file candor_app.hpp
/// The wxApp: command line, translations, the main window, and the screenshot command.

#include <wx/app.h>

#include <optional>
#include <string>

namespace candor::app {

class MainFrame;

/// What the command line asked for.
struct AppOptions {
    std::optional<std::string> example; ///< --example [NAME]: "" for the first example
    std::string screenshot_dir;         ///< --screenshot DIR: write main.png, classroom.png
    std::string file;                   ///< a .candor file to open
    std::string language;               ///< --lang xx
    bool classroom = false;             ///< --classroom: start in classroom mode
    bool quit_when_shown = false;       ///< --quit-when-shown: exit once the window is painted
    bool help = false;                  ///< -h, --help: print the help and exit
    bool version = false;               ///< --version: print the version and exit
};

/// Parses the arguments; returns an error message for unknown options.
std::optional<std::string> parse_app_options(int argc, const char* const* argv, AppOptions& out);

/// The text `candor --help` prints, in the language i18n is set to (no wx needed).
std::string app_help_text();

/// For main(), before the toolkit starts (so without a display): when the arguments ask for
/// the help or the version, prints it to standard output, in the --lang language or else the
/// environment's, and returns the exit code (0). Otherwise nothing is printed and the app
/// starts; a wrong option is reported by CandorApp::OnInit in the app's language.
std::optional<int> print_help_or_version(int argc, const char* const* argv);

class CandorApp : public wxApp {
  public:
    /// Starts the toolkit. GDK's OpenGL probe is switched off while GTK opens the display: the
    /// app draws with cairo only, and the probe (loading the system's GL driver) is the largest
    /// single cost of starting. A GDK_GL the user set is left as it is.
    bool Initialize(int& arg_count, wxChar** arg_values) override;
    bool OnInit() override;
    int OnExit() override;
    int OnRun() override;
    /// Right to left when the language's script is (Arabic): every window mirrors.
    wxLayoutDirection GetLayoutDirection() const override;

  private:
    void setup_language();
    /// The preferences file, the app's name and image handlers; the saved language.
    void setup_config();
    /// Opens the file or example of the command line, else the last session; false when the
    /// example asked for does not exist (the message has been printed).
    bool open_first_offers();
    /// For OnInit when the command line is wrong: the message has been printed; the app
    /// exits with `code` (2, as candor-cli for a usage error) without opening a window.
    bool exit_without_window(int code);
    void when_ready();
    AppOptions options_;
    MainFrame* frame_ = nullptr;
    int exit_code_ = 0;
};

/// Saves what is on screen inside `window` to a PNG file. Returns false on failure.
bool save_window_png(wxWindow* window, const std::string& path);

} // namespace candor::app
