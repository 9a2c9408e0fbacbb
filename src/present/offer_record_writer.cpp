// The record of one analysed offer written straight as JSON text (offer_record.hpp): the keys,
// order and values of offer_record_json() and the functions it calls (to_json, insured_json,
// plausible_json, disclosures_json, verdict_json, scenario_summary_json, ponzi_reading_json),
// without a tree per record. tests/present/offer_record_test.cpp holds the two byte for byte
// equal; a key added to one must be added to the other.

#include "offer_record.hpp"

#include "analysis_json.hpp"
#include "benchmark_text.hpp"
#include "disclosure_text.hpp"
#include "json_writer.hpp"

#include "core/day_count.hpp"
#include "core/verdict.hpp"

#include <cmath>

namespace candor::present {

namespace {

void write_offer(JsonWriter& w, const core::Offer& o) {
    w.begin_object();
    w.field("name", o.name);
    w.field("principal", o.principal.to_major());
    w.field("currency", o.principal.asset().code);
    w.field("asset", o.held.code);
    w.field("day_count", core::day_count_name(o.day_count));
    w.key("start");
    o.term.start() ? w.string(core::format_date(*o.term.start())) : w.null();
    w.key("maturity");
    o.term.maturity() ? w.string(core::format_date(*o.term.maturity())) : w.null();
    w.end_object();
}

void write_returns(JsonWriter& w, const core::Returns& r) {
    w.begin_object();
    w.field("payout", r.payout);
    w.field("holding_period_return", r.holding_period_return);
    w.field("simple_annual_rate", r.simple_annual_rate);
    w.field("effective_annual_rate", r.effective_annual_rate);
    w.field("log10_effective_growth", r.log10_effective_growth);
    w.field("continuous_annual_rate", r.continuous_annual_rate);
    w.end_object();
}

void write_fees(JsonWriter& w, const core::Assumptions& a) {
    w.begin_object();
    w.field("entry_flat", a.entry_fee.flat);
    w.field("entry_percent", a.entry_fee.percent);
    w.field("exit_flat", a.exit_fee.flat);
    w.field("exit_percent", a.exit_fee.percent);
    w.field("tax_on_gains", a.tax_on_gains);
    w.end_object();
}

/// From "benchmark_rate" to the end of to_json(Analysis).
void write_benchmark_and_risk(JsonWriter& w, const core::Analysis& a) {
    w.field("benchmark_rate", a.benchmark_rate);
    w.field("benchmark_payout", a.benchmark_payout.to_major());
    const core::RateBasis& bb = a.assumptions.benchmark_basis;
    const bool stated = bb.kind == core::BasisKind::Stated;
    w.key("benchmark_currency");
    stated ? w.null() : w.string(bb.currency);
    w.key("benchmark_term_days");
    stated ? w.null() : w.value(bb.term_days);
    w.field("benchmark_basis", core::basis_kind_id(bb.kind));
    std::string text; // both sources written through one string
    append_rate_source_text(text, bb);
    w.field("benchmark_source", text);
    w.field("inflation_basis", core::basis_kind_id(a.assumptions.inflation_basis.kind));
    text.clear();
    append_rate_source_text(text, a.assumptions.inflation_basis);
    w.field("inflation_source", text);
    w.field("recovery", a.assumptions.recovery);
    const auto& be = a.break_even;
    w.field("needs_risk_to_explain", be.has_value());
    w.key("breakeven_survival_probability");
    be ? w.number(be->survival_probability) : w.null();
    w.key("breakeven_default_probability");
    be ? w.number(be->default_probability) : w.null();
    w.key("implied_annual_hazard");
    be ? w.number(be->annual_hazard) : w.null();
    w.key("implied_one_year_survival");
    be ? w.number(be->one_year_survival) : w.null();
    w.key("rollover");
    w.begin_array();
    for (const auto& p : a.rollover) {
        w.begin_object();
        w.field("years", p.years);
        w.field("value", p.value);
        w.field("log10_value", p.log10_value);
        w.end_object();
    }
    w.end_array();
}

/// The members of to_json(Analysis), in its order.
void write_analysis(JsonWriter& w, const core::Analysis& a) {
    w.field("schema_version", analysis_schema_version);
    w.key("offer");
    write_offer(w, a.offer);
    w.field("term_days", a.term_days);
    w.field("year_fraction", a.year_fraction);
    w.field("accrual_year_fraction", a.accrual_year_fraction);
    w.field("principal", a.offer.principal.to_major());
    w.field("advertised_payout", a.advertised_payout.to_major());
    w.field("holding_period_return", a.nominal.holding_period_return);
    w.field("simple_annual_rate", a.nominal.simple_annual_rate);
    w.field("effective_annual_rate", a.nominal.effective_annual_rate);
    w.field("log10_effective_growth", a.nominal.log10_effective_growth);
    w.field("continuous_annual_rate", a.nominal.continuous_annual_rate);
    w.field("doubling_time_years", a.doubling_time_years); // not finite: null
    w.field("inflation", a.assumptions.annual_inflation);
    w.field("real_payout", a.real_payout);
    w.field("real_effective_annual_rate", a.real_effective_annual_rate);
    w.key("fees");
    write_fees(w, a.assumptions);
    w.key("net");
    a.net ? write_returns(w, *a.net) : w.null();
    w.field("net_real_effective_annual_rate", a.net_real_effective_annual_rate);
    write_benchmark_and_risk(w, a);
}

void write_insured(JsonWriter& w, const std::optional<core::InsuredDeposit>& d) {
    if (!d) {
        for (const JsonKey k :
             {JsonKey("insured_scheme"), JsonKey("insured_limit"), JsonKey("insured_currency"),
              JsonKey("insured_covered"), JsonKey("insured_uncovered"), JsonKey("insured_standing"),
              JsonKey("insured_credited")}) {
            w.field(k, nullptr);
        }
        return;
    }
    w.field("insured_scheme", d->scheme.id);
    w.field("insured_limit", d->scheme.limit);
    w.field("insured_currency", d->scheme.currency);
    w.field("insured_covered", d->covered);
    w.field("insured_uncovered", d->uncovered);
    w.field("insured_standing", core::insured_standing_id(d->standing));
    w.field("insured_credited", d->credited());
}

void write_plausible(JsonWriter& w, const core::PlausiblePayout& p) {
    w.begin_object();
    w.key("mix");
    w.begin_array();
    for (const auto& c : p.mix) {
        w.begin_object();
        w.field("id", c.id);
        w.field("weight", c.weight);
        w.field("geometric_mean", c.geometric_mean);
        w.field("arithmetic_mean", c.arithmetic_mean);
        w.field("best_year", c.best_year.year);
        w.field("best_year_return", c.best_year.value);
        w.field("worst_year", c.worst_year.year);
        w.field("worst_year_return", c.worst_year.value);
        w.end_object();
    }
    w.end_array();
    w.key("unexplained");
    w.begin_array();
    for (const auto& u : p.unexplained) {
        w.begin_object();
        w.field("id", u.id);
        w.field("weight", u.weight);
        w.end_object();
    }
    w.end_array();
    w.field("unexplained_share", p.unexplained_weight());
    w.field("unexplained_rate", p.unexplained_rate);
    w.field("central_annual_rate", p.central_annual_rate);
    w.field("central_payout", p.central_payout);
    w.field("optimistic_annual_rate", p.optimistic_annual_rate);
    w.field("optimistic_payout", p.optimistic_payout);
    w.field("advertised_simple_annual_rate", p.advertised_simple_annual_rate);
    w.field("beyond_best_year", p.beyond_best_year);
    w.field("gain_multiple_of_central", p.gain_multiple_of_central);
    w.field("gain_multiple_of_optimistic", p.gain_multiple_of_optimistic);
    w.end_object();
}

/// The "values" of a disclosure: its numbers by name (a name given twice keeps its first place
/// and its last number, as a JSON object assigned twice does).
void write_values(JsonWriter& w, const std::vector<core::Value>& values) {
    w.begin_object();
    for (std::size_t i = 0; i < values.size(); ++i) {
        const core::Value& v = values[i];
        if (v.kind == core::ValueKind::Text) {
            continue;
        }
        bool seen = false;
        const core::Value* last = &v;
        for (std::size_t k = 0; k < values.size(); ++k) {
            const core::Value& o = values[k];
            if (o.kind != core::ValueKind::Text && o.name == v.name.view()) {
                seen = seen || k < i;
                last = &o;
            }
        }
        if (!seen) {
            w.dynamic_key(v.name.view());
            w.number(last->number);
        }
    }
    w.end_object();
}

void write_disclosures(JsonWriter& w, const std::vector<core::Disclosure>& list) {
    w.begin_array();
    std::string text; // each headline and detail written into the same string
    const auto message = [&](const core::Message& m) -> const std::string& {
        text.clear();
        append_message(text, m, TextStyle::LocaleFree);
        return text;
    };
    for (const auto& d : list) {
        w.begin_object();
        w.field("id", d.id.view());
        w.field("severity", core::severity_id(d.severity));
        w.field("headline", message(d.headline));
        w.field("detail", message(d.detail));
        w.key("values");
        write_values(w, d.values);
        w.end_object();
    }
    w.end_array();
}

void write_scenario(JsonWriter& w, const core::ScenarioOutcome& s) {
    w.begin_object();
    w.field("name", s.preset);
    w.field("expected_payout", s.stats.expected_payout);
    w.field("probability_of_loss", s.stats.probability_of_loss);
    w.field("probability_of_failure", s.stats.probability_of_failure);
    w.field("certainty_equivalent_rate", s.stats.certainty_equivalent_rate);
    w.field("method", s.exact ? "exact" : "monte_carlo");
    w.field("hazard", s.model.hazard);
    w.field("preset_hazard", s.preset_hazard);
    w.field("floored_to_break_even", s.floored);
    w.field("applied_to_every_offer", s.forced);
    w.field("insured", s.insured);
    w.end_object();
}

void write_ponzi(JsonWriter& w, const core::PonziReading& r) {
    w.begin_object();
    w.field("promised_rate", r.promised_rate);
    w.field("nominal_rate", r.nominal_rate);
    w.field("withdrawal_rate", r.withdrawal_rate);
    w.field("required_inflow_growth", r.required_growth);
    w.field("required_yearly_multiple", r.required_yearly_multiple);
    w.field("inflow_preset", r.preset);
    w.field("deposits_end_years", r.deposits_end_years);
    if (!r.required_growth) {
        w.field("collapsed", false); // the money earns the promise: no fund runs dry
        w.field("collapse_years", nullptr);
        w.field("unpaid_share", 0.0);
    } else if (r.outcome) {
        w.field("collapsed", r.outcome->collapsed);
        w.field("collapse_years", r.outcome->collapse_time);
        w.field("unpaid_share", r.outcome->unpaid_share);
    } else {
        w.field("collapsed", nullptr);
        w.field("collapse_years", nullptr);
        w.field("unpaid_share", nullptr);
    }
    w.end_object();
}

} // namespace

void append_offer_record_json(const core::OfferResult& x, std::string& out, int indent, int depth) {
    const core::Evaluation& ev = x.evaluation;
    JsonWriter w(out, indent, depth);
    w.begin_object();
    w.key("verdict"); // the first thing said
    w.begin_object();
    w.field("id", core::verdict_id(ev.verdict.id));
    w.field("level", ev.verdict.level);
    std::string headline;
    headline.reserve(256); // one allocation, not one at each doubling as it is written
    append_message(headline, ev.verdict.headline, TextStyle::LocaleFree);
    w.field("headline", headline);
    w.end_object();
    write_analysis(w, ev.analysis);
    write_insured(w, ev.insured);
    w.key("plausible");
    ev.plausible ? write_plausible(w, *ev.plausible) : w.null();
    w.key("disclosures");
    write_disclosures(w, ev.disclosures);
    if (x.scenario) {
        w.key("scenario");
        write_scenario(w, *x.scenario);
    }
    w.key("ponzi");
    x.ponzi ? write_ponzi(w, *x.ponzi) : w.null();
    w.end_object();
}

} // namespace candor::present
