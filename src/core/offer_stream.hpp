#pragma once
/// \file offer_stream.hpp
/// Offers read one at a time from JSON Lines (one offer object a line, as in the "offers" of a
/// .candor file) or CSV (a header naming the columns, one offer a record; docs/cli.md), so
/// that any number of offers is analysed in memory that does not grow with their count.

#include "offer_file.hpp"

#include <csignal>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace candor::core {

enum class StreamFormat {
    JsonLines, ///< one JSON object a line; blank lines are skipped
    Csv,       ///< RFC 4180 with a header line; columns as offer_csv_columns()
};

/// The columns an input CSV may have, in the order docs/cli.md lists them; each holds what the
/// .candor key of the same name holds (assumptions included, without the "assumptions."
/// prefix). `claimed_mix` is written like --mix (`bonds=0.4,gold=0.6`), `claims` like --claims
/// (`guaranteed,referral`). An empty field is a key left out.
const std::vector<std::string>& offer_csv_columns();

/// Reads lines from a file descriptor, each at most `max_bytes` long (its "\n" and a "\r"
/// before it are not part of it).
class LineReader {
  public:
    enum class Status {
        Line,    ///< a line was read
        End,     ///< the end of the input
        Stopped, ///< a read was interrupted by a signal and *stop was set
    };
    /// \param stop may be null; when a read is interrupted by a signal (EINTR) and *stop is set,
    ///             next() returns Stopped instead of reading on.
    LineReader(int fd, std::string name, std::size_t max_bytes,
               const volatile std::sig_atomic_t* stop);
    /// \throws DataError naming the file and line when a line is too long or a read fails.
    Status next(std::string& line);
    /// The number of the last line read (1 for the first).
    long line_number() const { return line_; }

  private:
    bool fill(); ///< false at the end; throws on a failed read
    int fd_;
    std::string name_;
    std::size_t max_;
    const volatile std::sig_atomic_t* stop_;
    std::vector<char> buffer_;
    std::size_t pos_ = 0;
    std::size_t end_ = 0;
    bool eof_ = false;
    bool stopped_ = false;
    long line_ = 0;
};

/// A stream of offers from a file or standard input ("-").
class OfferStream {
  public:
    /// Opens `path` ("-": standard input). Offers take the assumptions they leave out from
    /// `defaults`. \throws DataError when the file cannot be opened.
    OfferStream(const std::string& path, StreamFormat format, Assumptions defaults,
                const volatile std::sig_atomic_t* stop = nullptr);
    ~OfferStream();
    OfferStream(const OfferStream&) = delete;
    OfferStream& operator=(const OfferStream&) = delete;

    /// Reads the next offer into `out`; false at the end of the input or when stopped (see
    /// stopped()). \throws DataError naming the file, the line and the key or column, as for a
    /// .candor file; a record longer than max_record_bytes (limits.hpp) is refused.
    bool next(OfferEntry& out);
    /// The reading was interrupted (LineReader::Status::Stopped).
    bool stopped() const { return stopped_; }

  private:
    bool next_record(std::string& record, long& first_line);
    void read_header();
    OfferEntry from_csv(const std::vector<std::string>& fields, long line) const;

    std::string path_;
    StreamFormat format_;
    Assumptions defaults_;
    int fd_ = -1;
    bool own_fd_ = false;
    LineReader lines_;
    bool stopped_ = false;
    std::vector<std::string> header_; ///< CSV: the column of each field
    std::string line_;
    std::string record_;
};

/// The fields of one CSV record (RFC 4180: quoted fields may hold commas, quotes doubled and
/// line breaks). Returns false when a quoted field is still open at the end of `record`, so
/// the caller can append the next line. \throws DataError (file, line) for a quote inside an
/// unquoted field or text after a closing quote.
bool split_csv_record(std::string_view record, std::vector<std::string>& fields,
                      const std::string& file, long line);

} // namespace candor::core
