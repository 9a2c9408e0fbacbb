// The baseline for the app's start-up figures: an empty wxWidgets frame that prints "shown"
// once it is on screen and painted, then exits (scripts/measure_app.sh).
#include <wx/app.h>
#include <wx/frame.h>

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
        auto* f =
            new wxFrame(nullptr, wxID_ANY, wxS("empty"), wxDefaultPosition, wxSize(1280, 860));
        f->Show();
        mark("frame shown");
        CallAfter([f] {
            f->Update();
            mark("painted");
            std::printf("shown\n");
            std::fflush(stdout);
            f->Destroy();
        });
        return true;
    }
};

} // namespace

wxIMPLEMENT_APP(EmptyApp);
