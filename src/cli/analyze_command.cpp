#include "commands.hpp"
#include "exit_codes.hpp"
#include "offer_options.hpp"
#include "text_view.hpp"

#include "core/analysis.hpp"
#include "core/disclosures.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/offer_file.hpp"
#include "present/analysis_json.hpp"
#include "present/disclosure_text.hpp"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace candor::cli {

namespace {

struct AnalyzeFlags {
    OfferFlags offer;
    std::string file;
    std::string format = "text";
};

/// One analysed offer with what it implies.
struct Analyzed {
    core::Analysis analysis;
    std::optional<core::PlausiblePayout> plausible;
    std::vector<core::Disclosure> disclosures;
};

Analyzed analyzed(core::Analysis a, const core::MarketData& market,
                  std::vector<core::Claim> claims) {
    Analyzed out{std::move(a), std::nullopt, {}};
    core::DisclosureInput in;
    in.analysis = &out.analysis;
    in.market = &market;
    in.plausible = core::plausible_for(out.analysis, market);
    in.claims = std::move(claims);
    out.plausible = in.plausible;
    out.disclosures = core::disclose(in);
    return out;
}

/// The analyses to show: every offer of a .candor file, or the one offer the flags describe.
/// --data and --claims apply to both.
std::vector<Analyzed> analyses_for(const AnalyzeFlags& f) {
    std::vector<Analyzed> out;
    if (f.file.empty()) {
        const Request req = build_request(f.offer);
        out.push_back(analyzed(core::analyze(req.offer, req.assumptions), *req.market, req.claims));
        return out;
    }
    if (f.offer.example_opt != nullptr && f.offer.example_opt->count() > 0) {
        throw core::InputError("--example",
                               CANDOR_N_("either a .candor file or --example, not both"), f.file);
    }
    const auto market = market_data(f.offer);
    const std::vector<core::Claim> flag_claims =
        f.offer.claims.empty() ? std::vector<core::Claim>{}
                               : core::parse_claims(f.offer.claims, "--claims");
    const core::OfferSet set = core::load_offer_set(f.file, core::Assumptions::defaults(*market));
    for (const auto& e : set.offers) {
        std::string listed;
        for (const auto& c : e.claims) {
            listed += (listed.empty() ? "" : ",") + c;
        }
        std::vector<core::Claim> claims =
            listed.empty() ? std::vector<core::Claim>{} : core::parse_claims(listed, "claims");
        for (const core::Claim c : flag_claims) {
            if (std::find(claims.begin(), claims.end(), c) == claims.end()) {
                claims.push_back(c);
            }
        }
        out.push_back(analyzed(core::analyze(e.offer, e.assumptions), *market, claims));
    }
    return out;
}

nlohmann::ordered_json json_of(const Analyzed& x) {
    auto j = present::to_json(x.analysis);
    j["plausible"] =
        x.plausible ? present::plausible_json(*x.plausible) : nlohmann::ordered_json(nullptr);
    j["disclosures"] = present::disclosures_json(x.disclosures);
    return j;
}

} // namespace

void add_analyze_command(CLI::App& app, Context& ctx) {
    auto flags = std::make_shared<AnalyzeFlags>();
    CLI::App* cmd = app.add_subcommand("analyze", "What an advertised offer implies, beside a "
                                                  "benchmark");
    add_offer_options(*cmd, flags->offer);
    cmd->add_option("file", flags->file, "A .candor offer file to analyse instead of the flags");
    cmd->add_option("--format", flags->format, "text (default) or json");
    cmd->callback([flags, &ctx] {
        ctx.action = [flags, &ctx]() -> int {
            if (flags->format != "text" && flags->format != "json") {
                throw core::InputError("--format", CANDOR_N_("text or json"), flags->format);
            }
            const std::vector<Analyzed> all = analyses_for(*flags);
            if (flags->format == "json") {
                if (flags->file.empty()) {
                    ctx.out << json_of(all.front()).dump(2) << '\n';
                } else {
                    nlohmann::ordered_json j;
                    j["schema_version"] = present::analysis_schema_version;
                    j["offers"] = nlohmann::ordered_json::array();
                    for (const auto& a : all) {
                        j["offers"].push_back(json_of(a));
                    }
                    ctx.out << j.dump(2) << '\n';
                }
                return Success;
            }
            for (std::size_t i = 0; i < all.size(); ++i) {
                if (i > 0) {
                    ctx.out << "\n" << std::string(72, '-') << "\n\n";
                }
                print_analysis_text(all[i].analysis, ctx.out);
                print_disclosures_text(present::render(all[i].disclosures), ctx.out);
            }
            return Success;
        };
    });
}

void add_examples_command(CLI::App& app, Context& ctx) {
    CLI::App* cmd = app.add_subcommand("examples", "List the built-in example offers");
    cmd->callback([&ctx] {
        ctx.action = [&ctx]() -> int {
            for (const auto& e : core::builtin_examples()) {
                ctx.out << e.id << "  " << e.offer.name << '\n';
            }
            return Success;
        };
    });
}

} // namespace candor::cli
