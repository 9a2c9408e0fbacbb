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

} // namespace candor::present
