#include "language_option.hpp"

#include "core/input_error.hpp"
#include "i18n/tr.hpp"
#include "present/number_format.hpp"

#include <fmt/format.h>

#include <string_view>

namespace candor::cli {

std::string language_from_args(int argc, const char* const* argv) {
    std::string value;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") {
            break;
        }
        if (arg == "--lang" && i + 1 < argc) {
            value = argv[++i];
        } else if (arg.rfind("--lang=", 0) == 0) {
            value = std::string(arg.substr(7));
        }
    }
    return value;
}

void add_language_option(CLI::App& app, std::string& value) {
    std::string langs;
    for (const std::string& l : i18n::available_languages()) {
        langs += (langs.empty() ? "" : ", ") + l;
    }
    // TRANSLATORS: help for --lang; {0} lists the language codes, e.g. "ar, de, en, es".
    app.add_option("--lang", value,
                   fmt::format(fmt::runtime(i18n::tr("Language of the output: {0} (default: from "
                                                     "LANGUAGE, LC_ALL, LC_MESSAGES or LANG)")),
                               langs));
    app.fallthrough();
}

void apply_language(const std::string& requested) {
    i18n::init(requested.empty() || !i18n::is_available(requested) ? "" : requested);
    present::set_locale("");
    if (!requested.empty() && !i18n::is_available(requested)) {
        std::string langs;
        for (const std::string& l : i18n::available_languages()) {
            langs += (langs.empty() ? "" : ", ") + l;
        }
        // Already translated (into the environment's language): the list is not a msgid.
        throw core::InputError(
            "--lang", i18n::tr("one of the available languages") + " (" + langs + ")", requested);
    }
}

} // namespace candor::cli
