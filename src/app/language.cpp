#include "language.hpp"

#include "i18n/tr.hpp"
#include "present/number_format.hpp"

#include <wx/log.h>
#include <wx/translation.h>

#include <gtk/gtk.h>

#include <langinfo.h>

#include <clocale>
#include <string_view>

namespace candor::app {

void apply_language(const std::string& language) {
    // wx reads the app's own texts (`_("... · ...")`) in the C library's character set. GTK
    // does not set the C locale under wx, and a "C" or "POSIX" environment gives ASCII, in
    // which every text with a non-ASCII character would come out empty: UTF-8 it is, as GTK.
    if (std::string_view(nl_langinfo(CODESET)) != "UTF-8") {
        std::setlocale(LC_CTYPE, "C.UTF-8");
    }
    i18n::init(language);
    present::set_locale("");
    static bool lookup_path_added = false;
    const std::string dir = i18n::locale_dir();
    if (!dir.empty() && !lookup_path_added) {
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(dir));
        lookup_path_added = true;
    }
    // The language gettext settled on (the environment's when `language` is empty), so that
    // both sides agree; catalogs are per language, so without a modifier such as "@latn".
    std::string resolved = i18n::current_language();
    resolved = resolved.substr(0, resolved.find('@'));
    auto* translations = new wxTranslations;
    translations->SetLanguage(wxString::FromUTF8(resolved));
    wxTranslations::Set(translations); // deletes the previous one
    const wxLogNull quiet;             // a missing catalog means English, not an error box
    // No catalog of ours for the language means English, the source language: wx's own
    // catalog is then not needed either (looking for it costs start-up time).
    if (translations->AddCatalog(wxS("candor"))) {
        translations->AddStdCatalog();
    }
    // Our windows set their direction when they are built (MainFrame, ClassroomFrame,
    // PreferencesDialog); GTK's own dialogs take the default.
    gtk_widget_set_default_direction(present::right_to_left() ? GTK_TEXT_DIR_RTL
                                                              : GTK_TEXT_DIR_LTR);
}

} // namespace candor::app
