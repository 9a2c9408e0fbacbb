// The app's saves (issue 13, section 3): the preferences file, the last session and .candor
// documents are written like every other file (core::OutputFile): through symbolic links,
// keeping permissions, and a save killed half way leaves the old file and a temporary that the
// next save removes.
#include "app/preferences_file.hpp"
#include "app/session.hpp"

#include "core/examples.hpp"
#include "core/offer_file.hpp"

#include <doctest/doctest.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <wx/init.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>

using namespace candor;
namespace fs = std::filesystem;

namespace {

const wxInitializer wx_base;

fs::path scratch(const std::string& name) {
    const fs::path dir = fs::path(CANDOR_BINARY_DIR) / "test-output" / "app-saves" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

unsigned mode_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777U;
}

/// Runs `save` in a child process whose files may not grow beyond `limit` bytes: the kernel
/// kills it (SIGXFSZ) in the middle of the write. \returns whether it died that way.
bool killed_while_saving(const std::function<void()>& save, rlim_t limit) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const rlimit r{limit, limit};
        ::setrlimit(RLIMIT_FSIZE, &r);
        save();
        ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGXFSZ;
}

/// A saved file of each kind at `path`, with `marker` in it.
using Save = std::function<void(const fs::path& path, const std::string& marker)>;

void save_preferences(const fs::path& path, const std::string& marker) {
    app::PreferencesFile prefs(path.string());
    prefs.Write(wxS("/Preferences/Language"), wxString::FromUTF8(marker));
    prefs.Write(wxS("/Preferences/Padding"), wxString(wxS('x'), 5000));
    CHECK(prefs.Flush());
}

void save_session(const fs::path& path, const std::string& marker) {
    app::Session s;
    app::OfferFormInput in;
    in.name = marker;
    in.mix = std::string(5000, 'x');
    s.offers = {in};
    app::save_session(s, path.string());
}

void save_document(const fs::path& path, const std::string& marker) {
    core::OfferSet set;
    core::Offer o = core::find_example("").offer;
    o.name = marker + std::string(5000, ' ');
    set.offers.push_back({o, core::Assumptions::defaults(), "", {}});
    core::save_offer_set_atomic(set, path.string());
}

void check_save(const Save& save, const std::string& file_name) {
    const fs::path dir = scratch(file_name);
    fs::create_directories(dir / "real");
    const fs::path real = dir / "real" / file_name;
    const fs::path link = dir / file_name;
    save(real, "first");
    REQUIRE(::chmod(real.c_str(), 0600) == 0);
    fs::create_symlink(fs::path("real") / file_name, link);
    // Through the link: the target changes, the link and the permissions stay.
    save(link, "second");
    CHECK(fs::is_symlink(link));
    CHECK(slurp(real).find("second") != std::string::npos);
    CHECK(mode_of(real) == 0600U);
    // Killed half way: the old file stays whole, a temporary remains ...
    CHECK(killed_while_saving([&] { save(link, "third"); }, 1000));
    CHECK(slurp(real).find("second") != std::string::npos);
    CHECK(entries(dir / "real") == 2);
    // ... until the next save removes it.
    save(link, "fourth");
    CHECK(slurp(real).find("fourth") != std::string::npos);
    CHECK(entries(dir / "real") == 1);
    CHECK(mode_of(real) == 0600U);
}

} // namespace

TEST_CASE("the preferences file is saved like every other file") {
    check_save(save_preferences, "candor.conf");
    // It is read back, and written only when something changed.
    const fs::path dir = scratch("prefs-read");
    const fs::path p = dir / "candor.conf";
    save_preferences(p, "de");
    {
        app::PreferencesFile prefs(p.string());
        CHECK(prefs.Read(wxS("/Preferences/Language"), wxString()) == wxS("de"));
        fs::remove(p);
    }
    CHECK_FALSE(fs::exists(p)); // nothing changed: not written again
}

TEST_CASE("the last session is saved like every other file") {
    check_save(save_session, "session.json");
}

TEST_CASE(".candor documents are saved like every other file") {
    check_save(save_document, "offers.candor");
}
