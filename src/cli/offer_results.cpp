#include "offer_results.hpp"

#include "core/analysis.hpp"
#include "i18n/tr.hpp"

namespace candor::cli {

render::OfferResults offer_results(const Request& request) {
    render::OfferResults r(core::analyze(request.offer, request.assumptions));
    return r;
}

void print_output_error(std::ostream& err, const std::string& what) {
    err << "candor-cli: " << i18n::tr("error") << ": " << what << '\n';
}

} // namespace candor::cli
