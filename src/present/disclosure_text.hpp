#pragma once
/// \file disclosure_text.hpp
/// Core's disclosures (src/core/disclosures.hpp) as translated text: each message id has an
/// English source string, passed through gettext (candor::i18n::tr) and filled in with the
/// message's named parameters by {fmt}. Shared by the CLI, the reports and the app.

#include "core/disclosures.hpp"
#include "core/verdict.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace candor::present {

struct DisclosureText {
    std::string id;
    core::Severity severity = core::Severity::Info;
    std::string headline;
    std::string detail;
};

/// The English source string of a message id (before translation; for a message that holds a
/// count, its singular form); nullptr when unknown.
const char* disclosure_source_text(std::string_view message_id);

/// How text is produced: for people (translated, numbers in the locale's conventions) or for
/// machine output such as JSON (the English source, locale-free numbers: the same bytes in
/// every language).
enum class TextStyle { Localized, LocaleFree };

/// One value as shown: 0.27 (Fraction) -> "27.00%", amounts with their currency.
std::string format_value(const core::Value& v, TextStyle style = TextStyle::Localized);

/// A message in the current language. An unknown id or a translation whose placeholders do
/// not match falls back to the English source, then to the id itself; never throws.
std::string render_message(const core::Message& m, TextStyle style = TextStyle::Localized);
/// render_message(m, style) appended to `out` (a record writes its texts through one string).
void append_message(std::string& out, const core::Message& m, TextStyle style);

DisclosureText render(const core::Disclosure& d, TextStyle style = TextStyle::Localized);
std::vector<DisclosureText> render(const std::vector<core::Disclosure>& list);

/// The translated severity label: "Info", "Caution", "Warning".
std::string severity_label(core::Severity s);

/// The verdict's headline in the current language (or locale-free, for JSON).
std::string verdict_headline(const core::Verdict& v, TextStyle style = TextStyle::Localized);
/// The `verdict` object of the analysis JSON: {id, level, headline} (headline locale-free).
nlohmann::ordered_json verdict_json(const core::Verdict& v);

/// The `disclosures` array of the analysis JSON: [{id, severity, headline, detail, values}],
/// where values maps each value's name to its number (Text values are left out). Headline and
/// detail are rendered TextStyle::LocaleFree, so the JSON is the same in every language.
nlohmann::ordered_json disclosures_json(const std::vector<core::Disclosure>& list);

} // namespace candor::present
