#pragma once
/// \file preferences_file.hpp
/// The preferences file (~/.config/candor/candor.conf): wxFileConfig's format, written through
/// core::OutputFile like every other file Candor saves (atomic replacement, symbolic links
/// followed, permissions and hard links kept, stale temporaries removed) instead of
/// wxFileConfig's own temporary-file writer.

#include <wx/fileconf.h>

#include <string>

namespace candor::app {

class PreferencesFile : public wxFileConfig {
  public:
    /// Reads `path` if it exists.
    explicit PreferencesFile(const std::string& path);
    PreferencesFile(const PreferencesFile&) = delete;
    PreferencesFile& operator=(const PreferencesFile&) = delete;
    /// Saves what is not saved yet.
    ~PreferencesFile() override;

    /// Writes the whole file when its text changed since it was read or last written.
    /// \returns false (and logs the reason) when it cannot be written.
    bool Flush(bool current_only = false) override;

    const std::string& path() const { return path_; }

  private:
    /// The file's text as wxFileConfig would write it now.
    std::string text();

    std::string path_;
    std::string saved_; ///< the text last read or written
};

} // namespace candor::app
