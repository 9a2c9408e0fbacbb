#pragma once
/// \file output_file.hpp
/// Writing a file the way a careful user expects (docs/cli.md, "Output files"): the one writer
/// for every file Candor writes (reports, charts, .candor documents, the app's session).
///
/// - A regular file is replaced atomically: the data go to a temporary file beside the target,
///   are flushed to disk and renamed over it only when complete; the old file's permissions
///   and owner are kept. Nothing half-written is ever left under the target's name.
/// - A symbolic link is followed: its target is written, the link stays.
/// - A regular file with more than one hard link is written in place (replacing it would cut
///   it off from its other names); the data are collected first, so a failure before the
///   commit leaves it untouched.
/// - A FIFO, a device (/dev/null, /dev/stdout) or any other special file is opened and written
///   directly, never replaced.
/// - The temporary file's name fits the file system's limit (NAME_MAX) whatever the target's;
///   it is locked while written, and temporaries left by a writer that was killed are removed
///   the next time the same target is written.

#include "data_error.hpp"

#include <string>
#include <string_view>

namespace candor::core {

/// A file, or standard output, could not be written. A DataError without key or line, so that
/// every front end shows it like a data file's error; `standard_output()` tells the front end
/// to name standard output in its own language instead of a path.
class OutputError : public DataError {
  public:
    /// \param problem marked with CANDOR_N_; {0} is usually the system's reason.
    OutputError(const std::string& path, const std::string& problem,
                std::vector<std::string> values = {});
    /// A write to standard output failed.
    static OutputError standard_output(const std::string& problem,
                                       std::vector<std::string> values = {});
    bool is_standard_output() const { return standard_output_; }
    const std::string& path() const { return file(); }

  private:
    bool standard_output_ = false;
};

class OutputFile {
  public:
    /// Opens `path` for writing as described above. \throws OutputError.
    explicit OutputFile(std::string path);
    /// Standard output (file descriptor 1), written directly (`-o -`).
    static OutputFile standard_output();
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;
    OutputFile(OutputFile&& other) noexcept;
    OutputFile& operator=(OutputFile&&) = delete;

    /// Appends `bytes`. \throws OutputError.
    void write(std::string_view bytes);
    /// Puts the data in place: after it returns, the whole file is written and on disk.
    /// Without it the destructor discards the data and leaves the target as it was (except a
    /// special file or standard output, which received what was written).
    /// \throws OutputError.
    void commit();

    /// The path as given.
    const std::string& path() const { return path_; }

    /// How the target is written (for tests and messages).
    enum class Mode {
        Replace, ///< temporary file renamed over the target (or a new file)
        InPlace, ///< a regular file with other hard links: rewritten in place at commit
        Direct,  ///< a FIFO, device or other special file: written as data come
        Stdout,  ///< standard output
    };
    Mode mode() const { return mode_; }

  private:
    OutputFile() = default;
    void flush_buffer();
    [[noreturn]] void fail(const char* problem, int error) const;

    std::string path_;   ///< as given, for messages
    std::string target_; ///< after following symbolic links
    std::string temp_;   ///< Replace: the temporary file
    Mode mode_ = Mode::Replace;
    int fd_ = -1;
    std::string buffer_;
    bool committed_ = false;
    unsigned mode_bits_ = 0; ///< Replace over an existing file: its permissions
    unsigned owner_ = 0;
    unsigned group_ = 0;
    bool keep_owner_ = false;
};

/// Writes `contents` to `path` through OutputFile. \throws OutputError naming the path.
void write_file_atomic(const std::string& path, std::string_view contents);

} // namespace candor::core
