#pragma once
/// \file offer_results.hpp
/// Everything the charts and reports show about one offer, computed through core
/// (render::compute_offer_results), from the offer flags or from a .candor file.

#include "offer_options.hpp"

#include "render/chart_data.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace candor::cli {

/// The request's offer with its claims, under the scenario preset `scenario` (empty: none).
/// \throws core::InputError or core::DataError.
render::OfferResults offer_results(const Request& request, const std::string& scenario);

/// Every offer of a .candor file: the file's assumptions (missing ones from the market data),
/// each offer's scenario unless `scenario` overrides it, its claims plus the --claims flag.
/// \throws core::InputError or core::DataError.
std::vector<render::OfferResults> offer_results_of_file(const std::string& path,
                                                        const OfferFlags& flags,
                                                        const std::string& scenario,
                                                        const core::MarketData& market);

/// Prints an OutputError as one line ("candor-cli: error: PATH: reason").
void print_output_error(std::ostream& err, const std::string& what);

} // namespace candor::cli
