#include "preferences_file.hpp"

#include "core/output_file.hpp"
#include "present/error_text.hpp"

#include <wx/log.h>
#include <wx/mstream.h>

#include <utility>

namespace candor::app {

PreferencesFile::PreferencesFile(const std::string& path)
    : wxFileConfig(wxS("candor"), wxString(), wxString::FromUTF8(path), wxString(),
                   wxCONFIG_USE_LOCAL_FILE, wxConvUTF8),
      path_(path) {
    // wxFileConfig's destructor would save with its own writer; this class saves instead.
    DisableAutoSave();
    saved_ = text();
}

PreferencesFile::~PreferencesFile() {
    (void)PreferencesFile::Flush();
}

std::string PreferencesFile::text() {
    wxMemoryOutputStream out;
    (void)Save(out, wxConvUTF8); // a memory stream takes everything
    std::string bytes(out.GetSize(), '\0');
    if (!bytes.empty()) {
        out.CopyTo(bytes.data(), bytes.size());
    }
    return bytes;
}

bool PreferencesFile::Flush(bool /*current_only*/) {
    std::string now = text();
    if (now == saved_) {
        return true;
    }
    try {
        core::write_file_atomic(path_, now);
    } catch (const core::OutputError& e) {
        wxLogError("%s", wxString::FromUTF8(present::output_error_text(e)));
        return false;
    }
    saved_ = std::move(now);
    return true;
}

} // namespace candor::app
