#pragma once
/// \file method_text.hpp
/// The method in words and formulas, defined once for the report's and handout's "Method"
/// section (render) and the app's Help > Methodology page (help_pages).

#include <string>
#include <vector>

namespace candor::present {

/// What the figures follow from and what each symbol of the formulas means (translated).
std::string method_introduction();

/// The method's formulas, one a line, each named in the current language; the formulas are
/// symbols only, with the language's digits. `with_scenario` adds the rollover and the
/// scenario lines; `isolate` wraps each formula in a left-to-right isolate (LRI ... PDI) for
/// right-to-left text drawn by Pango (HTML gets its direction from its markup instead).
std::vector<std::string> method_formula_lines(bool with_scenario, bool isolate = true);

} // namespace candor::present
