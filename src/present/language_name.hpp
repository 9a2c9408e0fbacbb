#pragma once
/// \file language_name.hpp
/// How a language is offered in a list of languages: by its own name (its autonym), as CLDR
/// writes it at the start of a menu item, followed by the catalog's code.

#include <string>

namespace candor::present {

/// "Deutsch (de)", "العربية (ar)", "Português (Brasil) (pt_BR)": the language's name in that
/// language (ICU's LocaleDisplayNames, capitalized as CLDR says for a menu item), then the
/// gettext code as given. `code` takes the catalogs' form ("pt_BR", "ar@latn"; "-" for "_" is
/// accepted). A code ICU knows no name for is returned alone.
std::string language_display_name(const std::string& code);

} // namespace candor::present
