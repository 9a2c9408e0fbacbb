#pragma once
/// \file limits.hpp
/// The bounds on what Candor reads (docs/cli.md, "Limits"). Input beyond them is refused with
/// a DataError or InputError naming the file or field and the limit, never cut silently.

#include <cstddef>

namespace candor::core {

/// The most bytes read from one JSON document: a .candor file, a --data, --scenarios or
/// --price-risk file, the app's session. Reading stops as soon as a file passes it (so
/// /dev/zero is refused at once).
constexpr std::size_t max_document_bytes = std::size_t{64} << 20;

/// The most bytes of one record of a streamed input: a line of JSON Lines, a CSV record
/// (which may span lines inside quotes).
constexpr std::size_t max_record_bytes = std::size_t{64} << 10;

/// The longest offer name, in Unicode characters (code points).
constexpr std::size_t max_name_characters = 200;

/// The most offers the desktop app opens from one document (each is a page with its own form
/// and charts); larger sets are for candor-cli analyze.
constexpr std::size_t max_app_offers = 200;

} // namespace candor::core
