#include "tr.hpp"

#include <libintl.h>
#include <unistd.h>

#include <algorithm>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#ifndef CANDOR_BUILD_LOCALE_DIR
#define CANDOR_BUILD_LOCALE_DIR ""
#endif
#ifndef CANDOR_INSTALL_LOCALE_DIR
#define CANDOR_INSTALL_LOCALE_DIR "/usr/share/locale"
#endif

extern "C" int _nl_msg_cat_cntr; // GNU libintl / glibc

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
    std::string build = CANDOR_BUILD_LOCALE_DIR;
    if (!build.empty() && fs::is_directory(build, ec)) {
        return build;
    }
    return CANDOR_INSTALL_LOCALE_DIR;
}

/// The user's languages in order of preference: the LANGUAGE list (when a locale is set, as
/// GNU gettext does), then LC_ALL, LC_MESSAGES or LANG, whichever is set first.
std::vector<std::string> languages_from_environment() {
    std::vector<std::string> out;
    std::string locale;
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(var);
        if (v != nullptr && *v != '\0') {
            locale = v;
            break;
        }
    }
    const bool c_locale =
        locale.empty() || locale == "C" || locale == "POSIX" || locale.rfind("C.", 0) == 0;
    // init() overwrites LANGUAGE to select the catalog; read the user's value as it was.
    static const std::string user_language = [] {
        const char* v = std::getenv("LANGUAGE");
        return std::string(v != nullptr ? v : "");
    }();
    if (!user_language.empty() && !c_locale) {
        const std::string& list = user_language;
        for (std::size_t start = 0; start <= list.size();) {
            const auto colon = std::min(list.find(':', start), list.size());
            if (colon > start) {
                out.push_back(list.substr(start, colon - start));
            }
            start = colon + 1;
        }
    }
    if (!c_locale) {
        out.push_back(locale);
    }
    return out;
}

} // namespace

void init(const std::string& language) {
    (void)languages_from_environment(); // remember the user's LANGUAGE before replacing it
    g_dir = find_locale_dir();
    if (!language.empty()) {
        g_language = normalize_language(language);
    } else {
        // The first of the user's languages that Candor has; English otherwise.
        g_language = "en";
        for (const std::string& candidate : languages_from_environment()) {
            if (is_available(candidate)) {
                g_language = normalize_language(candidate);
                break;
            }
        }
    }
    // LANGUAGE takes precedence in GNU gettext; a non-C LC_MESSAGES locale is needed for it
    // to be consulted at all, and C.UTF-8 is present on every Debian system.
    setenv("LANGUAGE", g_language.c_str(), 1);
    if (std::setlocale(LC_MESSAGES, "") == nullptr ||
        std::string(std::setlocale(LC_MESSAGES, nullptr)) == "C") {
        std::setlocale(LC_MESSAGES, "C.UTF-8");
    }
    bindtextdomain(domain, g_dir.c_str());
    bind_textdomain_codeset(domain, "UTF-8");
    // gettext caches translations per LC_MESSAGES locale name, which need not change when
    // only LANGUAGE does; this counter invalidates the cache, as the GNU gettext manual
    // prescribes for programs that switch language at run time ("Changing the language at
    // run time" in its chapter on the programmer's view).
    ++_nl_msg_cat_cntr;
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

unsigned long plural_count(double count) {
    if (!(count >= 0.0) || count > 1e15) {
        return 100;
    }
    const double whole = std::floor(count);
    return whole == count ? static_cast<unsigned long>(whole) : 100;
}

std::string current_language() {
    return g_language;
}
std::string locale_dir() {
    return g_dir;
}

std::string normalize_language(const std::string& language) {
    std::string base = language;
    std::string modifier;
    if (const auto at = base.find('@'); at != std::string::npos) {
        modifier = base.substr(at);
        base.resize(at);
    }
    if (const auto dot = base.find('.'); dot != std::string::npos) {
        base.resize(dot);
    }
    std::replace(base.begin(), base.end(), '-', '_');
    return base + modifier;
}

std::vector<std::string> available_languages() {
    namespace fs = std::filesystem;
    std::vector<std::string> out{"en"};
    std::error_code ec;
    const std::string dir = g_dir.empty() ? find_locale_dir() : g_dir;
    if (!dir.empty()) {
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            if (fs::exists(it->path() / "LC_MESSAGES" / (std::string(domain) + ".mo"), ec)) {
                out.push_back(it->path().filename().string());
            }
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool is_available(const std::string& language) {
    std::string base = normalize_language(language);
    base = base.substr(0, base.find('@'));
    const auto langs = available_languages();
    const auto has = [&](const std::string& l) {
        return std::find(langs.begin(), langs.end(), l) != langs.end();
    };
    return has(base) || has(base.substr(0, base.find('_')));
}

} // namespace candor::i18n
