#pragma once
/// \file offer_results.hpp
/// The CLI's side of core's one executor: the offer flags or a .candor file as
/// core::OfferRequest, run through core::execute (the same call the app and the reports make).

#include "offer_options.hpp"

#include "core/output_file.hpp"
#include "core/request.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace candor::cli {

/// The flags' offer with its claims, under the scenario preset `scenario` (empty: none). An
/// explicit --recovery states the recovery over the preset's.
core::OfferRequest offer_request(const Request& request, const OfferFlags& flags,
                                 const std::string& scenario);

/// The flags that apply to every offer of a file, checked: the claims ticked by --claims, an
/// existing --scenario, and no --insured (each offer of a file states its own).
/// \throws core::InputError naming the flag.
std::vector<core::Claim> file_flag_claims(const OfferFlags& flags, const std::string& scenario);

/// Every offer of a .candor file: the file's assumptions (missing ones from the market data),
/// each offer's own scenario, `scenario` for those that name none (or for all, replacing their
/// own, with ScenarioPolicy::Force: --scenario-all), its claims plus the --claims flag.
/// \throws core::InputError or core::DataError.
std::vector<core::OfferRequest> file_requests(const std::string& path, const OfferFlags& flags,
                                              const std::string& scenario,
                                              const core::MarketData& market,
                                              core::ScenarioPolicy policy);

/// Adds --scenario-all (`all`) beside a command's --scenario.
void add_scenario_all_flag(CLI::App& cmd, bool& all);

/// core::execute() of each request.
std::vector<core::OfferResult> execute_all(const std::vector<core::OfferRequest>& requests,
                                           const core::MarketData& market);

/// The file `-o PATH` names: standard output for "-", else the file (written as
/// core::OutputFile does: links followed, permissions kept, special files written directly).
/// \throws core::OutputError.
core::OutputFile output_file(const std::string& path);

} // namespace candor::cli
