#pragma once
/// \file method_text.hpp
/// The method in words and formulas, defined once for the report's and handout's "Method"
/// section (render) and the app's Help > Methodology page (help_pages).

#include <string>
#include <vector>

namespace candor::present {

/// What the figures follow from and what each symbol of the formulas means (translated).
std::string method_introduction();

/// How a formula sits in its translated line: always in a left-to-right isolate (LRI ... PDI)
/// so that it reads the same in right-to-left text; `unbroken` also joins it with no-break
/// spaces, for a layout that breaks and orders words itself (wxHTML has no bidi algorithm, so
/// a formula must reach Pango as one word).
enum class FormulaRun { isolated, unbroken };

/// The method's formulas, one a line, each named in the current language; the formulas are
/// symbols only, with the language's digits. `with_scenario` adds the rollover and the
/// scenario lines.
std::vector<std::string> method_formula_lines(bool with_scenario,
                                              FormulaRun run = FormulaRun::isolated);

} // namespace candor::present
