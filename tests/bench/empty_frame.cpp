// The baseline for the app's start-up figures: an empty wxWidgets frame that prints "shown"
// once it is on screen and painted, then exits (scripts/measure_app.sh).
#include <wx/app.h>
#include <wx/frame.h>

#include <cstdio>

namespace {

class EmptyApp : public wxApp {
  public:
    bool OnInit() override {
        auto* f =
            new wxFrame(nullptr, wxID_ANY, wxS("empty"), wxDefaultPosition, wxSize(1280, 860));
        f->Show();
        CallAfter([f] {
            f->Update();
            std::printf("shown\n");
            std::fflush(stdout);
            f->Destroy();
        });
        return true;
    }
};

} // namespace

wxIMPLEMENT_APP(EmptyApp);
