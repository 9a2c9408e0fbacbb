#pragma once
/// \file analysis_csv.hpp
/// Analyses as CSV (RFC 4180): one header line, one line per offer. Numbers are locale-free
/// (shortest form that reads back exactly), rates are fractions, amounts in major units; a
/// figure that does not exist (e.g. an overflowing rate) is an empty field. Shared by
/// `candor-cli analyze --format csv` and the app's Export CSV.

#include "core/analysis.hpp"
#include "core/deposit_insurance.hpp"
#include "core/request.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace candor::present {

/// (column name, value) pairs in column order.
using CsvFields = std::vector<std::pair<std::string, std::string>>;

/// The columns of one analysis (see docs/cli.md for their meaning).
CsvFields csv_fields(const core::Analysis& a);

/// The insured-deposit columns appended to `f` (the JSON's insured_* fields; empty cells when
/// the offer is not stated to be an insured deposit).
void add_insured_fields(CsvFields& f, const std::optional<core::InsuredDeposit>& d);

/// A locale-free number for CSV: the shortest text that reads back as the same double.
std::string csv_number(double v);

/// One cell as written: text that a spreadsheet would take for a formula (starting with =, +,
/// -, @, a tab or a carriage return, and not a plain number) gets a leading apostrophe;
/// controls and direction overrides become U+FFFD (visible_text); a comma or quote makes it
/// quoted (RFC 4180, section 2). Numbers are left as they are.
std::string csv_cell(const std::string& field);

/// The header line of rows with these columns (the names of `row`), ending in CRLF.
std::string csv_header(const CsvFields& row);
/// One row's line (its values), ending in CRLF.
std::string csv_row(const CsvFields& row);

/// Header from the first row's names, then each row's values; lines end in CRLF (RFC 4180).
/// \pre every row has the same columns.
std::string to_csv(const std::vector<CsvFields>& rows);

/// Convenience: one analysis.
std::string to_csv(const core::Analysis& a);

/// Executed offers, one line each (offer_record_csv): what `candor-cli analyze --format csv`
/// prints and the app's File > Export CSV writes.
std::string results_csv(const std::vector<core::OfferResult>& results);

} // namespace candor::present
