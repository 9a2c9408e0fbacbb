#include "candor_app.hpp"

#include "classroom_frame.hpp"
#include "env_default.hpp"
#include "language.hpp"
#include "main_frame.hpp"
#include "offer_page.hpp"
#include "preferences_file.hpp"
#include "startup_trace.hpp"
#include "utf8.hpp"

#include "core/data_error.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/market_data.hpp"
#include "i18n/tr.hpp"
#include "present/error_text.hpp"
#include "present/number_format.hpp"

#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/log.h>
#include <wx/stdpaths.h>
#include <wx/timer.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <chrono>
#include <cstdio>
#include <string_view>
#include <utility>
#include <vector>

namespace candor::app {

namespace {

/// One line on standard error, "candor: " and the (translated) message, in UTF-8.
void print_error(const wxString& message) {
    std::fprintf(stderr, "candor: %s\n", message.utf8_string().c_str());
}

} // namespace

std::optional<std::string> parse_app_options(int argc, const char* const* argv, AppOptions& o) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        const auto next_value = [&]() -> std::optional<std::string> {
            if (i + 1 < argc && std::string_view(argv[i + 1]).substr(0, 2) != "--") {
                return std::string(argv[++i]);
            }
            return std::nullopt;
        };
        if (a == "--example") {
            // The name is optional; a following .candor file is not a name.
            if (i + 1 < argc && std::string_view(argv[i + 1]).substr(0, 2) != "--" &&
                !std::string_view(argv[i + 1]).ends_with(".candor")) {
                o.example = argv[++i];
            } else {
                o.example = "";
            }
        } else if (a == "--screenshot") {
            const auto v = next_value();
            if (!v) {
                // TRANSLATORS: {0} an option of the program, {1} an example of its use.
                return s8(fill(_("{0} needs a directory, for example {1}"), "--screenshot",
                               "--screenshot docs/images"));
            }
            o.screenshot_dir = *v;
        } else if (a == "--lang") {
            const auto v = next_value();
            if (!v) {
                // TRANSLATORS: {0} an option of the program, {1} an example of its use.
                return s8(
                    fill(_("{0} needs a language code, for example {1}"), "--lang", "--lang de"));
            }
            o.language = *v;
        } else if (a == "--classroom") {
            o.classroom = true;
        } else if (a == "--quit-when-shown") {
            o.quit_when_shown = true;
        } else if (a == "--help" || a == "-h") {
            o.help = true;
            return std::nullopt;
        } else if (a == "--version") {
            o.version = true;
        } else if (!a.starts_with("-") && o.file.empty()) {
            o.file = std::string(a);
        } else {
            // TRANSLATORS: {0} what was typed on the command line.
            return s8(fill(_("unknown option {0} (try --help)"), std::string(a)));
        }
    }
    return std::nullopt;
}

void CandorApp::setup_language() {
    wxUILocale::UseDefault();
    apply_language(options_.language);
}

std::string app_help_text() {
    std::vector<std::string> example_ids;
    for (const auto& ex : core::builtin_examples()) {
        example_ids.push_back(ex.id);
    }
    const std::pair<const char*, std::string> options[] = {
        {"FILE.candor", i18n::tr("Open an offer set (.candor)")},
        {"--example [NAME]",
         fmt::format(
             fmt::runtime(i18n::tr("Start on a built-in example: {0} (default: the first)")),
             fmt::join(example_ids, ", "))},
        {"--classroom", i18n::tr("Start in classroom mode (F11 in the window)")},
        {"--lang xx", fmt::format(fmt::runtime(i18n::tr(
                                      "Language of the window: {0} (default: the one chosen in "
                                      "Preferences, else from LANGUAGE, LC_ALL, LC_MESSAGES or "
                                      "LANG)")),
                                  fmt::join(i18n::available_languages(), ", "))},
        {"--screenshot DIR",
         i18n::tr("Write screenshots of the main window and of classroom mode to DIR, then exit")},
        {"--quit-when-shown", i18n::tr("Exit as soon as the window is painted (to time start-up)")},
        {"-h, --help", i18n::tr("Print this help and exit")},
        {"--version", i18n::tr("Print the version and exit")},
    };
    // TRANSLATORS: the first line of `candor --help`.
    std::string text = i18n::tr("candor: read a fixed-term yield offer honestly, in a window") +
                       "\n" + i18n::tr("Usage") + ": candor [FILE.candor] [OPTIONS]\n\n" +
                       i18n::tr("Options") + ":\n";
    for (const auto& [option, help] : options) {
        text += fmt::format("  {:<20}{}\n", option, help);
    }
    return text;
}

