// The baseline for the app's start-up figures: an empty wxWidgets frame that prints "shown"
// once it is on screen and painted, then exits (scripts/measure_app.sh). "On screen and painted"
// is tested exactly as the app does it for --quit-when-shown.
#include <wx/app.h>
#include <wx/frame.h>
#include <wx/utils.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

/// The same opt-in trace as the app's (src/app/startup_trace.cpp), for comparison.
void mark(const char* label) {
    if (std::getenv("CANDOR_TRACE_STARTUP") != nullptr) {
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        timespec cpu{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
        std::fprintf(stderr, "startup %.3f %.1f %s\n",
                     std::chrono::duration<double, std::milli>(now).count(),
                     static_cast<double>(cpu.tv_sec) * 1e3 + static_cast<double>(cpu.tv_nsec) / 1e6,
                     label);
    }
}

class EmptyApp : public wxApp {
  public:
    bool OnInit() override {
        mark("OnInit");
        frame_ = new wxFrame(nullptr, wxID_ANY, wxS("empty"), wxDefaultPosition, wxSize(1280, 860));
        frame_->Show();
        mark("frame shown");
        CallAfter([this] { when_ready(); });
        return true;
    }

  private:
    /// The same test as the app's `--quit-when-shown` (CandorApp::when_ready): the window is
    /// on screen (mapped), then painted with Update().
    void when_ready() {
        if (!frame_->IsShownOnScreen()) {
            CallAfter([this] { when_ready(); });
            wxMilliSleep(2);
            return;
        }
        frame_->Update();
        mark("painted");
        std::printf("shown\n");
        std::fflush(stdout);
        frame_->Destroy();
    }

    wxFrame* frame_ = nullptr;
};

} // namespace

wxIMPLEMENT_APP(EmptyApp);
