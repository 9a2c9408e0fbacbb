#include "offer_results.hpp"

#include "core/evaluation.hpp"
#include "core/input_error.hpp"
#include "core/offer_file.hpp"
#include "i18n/tr.hpp"
#include "render/offer_results.hpp"

namespace candor::cli {

namespace {

std::vector<std::string> claim_ids(const std::vector<core::Claim>& claims) {
    std::vector<std::string> ids;
    for (const core::Claim c : claims) {
        ids.emplace_back(core::claim_id(c));
    }
    return ids;
}

} // namespace

render::OfferResults offer_results(const Request& request, const std::string& scenario) {
    const render::OfferInputs in{request.offer, request.assumptions, scenario,
                                 claim_ids(request.claims)};
    return render::compute_offer_results(in, *request.market);
}

std::vector<render::OfferResults> offer_results_of_file(const std::string& path,
                                                        const OfferFlags& flags,
                                                        const std::string& scenario,
                                                        const core::MarketData& market) {
    const std::vector<core::Claim> flag_claims = flags.claims.empty()
                                                     ? std::vector<core::Claim>{}
                                                     : core::parse_claims(flags.claims, "--claims");
    const core::OfferSet set = core::load_offer_set(path, core::Assumptions::defaults(market));
    if (set.offers.empty()) {
        throw core::InputError("FILE", CANDOR_N_("a .candor file with at least one offer"), path);
    }
    std::vector<render::OfferResults> out;
    for (const auto& e : set.offers) {
        const render::OfferInputs in{
            e.offer, e.assumptions, scenario.empty() ? e.scenario : scenario,
            claim_ids(core::merge_claims(e.claims, flag_claims, "claims"))};
        out.push_back(render::compute_offer_results(in, market));
    }
    return out;
}

void print_output_error(std::ostream& err, const std::string& what) {
    err << "candor-cli: " << i18n::tr("error") << ": " << what << '\n';
}

} // namespace candor::cli
