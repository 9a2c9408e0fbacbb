#include "analysis_csv.hpp"
#include "offer_record.hpp"

#include "benchmark_text.hpp"
#include "visible_text.hpp"

#include "core/day_count.hpp"
#include "core/verdict.hpp"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <optional>
#include <string_view>

namespace candor::present {

std::string csv_number(double v) {
    if (!std::isfinite(v)) {
        return "";
    }
    return fmt::format("{}", v); // shortest round-trip representation, '.' decimal point
}

namespace {

/// A plain decimal number as csv_number writes it ("-0.25", "1e-05"): left as it is.
bool is_number(std::string_view s) {
    std::size_t i = s.empty() || (s[0] != '-' && s[0] != '+') ? 0 : 1;
    const auto digits = [&] {
        const std::size_t from = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            ++i;
        }
        return i - from;
    };
    std::size_t n = digits();
    if (i < s.size() && s[i] == '.') {
        ++i;
        n += digits();
    }
    if (n > 0 && i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        i += i < s.size() && (s[i] == '-' || s[i] == '+') ? 1 : 0;
        if (digits() == 0) {
            return false;
        }
    }
    return n > 0 && i == s.size();
}

/// `text` as a quoted CSV field: between quotes, each quote doubled.
void append_quoted(std::string_view text, std::string& out) {
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t quote = std::min(text.find('"', i), text.size());
        out.append(text.substr(i, quote - i));
        if (quote < text.size()) {
            out += "\"\"";
        }
        i = quote + 1;
    }
    out += '"';
}

} // namespace

std::string csv_cell(const std::string& field) {
    // A spreadsheet runs text that starts like a formula (=HYPERLINK(...), +, -, @, or a tab or
    // carriage return before one): such text is kept as text by a leading apostrophe.
    const bool formula_like =
        !field.empty() && std::string_view("=+-@\t\r").find(field[0]) != std::string_view::npos;
    std::string text = visible_text(formula_like && !is_number(field) ? "'" + field : field);
    if (text.find_first_of(",\"") == std::string::npos) {
        return text;
    }
    std::string out;
    append_quoted(text, out);
    return out;
}

