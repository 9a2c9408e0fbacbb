#pragma once
/// \file claim_text.hpp
/// The offer-claims checklist in words, defined once for the CLI, the reports and the app.

#include "core/disclosures.hpp"

#include <string>

namespace candor::present {

/// The translated short label of a claim, as a report's inputs table lists it
/// ("guaranteed returns").
std::string claim_label(core::Claim c);

/// The translated checklist line a user ticks ("Returns are called guaranteed or risk-free").
/// The lines follow the red-flag lists of the SEC and FINRA investor alerts (docs/app.md).
std::string claim_checklist_text(core::Claim c);

/// The ids a user types for the claims (--claims, .candor files), in checklist order:
/// "guaranteed, referral, insurance, lockup, unregistered, pressure" (core::all_claims).
std::string claim_id_list();

} // namespace candor::present
