#pragma once
/// \file offer_file.hpp
/// The .candor file: a set of offers with their assumptions, as JSON with a format name and a
/// version (docs/file-format.md). Shared by the app (Open/Save) and the CLI (analyze FILE,
/// report FILE).

#include "json_reader.hpp"
#include "offer.hpp"
#include "output_file.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace candor::core {

/// Version written by this program; files with a higher version are refused with a message.
constexpr int offer_file_version = 1;

struct OfferEntry {
    Offer offer;
    Assumptions assumptions;
    std::string scenario;            ///< scenario preset id; empty for none
    std::vector<std::string> claims; ///< ticked checklist items, e.g. "guaranteed"
};

struct OfferSet {
    std::vector<OfferEntry> offers;
};

/// One offer of a .candor document (an element of "offers", or a line of JSON Lines), with the
/// assumptions it leaves out from `defaults`. \throws DataError naming the key.
OfferEntry offer_entry_from_json(const JsonReader::Node& n, const Assumptions& defaults);

/// Parses a .candor document (at most max_document_bytes, limits.hpp, when read from a file);
/// assumptions an offer leaves out come from `defaults`. \throws DataError naming the key and line.
OfferSet parse_offer_set(std::string_view json_text, const std::string& file_name,
                         const Assumptions& defaults = Assumptions::defaults());
/// Reads and parses a file. \throws DataError (also when unreadable).
OfferSet load_offer_set(const std::string& path,
                        const Assumptions& defaults = Assumptions::defaults());
/// The document as pretty-printed JSON; parse_offer_set(to_json_text(s)) gives s back.
std::string to_json_text(const OfferSet& set);
/// Writes the document through OutputFile (output_file.hpp): atomically for a regular file,
/// through symbolic links, keeping permissions and hard links. On failure the old file is
/// untouched and no temporary file remains. \throws OutputError (a DataError) naming the path.
void save_offer_set_atomic(const OfferSet& set, const std::string& path);

/// Money as the file stores it: exact, ungrouped, with its code ("5000.000000 USDT").
std::string money_to_text(const Money& m);
/// A fee as the file stores it: "10", "1%", "10+1%" or "0".
std::string fee_to_text(const Fee& f);

} // namespace candor::core
