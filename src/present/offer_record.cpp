#include "offer_record.hpp"

#include "analysis_json.hpp"
#include "disclosure_text.hpp"
#include "ponzi_text.hpp"
#include "scenario_json.hpp"

#include "core/verdict.hpp"

namespace candor::present {

nlohmann::ordered_json offer_record_json(const core::OfferResult& x) {
    const core::Evaluation& ev = x.evaluation;
    nlohmann::ordered_json j;
    j["verdict"] = verdict_json(ev.verdict); // the first thing said
    j.update(to_json(ev.analysis));
    j.update(insured_json(ev.insured));
    j["plausible"] = ev.plausible ? plausible_json(*ev.plausible) : nlohmann::ordered_json(nullptr);
    j["disclosures"] = disclosures_json(ev.disclosures);
    if (x.scenario) {
        j["scenario"] = scenario_summary_json(*x.scenario);
    }
    j["ponzi"] = x.ponzi ? ponzi_reading_json(*x.ponzi) : nlohmann::ordered_json(nullptr);
    return j;
}

CsvFields offer_record_csv(const core::OfferResult& s) {
    CsvFields f = csv_fields(s.analysis());
    const auto& pl = s.evaluation.plausible;
    f.emplace_back("plausible_central_payout", pl ? csv_number(pl->central_payout) : "");
    f.emplace_back("plausible_optimistic_payout", pl ? csv_number(pl->optimistic_payout) : "");
    const auto* sc = s.scenario ? &*s.scenario : nullptr;
    f.emplace_back("verdict", std::string(core::verdict_id(s.evaluation.verdict.id)));
    f.emplace_back("verdict_level", std::to_string(s.evaluation.verdict.level));
    add_insured_fields(f, s.evaluation.insured);
    f.emplace_back("scenario", sc ? sc->preset : "");
    f.emplace_back("scenario_expected_payout", sc ? csv_number(sc->stats.expected_payout) : "");
    f.emplace_back("scenario_probability_of_loss",
                   sc ? csv_number(sc->stats.probability_of_loss) : "");
    const auto* pz = s.ponzi ? &*s.ponzi : nullptr;
    f.emplace_back("ponzi_required_inflow_growth",
                   pz && pz->required_growth ? csv_number(*pz->required_growth) : "");
    f.emplace_back("ponzi_collapse_years", pz && pz->outcome && pz->outcome->collapse_time
                                               ? csv_number(*pz->outcome->collapse_time)
                                               : "");
    return f;
}

} // namespace candor::present