namespace {

/// Collects (column, value) pairs: csv_fields() and offer_record_csv().
struct FieldList {
    CsvFields& f;
    void text(const char* name, std::string_view v) { f.emplace_back(name, std::string(v)); }
    void number(const char* name, double v) { f.emplace_back(name, csv_number(v)); }
    void integer(const char* name, long v) { f.emplace_back(name, std::to_string(v)); }
    void none(const char* name) { f.emplace_back(name, std::string()); }
};

/// Writes one row's cells straight into a line, as csv_row() writes the same fields.
struct RowWriter {
    std::string& out;
    bool first = true;
    void separator() {
        if (!first) {
            out += ',';
        }
        first = false;
    }
    void text(const char* /*name*/, std::string_view v) {
        separator();
        if (!visible_as_is(v)) {
            out += csv_cell(std::string(v));
        } else if (std::none_of(v.begin(), v.end(), [](char c) { return c == ',' || c == '"'; })) {
            out += v;
        } else {
            append_quoted(v, out);
        }
    }
    /// Printable ASCII not starting like a formula: what csv_cell() leaves as it is, quoted
    /// when it holds a comma or quote (a source text such as "US Treasury, 30 days").
    static bool visible_as_is(std::string_view v) {
        return (v.empty() || std::string_view("=+-@").find(v[0]) == std::string_view::npos) &&
               std::all_of(v.begin(), v.end(), [](char ch) {
                   const auto c = static_cast<unsigned char>(ch);
                   return c >= 0x20U && c < 0x7FU;
               });
    }
    void number(const char* /*name*/, double v) {
        separator();
        // What csv_number() writes: a plain number csv_cell() leaves as it is, or nothing.
        if (std::isfinite(v)) {
            append_shortest(v);
        }
    }
    void integer(const char* /*name*/, long v) {
        separator();
        append_shortest(v);
    }
    /// fmt's "{}", compiled and into a buffer: the format string is not parsed for each cell.
    template <class T> void append_shortest(T v) {
        std::array<char, 32> buf{};
        const char* end = fmt::format_to(buf.data(), FMT_COMPILE("{}"), v);
        out.append(buf.data(), static_cast<std::size_t>(end - buf.data()));
    }
    void none(const char* /*name*/) { separator(); }
};

/// Writes the column names (the header line).
struct HeaderWriter {
    std::string& out;
    bool first = true;
    void add(const char* name) {
        if (!first) {
            out += ',';
        }
        first = false;
        out += name;
    }
    void text(const char* name, std::string_view /*v*/) { add(name); }
    void number(const char* name, double /*v*/) { add(name); }
    void integer(const char* name, long /*v*/) { add(name); }
    void none(const char* name) { add(name); }
};

template <class Sink> void opt(Sink& s, const char* name, const std::optional<double>& v) {
    v ? s.number(name, *v) : s.none(name);
}

template <class Sink> void insured_fields(Sink& s, const std::optional<core::InsuredDeposit>& d) {
    if (!d) {
        for (const char* k :
             {"insured_scheme", "insured_limit", "insured_currency", "insured_covered",
              "insured_uncovered", "insured_standing", "insured_credited"}) {
            s.none(k);
        }
        return;
    }
    s.text("insured_scheme", d->scheme.id);
    s.number("insured_limit", d->scheme.limit);
    s.text("insured_currency", d->scheme.currency);
    s.number("insured_covered", d->covered);
    s.number("insured_uncovered", d->uncovered);
    s.text("insured_standing", insured_standing_id(d->standing));
    s.text("insured_credited", d->credited() ? "true" : "false");
}

/// The columns of csv_fields(), from "benchmark_rate" on.
template <class Sink> void benchmark_fields(Sink& s, const core::Analysis& a) {
    s.number("benchmark_rate", a.benchmark_rate);
    s.number("benchmark_payout", a.benchmark_payout.to_major());
    const core::RateBasis& bb = a.assumptions.benchmark_basis;
    const bool stated = bb.kind == core::BasisKind::Stated;
    stated ? s.none("benchmark_currency") : s.text("benchmark_currency", bb.currency);
    stated ? s.none("benchmark_term_days") : s.integer("benchmark_term_days", bb.term_days);
    s.text("benchmark_basis", core::basis_kind_id(bb.kind));
    s.text("benchmark_source", rate_source_text(bb));
    s.number("recovery", a.assumptions.recovery);
    const auto& be = a.break_even;
    be ? s.number("break_even_default_probability", be->default_probability)
       : s.none("break_even_default_probability");
    be ? s.number("break_even_annual_hazard", be->annual_hazard)
       : s.none("break_even_annual_hazard");
    be ? s.number("break_even_one_year_survival", be->one_year_survival)
       : s.none("break_even_one_year_survival");
    a.rollover.empty() ? s.none("rollover_10y_log10")
                       : s.number("rollover_10y_log10", a.rollover.back().log10_value);
}

template <class Sink> void analysis_fields(Sink& s, const core::Analysis& a) {
    const auto& o = a.offer;
    s.text("name", o.name);
    s.text("currency", o.principal.asset().code);
    s.text("asset", o.held.code);
    s.number("principal", o.principal.to_major());
    s.integer("term_days", a.term_days);
    s.text("day_count", core::day_count_name(o.day_count));
    s.number("year_fraction", a.year_fraction);
    s.number("advertised_payout", a.advertised_payout.to_major());
    s.number("holding_period_return", a.nominal.holding_period_return);
    s.number("simple_annual_rate", a.nominal.simple_annual_rate);
    opt(s, "effective_annual_rate", a.nominal.effective_annual_rate);
    s.number("continuous_annual_rate", a.nominal.continuous_annual_rate);
    s.number("annual_inflation", a.assumptions.annual_inflation);
    s.number("real_payout", a.real_payout);
    opt(s, "real_effective_annual_rate", a.real_effective_annual_rate);
    a.net ? s.number("net_payout", a.net->payout) : s.none("net_payout");
    a.net ? opt(s, "net_effective_annual_rate", a.net->effective_annual_rate)
          : s.none("net_effective_annual_rate");
    opt(s, "net_real_effective_annual_rate", a.net_real_effective_annual_rate);
    benchmark_fields(s, a);
}

/// The columns of offer_record_csv() (docs/cli.md, "CSV").
template <class Sink> void record_fields(Sink& s, const core::OfferResult& r) {
    analysis_fields(s, r.analysis());
    const auto& pl = r.evaluation.plausible;
    pl ? s.number("plausible_central_payout", pl->central_payout)
       : s.none("plausible_central_payout");
    pl ? s.number("plausible_optimistic_payout", pl->optimistic_payout)
       : s.none("plausible_optimistic_payout");
    pl ? s.number("plausible_unexplained_share", pl->unexplained_weight())
       : s.none("plausible_unexplained_share");
    s.text("verdict", core::verdict_id(r.evaluation.verdict.id));
    s.integer("verdict_level", r.evaluation.verdict.level);
    insured_fields(s, r.evaluation.insured);
    const auto* sc = r.scenario ? &*r.scenario : nullptr;
    s.text("scenario", sc ? std::string_view(sc->preset) : std::string_view());
    sc ? s.number("scenario_expected_payout", sc->stats.expected_payout)
       : s.none("scenario_expected_payout");
    sc ? s.number("scenario_probability_of_loss", sc->stats.probability_of_loss)
       : s.none("scenario_probability_of_loss");
    const auto* pz = r.ponzi ? &*r.ponzi : nullptr;
    pz && pz->required_growth ? s.number("ponzi_required_inflow_growth", *pz->required_growth)
                              : s.none("ponzi_required_inflow_growth");
    pz && pz->outcome && pz->outcome->collapse_time
        ? s.number("ponzi_collapse_years", *pz->outcome->collapse_time)
        : s.none("ponzi_collapse_years");
}

} // namespace

