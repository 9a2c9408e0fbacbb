#pragma once
/// \file help_pages.hpp
/// The in-app help as HTML made from translated strings: the start page, the methodology (each
/// figure's formula, with the sources and dates of the data in use) and the glossary. The app
/// shows it in a wxHtmlWindow and prints it; no file is read and no browser is opened.
/// Links: "#id" goes to a glossary term, "candor:PAGE" to another page ("candor:glossary",
/// "candor:methodology", "candor:start") and "candor:example", "candor:new", "candor:open" ask the
/// app to act. docs/app.md, "Help".

#include <string>
#include <string_view>
#include <vector>

namespace candor::present {

/// One glossary term in the current language.
struct GlossaryEntry {
    std::string id;                    ///< anchor, e.g. "ear"
    std::string term;                  ///< "Effective annual rate (EAR)"
    std::string definition;            ///< a short plain definition
    std::vector<std::string> see_also; ///< ids of related terms
};

/// Every term, in the current language, sorted by its translated term.
std::vector<GlossaryEntry> glossary();

/// True when `filter` (case-insensitive, trimmed) occurs in the term or the
/// definition; an empty filter matches everything.
bool glossary_matches(const GlossaryEntry& entry, std::string_view filter);

/// The glossary page: the terms that match `filter`, each with its anchor and links to the
/// terms it names; a line saying so when none does.
std::string glossary_html(std::string_view filter = {});

/// The start page: what Candor does, three steps to read an offer, links to an example, a
/// new offer, a file, the methodology and the glossary.
std::string start_page_html();

/// The methodology: how each figure is computed, with the sources and dates of the built-in
/// data (benchmark, inflation, asset classes, scenarios, sources with no return series).
std::string methodology_html();

/// `text` with &, <, > and " written as HTML entities.
std::string html_escape(std::string_view text);

} // namespace candor::present
