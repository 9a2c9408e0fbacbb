#include "offer_results.hpp"

#include "core/analysis.hpp"
#include "core/disclosures.hpp"
#include "core/evaluation.hpp"
#include "core/plausible.hpp"
#include "core/scenario_data.hpp"
#include "i18n/tr.hpp"
#include "present/disclosure_text.hpp"

#include <algorithm>
#include <cmath>

namespace candor::render {

using i18n::tr;

namespace {

Severity severity_of(core::Severity s) {
    switch (s) {
    case core::Severity::Warning:
        return Severity::Warning;
    case core::Severity::Caution:
        return Severity::Caution;
    case core::Severity::Info:
        return Severity::Info;
    }
    return Severity::Info;
}

} // namespace

std::string claim_label(const std::string& id) {
    // TRANSLATORS: short labels of the offer-claims checklist, in the report's inputs table.
    if (id == "guaranteed") {
        return tr("guaranteed returns");
    }
    if (id == "referral") {
        return tr("referral bonuses");
    }
    if (id == "insurance") {
        return tr("deposits said to be insured");
    }
    if (id == "lockup") {
        return tr("lock-up");
    }
    if (id == "unregistered") {
        return tr("unregistered issuer");
    }
    if (id == "pressure") {
        return tr("pressure to act fast");
    }
    return id;
}

OfferResults compute_offer_results(const OfferInputs& in, const core::MarketData& market) {
    std::string listed;
    for (const auto& c : in.claims) {
        listed += listed.empty() ? c : "," + c;
    }
    const std::vector<core::Claim> claims =
        listed.empty() ? std::vector<core::Claim>{} : core::parse_claims(listed, "claims");
    // The same evaluation as `candor-cli analyze`: analysis, plausible payout, disclosures.
    core::Evaluation ev = core::evaluate(in.offer, in.assumptions, market, claims);
    OfferResults r(std::move(ev.analysis));
    for (const core::Claim c : claims) {
        r.claims.push_back(claim_label(std::string(core::claim_id(c))));
    }
    if (ev.plausible) {
        r.plausible =
            PlausiblePayout{ev.plausible->central_payout, ev.plausible->optimistic_payout};
    }
    for (const auto& d : present::render(ev.disclosures)) {
        r.disclosures.push_back({severity_of(d.severity), d.headline, d.detail});
    }

    if (!in.scenario.empty()) {
        const core::ScenarioPreset& preset =
            core::ScenarioPresets::builtin().get(in.scenario, "scenario");
        core::ScenarioModel m = core::scenario_model(in.offer, in.assumptions);
        core::PriceRiskTable::builtin().apply_to(in.offer.held.code, m);
        preset.apply_to(m);
        core::ScenarioStats stats;
        if (core::has_closed_form(m)) {
            stats = core::closed_form(m);
        } else {
            core::MonteCarloSettings mc;
            mc.paths = 1'000'000;
            stats = core::monte_carlo(m, mc).stats;
        }
        ScenarioOutcome s;
        s.name = tr(preset.name);
        s.annual_hazard = m.hazard;
        s.recovery = m.recovery;
        s.recovery_delay_years = m.recovery_delay_years;
        s.expected_payout = stats.expected_payout;
        s.probability_of_loss = stats.probability_of_loss;
        s.median_payout = stats.median_payout;
        s.p05_payout = stats.p05_payout;
        s.p95_payout = stats.p95_payout;
        s.distribution = core::outcome_distribution(m);
        r.scenario = std::move(s);
    }
    return r;
}

} // namespace candor::render
