#include "candor_app.hpp"

// The app's own main: --help and --version are answered before the toolkit starts, so that
// they need no display.
wxIMPLEMENT_APP_NO_MAIN(candor::app::CandorApp);

int main(int argc, char** argv) {
    if (const auto code = candor::app::print_help_or_version(argc, argv)) {
        return *code;
    }
    return wxEntry(argc, argv);
}
