#pragma once
/// \file offer_results.hpp
/// Everything the charts and reports show about one offer, computed through core.

#include "offer_options.hpp"

#include "core/market_data.hpp"
#include "core/offer_file.hpp"
#include "render/chart_data.hpp"

#include <ostream>
#include <string>

namespace candor::cli {

/// Analyses the request's offer and gathers what the renderers need.
/// \throws core::InputError or core::DataError.
render::OfferResults offer_results(const Request& request);
/// The same for one offer of a .candor file, with its assumptions, scenario and claims.
render::OfferResults offer_results(const core::OfferEntry& entry, const core::MarketData& market);

/// Prints an OutputError as one line ("candor-cli: error: PATH: reason").
void print_output_error(std::ostream& err, const std::string& what);

} // namespace candor::cli