std::optional<int> print_help_or_version(int argc, const char* const* argv) {
    AppOptions o;
    if (parse_app_options(argc, argv, o) || (!o.help && !o.version)) {
        return std::nullopt;
    }
    if (o.version) {
        std::printf("candor %s\n", CANDOR_VERSION);
    } else {
        i18n::init(o.language);
        std::fputs(app_help_text().c_str(), stdout);
    }
    return std::fflush(stdout) == 0 ? 0 : 1;
}

bool CandorApp::Initialize(int& arg_count, wxChar** arg_values) {
    // Only while GTK starts: programs opened from the app (the browser for Help > Methodology)
    // do not inherit the setting.
    const ScopedEnvDefault no_gl_probe("GDK_GL", "disable");
    return wxApp::Initialize(arg_count, arg_values);
}

bool CandorApp::OnInit() {
    startup_trace::mark("OnInit");
    std::vector<std::string> args;
    std::vector<const char*> argv_c;
    args.reserve(static_cast<std::size_t>(argc));
    argv_c.reserve(static_cast<std::size_t>(argc));
    for (int i = 0; i < argc; ++i) {
        args.push_back(argv[i].utf8_string());
    }
    for (const auto& s : args) {
        argv_c.push_back(s.c_str());
    }
    if (parse_app_options(argc, argv_c.data(), options_)) {
        // Read again once the language is known (--lang if it came first, else the
        // system's), so that the message is in that language.
        setup_language();
        AppOptions scratch;
        if (const auto err = parse_app_options(argc, argv_c.data(), scratch)) {
            print_error(wxString::FromUTF8(*err));
        }
        return exit_without_window(2);
    }
    setup_config();
    setup_language();
    startup_trace::mark("language set up");

    frame_ = new MainFrame;
    startup_trace::mark("main frame created");
    // Changing the language rebuilds the main window (MainFrame::change_language).
    frame_->on_replaced = [this](MainFrame* next) { frame_ = next; };
    if (!open_first_offers()) {
        return exit_without_window(2);
    }
    if (frame_->page_count() == 0) {
        frame_->add_example("");
    }
    startup_trace::mark("offers added");
    // The first figures take a few milliseconds on the worker thread: wait for them, so that
    // the window is laid out and painted once, with its figures, rather than twice.
    if (OfferPage* p = frame_->current_page()) {
        p->wait_for_results(std::chrono::milliseconds(500));
    }
    startup_trace::mark("first results in");
    frame_->Show();
    startup_trace::mark("frame shown");
    if (!options_.screenshot_dir.empty() || options_.classroom || options_.quit_when_shown) {
        CallAfter([this] { when_ready(); });
    } else if (options_.file.empty() && !options_.example && HelpFrame::start_page_wanted()) {
        // the start page, unless turned off or a file or an example was asked for.
        CallAfter([this] { frame_->show_help_page(HelpPage::Start); });
    }
    return true;
}

