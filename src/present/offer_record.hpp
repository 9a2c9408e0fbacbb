#pragma once
/// \file offer_record.hpp
/// The record of one analysed offer as `candor-cli analyze` writes it: the JSON object (an
/// element of "offers", or one line of JSON Lines) and the CSV row. The batch output of a
/// .candor file and the streamed output of JSON Lines or CSV input use these same functions,
/// so that one offer gives the same record either way (docs/cli.md).

#include "analysis_csv.hpp"

#include "core/request.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace candor::present {

/// The JSON object: verdict first, the analysis, plausible, disclosures, and the scenario
/// when one was applied.
nlohmann::ordered_json offer_record_json(const core::OfferResult& r);

/// offer_record_json(r) as json_text(..., indent) writes it (indent < 0: one line), appended
/// to `out` without building the tree: what `analyze` writes for each offer. `depth`: levels
/// of indentation every line after the first starts with (an element of a document's array).
void append_offer_record_json(const core::OfferResult& r, std::string& out, int indent,
                              int depth = 0);

/// The CSV columns (docs/cli.md, "CSV").
CsvFields offer_record_csv(const core::OfferResult& r);

/// csv_row(offer_record_csv(r)) appended to `out`, after csv_header() of it when `header`,
/// without building the fields: what `analyze --format csv` writes for each offer.
void append_offer_record_csv(const core::OfferResult& r, std::string& out, bool header);

} // namespace candor::present
