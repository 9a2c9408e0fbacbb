#include "method_text.hpp"

#include "digits.hpp"
#include "i18n/tr.hpp"

#include <fmt/format.h>

#include <string_view>

namespace candor::present {

using i18n::tr;

namespace {

/// A formula inside translated text: left to right in a right-to-left page (an LRI...PDI
/// isolate), with the language's digits.
std::string formula(std::string_view f, FormulaRun run) {
    std::string text = with_locale_digits(f);
    if (run == FormulaRun::unbroken) {
        for (std::size_t at = text.find(' '); at != std::string::npos; at = text.find(' ', at)) {
            text.replace(at, 1, "\u00A0");
        }
    }
    return "\u2066" + text + "\u2069";
}

/// `caption` (translated, "{0}" the formula, "{1}" a second one) filled in.
std::string formula_line(FormulaRun run, const std::string& caption, std::string_view f,
                         std::string_view g = {}) {
    return fmt::format(fmt::runtime(caption), formula(f, run), formula(g, run));
}

} // namespace

std::string method_introduction() {
    // TRANSLATORS: introduction of the methodology section.
    return tr("All figures follow from the offer as advertised and the stated assumptions. "
              "Symbols: P principal, A advertised payout, t term in years (actual days / 365; the "
              "day count only accrues an advertised rate), b benchmark annual rate, i inflation, R "
              "share of the principal recovered if the platform fails.");
}

std::vector<std::string> method_formula_lines(bool with_scenario, FormulaRun run) {
    std::vector<std::string> lines = {
        // TRANSLATORS: a formula line of the report's method; {0} is the formula (symbols:
        // A advertised payout, P principal; r names the return over the term).
        formula_line(run, tr("Return over the term: {0}"), "r = A / P − 1"),
        // TRANSLATORS: a formula line; {0} the formula (t the term in years).
        formula_line(run, tr("Simple annual rate (APR): {0}"), "r / t"),
        // TRANSLATORS: a formula line; {0} the formula (e names the effective annual rate).
        formula_line(run, tr("Effective annual rate (EAR): {0}"), "e = (1 + r)^(1/t) − 1"),
        // TRANSLATORS: a formula line; {0} the formula (i the inflation); Fisher's equation.
        formula_line(run, tr("Real effective annual rate (Fisher): {0}"), "(1 + e) / (1 + i) − 1"),
        // TRANSLATORS: a formula line; {0} the formula (b the benchmark's annual rate).
        formula_line(run, tr("Benchmark payout: {0}"), "B = P (1 + b)^t"),
        // TRANSLATORS: a formula line; {0} the formula: q is the chance of surviving the term
        // that makes the offer worth the benchmark, R the share recovered on failure.
        formula_line(run, tr("Break-even survival of the term: {0}"),
                     "q A + (1 − q) R P = B  ⇒  q = (B − R P) / (A − R P)"),
        // TRANSLATORS: a formula line; {0} the implied annual hazard h, {1} the implied chance
        // of lasting a year.
        formula_line(run, tr("Implied annual hazard: {0}; chance of lasting a year: {1}"),
                     "h = −ln(q) / t", "q^(1/t)"),
    };
    if (with_scenario) {
        // TRANSLATORS: a formula line; {0} the value after rolling the offer over for n
        // years.
        lines.push_back(formula_line(run, tr("Rolled over for n years: {0}"), "P (1 + r)^(n/t)"));
        // TRANSLATORS: a formula line; {0} the chance S of the platform still paying at the
        // end of the term under a constant annual hazard λ, {1} the expected payout (recovery
        // R paid D years after failure, discounted at the benchmark rate b).
        lines.push_back(formula_line(run, tr("Scenario: survival {0}; expected payout {1}"),
                                     "S = e^(−λt)", "S A + (1 − S) R P (1 + b)^(−D)"));
    }
    return lines;
}

} // namespace candor::present
