#include "offer_results.hpp"

#include "core/analysis.hpp"
#include "i18n/tr.hpp"

namespace candor::cli {

render::OfferResults offer_results(const Request& request) {
    render::OfferResults r(core::analyze(request.offer, request.assumptions));
    return r;
}

render::OfferResults offer_results(const core::OfferEntry& entry,
                                   const core::MarketData& /*market*/) {
    render::OfferResults r(core::analyze(entry.offer, entry.assumptions));
    r.claims = entry.claims;
    return r;
}

void print_output_error(std::ostream& err, const std::string& what) {
    err << "candor-cli: " << i18n::tr("error") << ": " << what << '\n';
}

} // namespace candor::cli
