#pragma once
/// \file classroom_steps.hpp
/// The classroom walk-through of one offer, one step per screen: the promise, its annual
/// equivalent, the rate ladder, the plausible payout, the break-even risk, the rollover and
/// (when a scenario is computed) the outcome distribution. Text only, translated; the classroom
/// window draws it.

#include "offer_results.hpp"

#include <string>
#include <vector>

namespace candor::app {

enum class StepKind {
    Promise,
    AnnualEquivalent,
    Plausible,
    BreakEven,
    Rollover,
    Outcomes,
    Ladder, ///< the rate ladder: where the annual rate sits among safe, asset and scheme rates
};

struct ClassroomStep {
    StepKind kind;
    std::string title;    ///< "The promise"
    std::string headline; ///< the one big figure or statement
    std::string detail;   ///< one or two short lines under it
};

/// The steps for one offer's results, in order. Every figure comes from `r` through
/// present's number formatting.
std::vector<ClassroomStep> classroom_steps(const OfferResults& r);

} // namespace candor::app