// Preferences and recent files: ~/.config/candor/candor.conf (XDG layout); the language
// saved in them unless --lang chose one.
void CandorApp::setup_config() {
    wxInitAllImageHandlers();
    SetAppName(wxS("candor"));
    SetAppDisplayName(wxS("Candor"));
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    const wxString config_dir = wxStandardPaths::Get().GetUserConfigDir() + wxS("/candor");
    wxFileName::Mkdir(config_dir, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    wxConfigBase::Set(new PreferencesFile((config_dir + wxS("/candor.conf")).utf8_string()));
    if (options_.language.empty()) {
        options_.language =
            wxConfigBase::Get()->Read(wxS("/Preferences/Language"), wxString()).utf8_string();
    }
}

// The offers the window opens with: the file named, the example asked for, the last session.
bool CandorApp::open_first_offers() {
    if (!options_.file.empty()) {
        if (!frame_->open_file(options_.file)) {
            // TRANSLATORS: on standard error; {0} the file named on the command line.
            print_error(fill(_("cannot open {0}"), options_.file));
        }
    } else if (options_.example) {
        try {
            frame_->add_example(*options_.example);
        } catch (const core::InputError& e) {
            // The CLI's message: "--example: expected the id of a built-in example: ..., got 'x'".
            print_error(u8(fmt::format(fmt::runtime(i18n::tr("{0}: expected {1}, got '{2}'")),
                                       "--example", present::expected_text(e), e.got())));
            return false;
        }
    } else if (wxFileName::FileExists(wxString::FromUTF8(MainFrame::session_path()))) {
        // The last session, exactly as it was left (invalid fields included).
        try {
            const std::string path = MainFrame::session_path();
            frame_->restore(session_from_json(core::read_text_file(path), path));
        } catch (const core::DataError& e) {
            // TRANSLATORS: on standard error when the saved session cannot be read; {0} says
            // where and why (file, line, key and problem).
            print_error(fill(_("ignoring the last session: {0}"), present::data_error_text(e)));
        }
    }
    return true;
}

bool CandorApp::exit_without_window(int code) {
    // Returning false from OnInit would make wxEntry return -1 (exit status 255) whatever
    // the reason; through the (empty) event loop OnRun returns `code` instead.
    exit_code_ = code;
    CallAfter([this] { ExitMainLoop(); });
    return true;
}

wxLayoutDirection CandorApp::GetLayoutDirection() const {
    return present::right_to_left() ? wxLayout_RightToLeft : wxLayout_LeftToRight;
}

int CandorApp::OnExit() {
    return wxApp::OnExit();
}

int CandorApp::OnRun() {
    const int rc = wxApp::OnRun();
    return exit_code_ != 0 ? exit_code_ : rc;
}

/// Waits (without blocking the loop) until the first results are painted, then does what the
/// command line asked: classroom mode, screenshots, or quitting.
void CandorApp::when_ready() {
    OfferPage* p = frame_->current_page();
    if (p == nullptr || p->busy() || !p->results() || !frame_->IsShownOnScreen()) {
        CallAfter([this] { when_ready(); });
        wxMilliSleep(2);
        return;
    }
    startup_trace::mark("first results on screen");
    frame_->Update();
    startup_trace::mark("painted");
    if (options_.quit_when_shown) {
        std::printf("shown\n");
        std::fflush(stdout);
        frame_->Destroy();
        return;
    }
    if (!options_.screenshot_dir.empty()) {
        // Let the window manager (if any) and GTK finish drawing before grabbing.
        for (int i = 0; i < 20; ++i) {
            Yield(true);
            wxMilliSleep(20);
        }
        wxFileName::Mkdir(wxString::FromUTF8(options_.screenshot_dir), wxS_DIR_DEFAULT,
                          wxPATH_MKDIR_FULL);
        const std::string dir = options_.screenshot_dir + "/";
        bool ok = save_window_png(frame_, dir + "main.png");
        {
            p->select_view(OfferPage::ResultsView::Charts);
            for (int i = 0; i < 20; ++i) {
                Yield(true);
                wxMilliSleep(20);
            }
            ok = save_window_png(frame_, dir + "main-charts.png") && ok;
            p->select_view(OfferPage::ResultsView::Summary);
        }
        if (ClassroomFrame* c = frame_->open_classroom()) {
            c->next();
            c->next();
            for (int i = 0; i < 30; ++i) {
                Yield(true);
                wxMilliSleep(20);
            }
            ok = save_window_png(c, dir + "classroom.png") && ok;
            // The last step, the rollover, with its chart.
            c->go_to(c->step_count() - 1);
            for (int i = 0; i < 30; ++i) {
                Yield(true);
                wxMilliSleep(20);
            }
            ok = save_window_png(c, dir + "classroom-rollover.png") && ok;
            c->Destroy();
        }
        std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write",
                     (dir + "main.png, " + dir + "main-charts.png, " + dir + "classroom.png, " +
                      dir + "classroom-rollover.png")
                         .c_str());
        SetExitOnFrameDelete(true);
        frame_->Destroy();
        if (!ok) {
            exit_code_ = 1;
        }
        return;
    }
    if (options_.classroom) {
        frame_->open_classroom();
    }
}

} // namespace candor::app
