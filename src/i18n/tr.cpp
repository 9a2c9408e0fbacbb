#include "tr.hpp"

#include <libintl.h>
#include <unistd.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#ifndef CANDOR_BUILD_LOCALE_DIR
#define CANDOR_BUILD_LOCALE_DIR ""
#endif
#ifndef CANDOR_INSTALL_LOCALE_DIR
#define CANDOR_INSTALL_LOCALE_DIR "/usr/share/locale"
#endif

namespace candor::i18n {

namespace {

constexpr const char* domain = "candor";
std::string g_language = "en";
std::string g_dir;

std::string find_locale_dir() {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (const char* env = std::getenv("CANDOR_LOCALE_DIR"); env != nullptr && *env != '\0') {
        return env;
    }
    // Next to the executable's build tree: <build>/locale.
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (fs::path p = exe.parent_path(); !p.empty() && p != p.root_path();
             p = p.parent_path()) {
            if (fs::is_directory(p / "locale", ec) && fs::exists(p / "CMakeCache.txt", ec)) {
                return (p / "locale").string();
            }
        }
        const fs::path installed = exe.parent_path().parent_path() / "share" / "locale";
        if (fs::is_directory(installed, ec)) {
            return installed.string();
        }
    }
    const std::string build = CANDOR_BUILD_LOCALE_DIR;
    if (!build.empty() && fs::is_directory(build, ec)) {
        return build;
    }
    return CANDOR_INSTALL_LOCALE_DIR;
}

std::string language_from_environment() {
    for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(var);
        if (v != nullptr && *v != '\0') {
            std::string s(v);
            s = s.substr(0, s.find_first_of(":.@"));
            if (s == "C" || s == "POSIX") {
                return "en";
            }
            return s;
        }
    }
    return "en";
}

} // namespace

void init(const std::string& language) {
    g_dir = find_locale_dir();
    g_language = language.empty() ? language_from_environment() : language;
    // LANGUAGE takes precedence in GNU gettext; a non-C LC_MESSAGES locale is needed for it
    // to be consulted at all, and C.UTF-8 is present on every Debian system.
    setenv("LANGUAGE", g_language.c_str(), 1);
    if (std::setlocale(LC_MESSAGES, "") == nullptr ||
        std::string(std::setlocale(LC_MESSAGES, nullptr)) == "C") {
        std::setlocale(LC_MESSAGES, "C.UTF-8");
    }
    bindtextdomain(domain, g_dir.c_str());
    bind_textdomain_codeset(domain, "UTF-8");
}

std::string tr(const char* msgid) {
    return dgettext(domain, msgid);
}
std::string tr(const std::string& msgid) {
    return dgettext(domain, msgid.c_str());
}

std::string trn(const char* singular, const char* plural, unsigned long n) {
    return dngettext(domain, singular, plural, n);
}

std::string current_language() {
    return g_language;
}
std::string locale_dir() {
    return g_dir;
}

} // namespace candor::i18n
