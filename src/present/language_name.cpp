#include "language_name.hpp"

#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/udisplaycontext.h>
#include <unicode/unistr.h>

#include <memory>

namespace candor::present {

namespace {

/// The catalog's code as an ICU locale: "pt_BR" as is, "ar@latn" (Latin digits) as
/// "ar@numbers=latn".
icu::Locale icu_locale_of(const std::string& code) {
    std::string base = code;
    std::string modifier;
    if (const auto at = base.find('@'); at != std::string::npos) {
        modifier = base.substr(at + 1);
        base.resize(at);
    }
    for (char& c : base) {
        if (c == '-') {
            c = '_';
        }
    }
    if (modifier == "latn") {
        base += "@numbers=latn";
    }
    return icu::Locale::createCanonical(base.c_str());
}

} // namespace

std::string language_display_name(const std::string& code) {
    const icu::Locale locale = icu_locale_of(code);
    if (code.empty() || locale.isBogus()) {
        return code;
    }
    // In the language itself, capitalized for a list or menu ("Français", not "français");
    // standard names keep the region apart: "Português (Brasil)".
    UDisplayContext contexts[] = {UDISPCTX_CAPITALIZATION_FOR_UI_LIST_OR_MENU,
                                  UDISPCTX_STANDARD_NAMES};
    const std::unique_ptr<icu::LocaleDisplayNames> names(
        icu::LocaleDisplayNames::createInstance(locale, contexts, 2));
    if (!names) {
        return code;
    }
    // ICU falls back to the code itself when CLDR has no name for the language.
    icu::UnicodeString language;
    names->languageDisplayName(locale.getLanguage(), language);
    if (language == icu::UnicodeString::fromUTF8(locale.getLanguage())) {
        return code;
    }
    icu::UnicodeString name;
    names->localeDisplayName(locale, name);
    std::string out;
    name.toUTF8String(out);
    return out + " (" + code + ")";
}

} // namespace candor::present
