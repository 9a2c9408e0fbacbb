#pragma once
/// \file text_view.hpp
/// The analysis as readable text for a person at a terminal.

#include "core/analysis.hpp"

#include <ostream>

namespace candor::cli {

void print_analysis_text(const core::Analysis& a, std::ostream& out);

} // namespace candor::cli
