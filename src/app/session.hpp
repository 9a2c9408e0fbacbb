#pragma once
/// \file session.hpp
/// The last session, saved on exit and restored on start: every tab's form exactly as typed
/// (invalid text included, so no work is lost), which tab was selected and which file was
/// open. A small JSON file in the user's config directory; written atomically.

#include "offer_form.hpp"

#include <string>
#include <vector>

namespace candor::app {

struct Session {
    std::vector<OfferFormInput> offers;
    std::size_t selected = 0;
    std::string document_path; ///< the .candor file open, empty when none
    bool modified = false;     ///< unsaved changes relative to document_path
};

/// Version of the session file. 2: number fields locale-free ({"number": "5000.5", "typed":
/// "5.000,50", ...}) and the "locale" they were typed in. Version 1 files (every field a string,
/// read as typed in the current locale) still load; a newer version is refused.
constexpr int session_version = 2;

/// The session as JSON; the number fields are read in the current locale (present).
std::string session_to_json(const Session& s);
/// The session, its number fields written for the current locale (exactly as typed when the
/// file was written in the same locale; text that was no number always as typed).
/// \throws core::DataError naming the key when the text is not a session file.
Session session_from_json(const std::string& text, const std::string& file_name);

/// Saves the session with core::write_file_atomic (creating the directory first).
/// \throws core::DataError naming the path.
void save_session(const Session& s, const std::string& path);

} // namespace candor::app
