#include "analysis_csv.hpp"
#include "offer_record.hpp"

#include "benchmark_text.hpp"
#include "visible_text.hpp"

#include "core/day_count.hpp"
#include "core/verdict.hpp"

#include <fmt/format.h>

#include <cmath>
#include <optional>
#include <string_view>

namespace candor::present {

namespace {

std::string opt(const std::optional<double>& v) {
    return v ? csv_number(*v) : std::string();
}

} // namespace

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
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    return out + "\"";
}

void add_insured_fields(CsvFields& f, const std::optional<core::InsuredDeposit>& d) {
    f.emplace_back("insured_scheme", d ? d->scheme.id : "");
    f.emplace_back("insured_limit", d ? csv_number(d->scheme.limit) : "");
    f.emplace_back("insured_currency", d ? d->scheme.currency : "");
    f.emplace_back("insured_covered", d ? csv_number(d->covered) : "");
    f.emplace_back("insured_uncovered", d ? csv_number(d->uncovered) : "");
    f.emplace_back("insured_standing", d ? std::string(insured_standing_id(d->standing)) : "");
    f.emplace_back("insured_credited", d ? (d->credited() ? "true" : "false") : "");
}

CsvFields csv_fields(const core::Analysis& a) {
    const auto& o = a.offer;
    CsvFields f;
    f.emplace_back("name", o.name);
    f.emplace_back("currency", o.principal.asset().code);
    f.emplace_back("asset", o.held.code);
    f.emplace_back("principal", csv_number(o.principal.to_major()));
    f.emplace_back("term_days", std::to_string(a.term_days));
    f.emplace_back("day_count", std::string(core::day_count_name(o.day_count)));
    f.emplace_back("year_fraction", csv_number(a.year_fraction));
    f.emplace_back("advertised_payout", csv_number(a.advertised_payout.to_major()));
    f.emplace_back("holding_period_return", csv_number(a.nominal.holding_period_return));
    f.emplace_back("simple_annual_rate", csv_number(a.nominal.simple_annual_rate));
    f.emplace_back("effective_annual_rate", opt(a.nominal.effective_annual_rate));
    f.emplace_back("continuous_annual_rate", csv_number(a.nominal.continuous_annual_rate));
    f.emplace_back("annual_inflation", csv_number(a.assumptions.annual_inflation));
    f.emplace_back("real_payout", csv_number(a.real_payout));
    f.emplace_back("real_effective_annual_rate", opt(a.real_effective_annual_rate));
    f.emplace_back("net_payout", a.net ? csv_number(a.net->payout) : "");
    f.emplace_back("net_effective_annual_rate", a.net ? opt(a.net->effective_annual_rate) : "");
    f.emplace_back("net_real_effective_annual_rate", opt(a.net_real_effective_annual_rate));
    f.emplace_back("benchmark_rate", csv_number(a.benchmark_rate));
    f.emplace_back("benchmark_payout", csv_number(a.benchmark_payout.to_major()));
    const core::RateBasis& bb = a.assumptions.benchmark_basis;
    const bool stated = bb.kind == core::BasisKind::Stated;
    f.emplace_back("benchmark_currency", stated ? "" : bb.currency);
    f.emplace_back("benchmark_term_days", stated ? "" : std::to_string(bb.term_days));
    f.emplace_back("benchmark_basis", std::string(core::basis_kind_id(bb.kind)));
    f.emplace_back("benchmark_source", rate_source_text(bb));
    f.emplace_back("recovery", csv_number(a.assumptions.recovery));
    f.emplace_back("break_even_default_probability",
                   a.break_even ? csv_number(a.break_even->default_probability) : "");
    f.emplace_back("break_even_annual_hazard",
                   a.break_even ? csv_number(a.break_even->annual_hazard) : "");
    f.emplace_back("break_even_one_year_survival",
                   a.break_even ? csv_number(a.break_even->one_year_survival) : "");
    f.emplace_back("rollover_10y_log10",
                   a.rollover.empty() ? "" : csv_number(a.rollover.back().log10_value));
    return f;
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
