#include "offer_results.hpp"

#include "core/evaluation.hpp"
#include "core/input_error.hpp"
#include "core/offer_file.hpp"
#include "core/scenario_data.hpp"
#include "i18n/tr.hpp"

namespace candor::cli {

core::OfferRequest offer_request(const Request& request, const OfferFlags& flags,
                                 const std::string& scenario) {
    core::OfferRequest q{request.offer, request.assumptions, request.claims, std::nullopt};
    if (!scenario.empty()) {
        core::ScenarioPresets::builtin().get(scenario, "--scenario"); // names the flag if unknown
        q.scenario = core::ScenarioRequest{scenario, {}, {}, {}, false, {}};
        if (!flags.recovery.empty()) {
            q.scenario->recovery = request.assumptions.recovery; // an explicit --recovery wins
        }
    }
    return q;
}

std::vector<core::Claim> file_flag_claims(const OfferFlags& flags, const std::string& scenario) {
    std::vector<core::Claim> flag_claims = flags.claims.empty()
                                               ? std::vector<core::Claim>{}
                                               : core::parse_claims(flags.claims, "--claims");
    if (!scenario.empty()) {
        core::ScenarioPresets::builtin().get(scenario, "--scenario"); // names the flag if unknown
    }
    if (flags.insured_opt != nullptr && flags.insured_opt->count() > 0) {
        // Offers of a file may differ in currency: each states its own coverage.
        throw core::InputError("--insured",
                               CANDOR_N_("an offer given by flags; in a .candor file each offer "
                                         "states its own (\"insured\")"),
                               flags.insured);
    }
    return flag_claims;
}

std::vector<core::OfferRequest> file_requests(const std::string& path, const OfferFlags& flags,
                                              const std::string& scenario,
                                              const core::MarketData& market,
                                              core::ScenarioPolicy policy) {
    const std::vector<core::Claim> flag_claims = file_flag_claims(flags, scenario);
    const core::OfferSet set = core::load_offer_set(path, default_assumptions(flags, market));
    if (set.offers.empty()) {
        throw core::InputError("FILE", CANDOR_N_("a .candor file with at least one offer"), path);
    }
    std::vector<core::OfferRequest> out;
    for (const auto& e : set.offers) {
        out.push_back(core::request_of(e, flag_claims, scenario, policy));
    }
    return out;
}

std::vector<core::OfferResult> execute_all(const std::vector<core::OfferRequest>& requests,
                                           const core::MarketData& market) {
    std::vector<core::OfferResult> out;
    out.reserve(requests.size());
    for (const auto& q : requests) {
        out.push_back(core::execute(q, market));
    }
    return out;
}

void add_scenario_all_flag(CLI::App& cmd, bool& all) {
    cmd.add_flag("--scenario-all", all,
                 i18n::tr("Apply the --scenario preset to every offer of the file, replacing "
                          "the offers' own"));
}

core::OutputFile output_file(const std::string& path) {
    return path == "-" ? core::OutputFile::standard_output() : core::OutputFile(path);
}

} // namespace candor::cli
