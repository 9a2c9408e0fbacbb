#pragma once
/// \file tr.hpp
/// Translation for the CLI and reports, over GNU gettext with the "candor" domain. The app
/// reads the same catalogs through wxTranslations.

#include <string>
#include <vector>

namespace candor::i18n {

/// Marks a string for extraction without translating it.
constexpr const char* tr_noop(const char* s) {
    return s;
}

/// A singular and a plural source text, marked for extraction together (xgettext keyword
/// trn_noop:1,2) and translated later with trn().
struct PluralText {
    const char* singular;
    const char* plural;
};

/// Marks a singular/plural pair for extraction without translating it.
constexpr PluralText trn_noop(const char* singular, const char* plural) {
    return {singular, plural};
}

/// The n to give trn() for a count that may have decimals (9.3 years): the count itself when
/// it is whole, else 100. gettext's plural formulas see only whole numbers; a number with
/// decimals takes CLDR's "other" form, which 100 selects in every catalog's language (in
/// Arabic, the form of 100-102). French and Portuguese put numbers below 2 in the singular
/// ("1,5 an"); there the plural is used for them.
unsigned long plural_count(double count);

/// Binds the "candor" domain to the catalogs found next to the program (build tree) or in the
/// installed locale directory, and selects `language` ("de", "pt_BR", ...); an empty language
/// means the user's environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
void init(const std::string& language = "");

/// The translation of `msgid` in the current language (msgid itself when there is none).
std::string tr(const char* msgid);
std::string tr(const std::string& msgid);
/// Plural-aware translation.
std::string trn(const char* singular, const char* plural, unsigned long n);

/// The language in use, e.g. "en", "de", "pt_BR".
std::string current_language();

/// The directory the catalogs were found in (empty when none).
std::string locale_dir();

/// The languages that can be chosen: "en" (the source language) and every language with a
/// compiled catalog in locale_dir(), sorted. Call after init().
std::vector<std::string> available_languages();

/// Whether `language` ("de", "de_AT", "pt-BR", "ar@latn") resolves to an available language,
/// as gettext resolves it (de_AT falls back to de).
bool is_available(const std::string& language);

/// "pt-BR.UTF-8" -> "pt_BR"; keeps an "@modifier". The form init() and the catalogs use.
std::string normalize_language(const std::string& language);

} // namespace candor::i18n
