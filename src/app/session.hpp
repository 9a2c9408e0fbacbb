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

/// Version of the session file; a file with another version is ignored.
constexpr int session_version = 1;

std::string session_to_json(const Session& s);
/// \throws core::DataError naming the key when the text is not a session file.
Session session_from_json(const std::string& text, const std::string& file_name);

/// Saves the session with core::write_file_atomic (creating the directory first).
/// \throws core::DataError naming the path.
void save_session(const Session& s, const std::string& path);

} // namespace candor::app
