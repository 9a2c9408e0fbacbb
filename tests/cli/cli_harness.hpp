#pragma once
/// \file cli_harness.hpp
/// Runs candor-cli's entry point in-process with string streams, for the CLI tests.

#include "cli/run.hpp"
#include "core/request.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace candor::test {

struct CliResult {
    int code = 0;
    std::string out;
    std::string err;
};

/// `args` without the program name, e.g. {"analyze", "--example"}.
inline CliResult run_cli(std::vector<std::string> args) {
    args.insert(args.begin(), "candor-cli");
    std::vector<const char*> argv;
    argv.reserve(args.size());
    for (const auto& a : args) {
        argv.push_back(a.c_str());
    }
    std::ostringstream out;
    std::ostringstream err;
    const int code = cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
}

/// What the CLI computes for an offer (core's one executor): its benchmark and inflation
/// follow the safe rates of the offer's currency and term unless `assumptions` states them.
inline core::OfferResult
executed(const core::Offer& offer,
         const core::Assumptions& assumptions = core::Assumptions::defaults(),
         const std::string& scenario = {}) {
    core::OfferRequest q{offer, assumptions, {}, std::nullopt};
    if (!scenario.empty()) {
        q.scenario = core::ScenarioRequest{scenario, {}, {}, {}, false, {}};
    }
    return core::execute(q, core::MarketData::builtin());
}

} // namespace candor::test
