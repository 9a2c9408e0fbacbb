#pragma once
/// \file language.hpp
/// Selecting the app's language at run time: the gettext catalogs (i18n), the number formats
/// (present) and wxWidgets' translations, all at once. The windows read it when they are
/// built; MainFrame::change_language() rebuilds the main window afterwards.

#include <string>

namespace candor::app {

/// Selects `language` ("de", "pt_BR", "ar@latn"; empty: the user's environment) for
/// i18n::tr(), present's number formats and wxGetTranslation() (a new wxTranslations with the
/// "candor" catalog and wxWidgets' own). Windows created afterwards are translated, and laid out
/// right to left when the language is written so (present::right_to_left()).
void apply_language(const std::string& language);

} // namespace candor::app
