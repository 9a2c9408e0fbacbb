#pragma once
/// \file text_view.hpp
/// The analysis as readable text for a person at a terminal.

#include "core/analysis.hpp"
#include "core/ponzi.hpp"
#include "core/verdict.hpp"
#include "present/disclosure_text.hpp"

#include <ostream>
#include <vector>

namespace candor::cli {

void print_analysis_text(const core::Analysis& a, std::ostream& out);

/// The rendered disclosures, in the order given (core sorts them most severe first).
/// "Verdict: ..." (the overall verdict, in the current language): the first line of each offer.
void print_verdict_text(const core::Verdict& v, std::ostream& out);
/// That Candor is for learning and not financial advice (after the last offer).
void print_learning_notice(std::ostream& out);
/// What the Ponzi model says about the offer: a heading, then each paragraph wrapped.
void print_ponzi_text(const core::PonziReading& reading, std::ostream& out);
void print_disclosures_text(const std::vector<present::DisclosureText>& list, std::ostream& out);

} // namespace candor::cli