void add_insured_fields(CsvFields& f, const std::optional<core::InsuredDeposit>& d) {
    FieldList s{f};
    insured_fields(s, d);
}

CsvFields csv_fields(const core::Analysis& a) {
    CsvFields f;
    FieldList s{f};
    analysis_fields(s, a);
    return f;
}

CsvFields offer_record_csv(const core::OfferResult& r) {
    CsvFields f;
    FieldList s{f};
    record_fields(s, r);
    return f;
}

void append_offer_record_csv(const core::OfferResult& r, std::string& out, bool header) {
    if (header) { // the names are plain: csv_header() writes them as they are
        HeaderWriter h{out};
        record_fields(h, r);
        out += "\r\n";
    }
    RowWriter w{out};
    record_fields(w, r);
    out += "\r\n";
}

std::string csv_header(const CsvFields& row) {
    std::string out;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        out += csv_cell(row[i].first);
    }
    out += "\r\n";
    return out;
}

std::string csv_row(const CsvFields& row) {
    std::string out;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        out += csv_cell(row[i].second);
    }
    out += "\r\n";
    return out;
}

std::string to_csv(const std::vector<CsvFields>& rows) {
    std::string out;
    if (rows.empty()) {
        return out;
    }
    out += csv_header(rows.front());
    for (const auto& row : rows) {
        out += csv_row(row);
    }
    return out;
}

std::string to_csv(const core::Analysis& a) {
    return to_csv(std::vector<CsvFields>{csv_fields(a)});
}

std::string results_csv(const std::vector<core::OfferResult>& results) {
    std::vector<CsvFields> rows;
    rows.reserve(results.size());
    for (const auto& r : results) {
        rows.push_back(offer_record_csv(r));
    }
    return to_csv(rows);
}

} // namespace candor::present
