#include "evaluation.hpp"

#include "scenario_data.hpp"

#include <algorithm>
#include <utility>

namespace candor::core {

Evaluation evaluate(const Offer& offer, Assumptions assumptions, const MarketData& market,
                    const std::vector<Claim>& claims) {
    Evaluation out;
    out.analysis = analyze(offer, std::move(assumptions));
    DisclosureInput in;
    in.analysis = &out.analysis;
    in.market = &market;
    in.plausible = plausible_for(out.analysis, market);
    in.claims = claims;
    if (offer.held.kind == AssetKind::Volatile) {
        in.held_asset_annual_volatility = annual_volatility(offer.held.code);
    }
    out.plausible = in.plausible;
    out.verdict = judge(out.analysis, out.plausible, market, SafeRates::builtin().verdict_rules());
    in.verdict_level = out.verdict.level;
    out.insured = insured_deposit(offer, out.analysis.advertised_payout.to_major(), out.verdict,
                                  DepositInsurance::builtin());
    in.insured = out.insured;
    out.disclosures = disclose(in);
    return out;
}

std::vector<Claim> merge_claims(const std::vector<std::string>& ids, const std::vector<Claim>& more,
                                const std::string& field) {
    std::string listed;
    for (const auto& id : ids) {
        listed += (listed.empty() ? "" : ",") + id;
    }
    std::vector<Claim> claims = listed.empty() ? std::vector<Claim>{} : parse_claims(listed, field);
    for (const Claim c : more) {
        if (std::find(claims.begin(), claims.end(), c) == claims.end()) {
            claims.push_back(c);
        }
    }
    return claims;
}

double plausible_payout(const Evaluation& e) {
    return e.plausible ? e.plausible->central_payout : e.analysis.benchmark_payout.to_major();
}

double advertised_gap(const Evaluation& e) {
    return e.analysis.advertised_payout.to_major() - plausible_payout(e);
}

} // namespace candor::core
