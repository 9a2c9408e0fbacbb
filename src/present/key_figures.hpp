#pragma once
/// \file key_figures.hpp
/// The key figures of an offer (payout, rates, break-even risk, the scenario's figures),
/// defined once: each figure's translated label and its formatted value, for the CLI's text
/// view, the reports' comparison table and the app's key-figures tab. A surface picks the
/// figures it shows (key_figures(result, ids)) and lays them out; it never words a label or
/// formats a key figure itself.

#include "core/analysis.hpp"
#include "core/request.hpp"

#include <optional>
#include <string>
#include <vector>

namespace candor::present {

/// Every key figure. The order is the order of all_key_figures().
enum class KeyFigureId {
    Principal,        ///< the amount invested
    Term,             ///< "20 days (ACT/365F)"
    Payout,           ///< payout at maturity; benchmark column: the benchmark's payout
    Gain,             ///< payout less principal; benchmark column likewise
    BenchmarkPayout,  ///< the benchmark's payout; note: its annual rate
    PlausibleCentral, ///< the declared mix at its long-run average (OfferResult only)
    PlausibleBest,    ///< the declared mix in its best year (OfferResult only)
    ReturnOverTerm,   ///< holding-period return; benchmark column
    SimpleRate,       ///< APR; benchmark column
    EffectiveRate,    ///< EAR before inflation; benchmark column
    ContinuousRate,   ///< continuously compounded annual rate; benchmark column
    RealPayout,       ///< payout in today's money
    RealRate,         ///< EAR after inflation; note: the inflation assumed
    NetPayout,        ///< payout after fees and tax
    NetRate,          ///< EAR after fees and tax
    NetRealRate,      ///< EAR after fees, tax and inflation
    BreakEven,        ///< break-even chance of failure within the term
    AnnualHazard,     ///< the annual hazard implied by it
    Survival,         ///< the one-year survival implied by it
    DoublingTime,     ///< doubling time at the advertised pace
    Rollover,         ///< value rolled over for 10 years
    Scenario,         ///< the scenario's name (OfferResult only)
    ExpectedPayout,   ///< expected payout under the scenario (OfferResult only)
    LossChance,       ///< chance of any loss under the scenario (OfferResult only)
    MedianPayout,     ///< median payout under the scenario (OfferResult only)
    P05Payout,        ///< 5th percentile of the payout under the scenario (OfferResult only)
};

/// One key figure of one offer, ready to show.
struct KeyFigure {
    KeyFigureId id{};
    std::string key;   ///< stable machine id: "payout", "ear", "break_even" (key_figure_key)
    std::string label; ///< translated: "Effective annual rate (EAR), before inflation"
    /// The offer's figure, formatted in the current locale; when the figure does not apply,
    /// words saying so ("n/a", "none needed", "nothing left").
    std::string value;
    /// The same figure for the benchmark, for figures that have one (payout, gain, rates).
    std::optional<std::string> benchmark;
    /// What the figure was computed with, e.g. "inflation 2.74%" (RealRate) or "at 4.21%"
    /// (BenchmarkPayout); empty when none. with_note() joins it to the value.
    std::string note;
    bool applies = true;   ///< false: the figure does not apply (no scenario, no break-even)
    bool emphasis = false; ///< one of the figures a summary stresses (reports print it bold)
};

/// The translated label of a figure: the only place key-figure labels are worded.
std::string key_figure_label(KeyFigureId id);
/// The stable machine id of a figure ("payout", "hpr", "apr", "ear", "real_ear", "net",
/// "net_ear", "break_even", "survival", "doubling", "rollover", "plausible_central",
/// "plausible_best", "expected", "loss", "median", "p05", ...): the app's row names.
std::string key_figure_key(KeyFigureId id);
/// Every figure, in a sensible reading order.
const std::vector<KeyFigureId>& all_key_figures();

/// One figure of an evaluated offer (scenario and plausible-payout figures included).
KeyFigure key_figure(KeyFigureId id, const core::OfferResult& r);
/// One figure of an analysis alone; figures that need the OfferResult (scenario, plausible
/// payout) come back with applies == false and value "n/a".
KeyFigure key_figure(KeyFigureId id, const core::Analysis& a);

/// The figures `ids`, in that order.
std::vector<KeyFigure> key_figures(const core::OfferResult& r, const std::vector<KeyFigureId>& ids);
std::vector<KeyFigure> key_figures(const core::Analysis& a, const std::vector<KeyFigureId>& ids);

/// The value with its note when it has one: "5.12% (inflation 2.74%)" (translated frame).
std::string with_note(const KeyFigure& f);

/// The rolled-over value after 1, 2, 5 and 10 years (those the analysis has): label "after
/// 5 years" (plural forms), value the amount, note its power of ten "10^5.6".
std::vector<KeyFigure> rollover_figures(const core::Analysis& a);

/// The words for a rate too large to write out, as every key figure shows it.
std::string too_large_text();

} // namespace candor::present
