#pragma once
/// \file text_view.hpp
/// The analysis as readable text for a person at a terminal.

#include "core/analysis.hpp"
#include "core/plausible.hpp"
#include "core/ponzi.hpp"
#include "core/verdict.hpp"
#include "present/disclosure_text.hpp"

#include <optional>
#include <ostream>
#include <vector>

namespace candor::cli {

/// The heading (offer, benchmark, inflation and, when the claimed mix names sources with no
/// public return series, the rate their share is counted at), then the figures.
void print_analysis_text(const core::Analysis& a, std::ostream& out,
                         const std::optional<core::PlausiblePayout>& plausible = std::nullopt);

/// The rendered disclosures, in the order given (core sorts them most severe first).
/// "Verdict: ..." (the overall verdict, in the current language): the first line of each offer.
void print_verdict_text(const core::Verdict& v, std::ostream& out);
/// That Candor is for learning and not financial advice (after the last offer).
void print_learning_notice(std::ostream& out);
/// What the Ponzi model says about the offer: a heading, then each paragraph wrapped.
void print_ponzi_text(const core::PonziReading& reading, std::ostream& out);
void print_disclosures_text(const std::vector<present::DisclosureText>& list, std::ostream& out);

} // namespace candor::cli
