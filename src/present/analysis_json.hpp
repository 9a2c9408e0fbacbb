#pragma once
/// \file analysis_json.hpp
/// The machine-readable form of an Analysis: the schema documented in docs/cli.md.
/// Numbers are plain JSON numbers, rates are fractions, amounts are in major units.

#include "core/analysis.hpp"
#include "core/deposit_insurance.hpp"
#include "core/plausible.hpp"

#include <nlohmann/json.hpp>

namespace candor::present {

/// Version of the analysis JSON schema; bumped when a field changes meaning or is removed.
constexpr int analysis_schema_version = 1;

nlohmann::ordered_json to_json(const core::Analysis& a);

/// The `plausible` object: the claimed mix and what it would plausibly pay over the term.
nlohmann::ordered_json plausible_json(const core::PlausiblePayout& p);

/// The insured-deposit fields (docs/cli.md): insured_scheme, insured_limit, insured_currency,
/// insured_covered, insured_uncovered, insured_standing, insured_credited; all null when the
/// offer is not stated to be an insured deposit.
nlohmann::ordered_json insured_json(const std::optional<core::InsuredDeposit>& d);

} // namespace candor::present
