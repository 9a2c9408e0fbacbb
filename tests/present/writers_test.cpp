// The machine-readable writers of src/present (analysis_json.hpp, analysis_csv.hpp): the JSON
// object carries the analysis' own figures under the documented keys, the CSV has one header
// and one CRLF-terminated row per offer with the same figures, and text cells that a
// spreadsheet would run are neutralised while numbers stay numbers.
#include "present/analysis_csv.hpp"
#include "present/analysis_json.hpp"

#include "core/analysis.hpp"
#include "core/money.hpp"
#include "core/safe_rates.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

using namespace candor;

namespace {

core::Assumptions stated(double benchmark, double inflation) {
    core::Assumptions a;
    a.benchmark_rate = benchmark;
    a.annual_inflation = inflation;
    a.benchmark_basis.kind = core::BasisKind::Stated;
    a.inflation_basis.kind = core::BasisKind::Stated;
    return a;
}

/// The seed's offer: 5,000 USDT for 20 days paying 6,350 USDT.
core::Analysis usdt_offer() {
    const core::Asset usdt = core::asset_or_throw("USDT", "asset");
    const core::Offer o{"A \"quoted\", name",
                        core::parse_money("5000", usdt, "principal"),
                        usdt,
                        core::Term::of_days(20),
                        core::DayCount::Act365F,
                        core::parse_money("6350", usdt, "payout"),
                        std::nullopt,
                        {},
                        {}};
    return core::analyze(o, stated(0.043, 0.03));
}

std::string value_of(const present::CsvFields& fields, const std::string& name) {
    for (const auto& [key, value] : fields) {
        if (key == name) {
            return value;
        }
    }
    FAIL("no column " << name);
    return {};
}

} // namespace

TEST_CASE("the analysis JSON carries the analysis' figures under the documented keys") {
    const core::Analysis a = usdt_offer();
    const nlohmann::ordered_json j = present::to_json(a);
    CHECK(j.at("schema_version") == present::analysis_schema_version);
    CHECK(j.at("term_days") == 20);
    CHECK(j.at("principal").get<double>() == 5000.0);
    CHECK(j.at("advertised_payout").get<double>() == 6350.0);
    // 27% in 20 days: the holding-period return is exact, the simple annual rate 27% * 365/20.
    CHECK(j.at("holding_period_return").get<double>() == doctest::Approx(0.27).epsilon(1e-12));
    CHECK(j.at("simple_annual_rate").get<double>() ==
          doctest::Approx(0.27 * 365.0 / 20.0).epsilon(1e-12));
    CHECK(j.at("benchmark_rate").get<double>() == 0.043);
    CHECK(j.at("benchmark_basis") == "stated");
    CHECK(j.at("inflation").get<double>() == 0.03);
    CHECK(j.at("needs_risk_to_explain") == true);
    CHECK(j.at("breakeven_default_probability").get<double>() ==
          doctest::Approx(a.break_even->default_probability).epsilon(1e-15));
    CHECK(j.at("offer").at("name") == "A \"quoted\", name");
}

TEST_CASE("an offer that needs no risk to explain it writes null break-even figures") {
    const core::Asset usd = core::asset_or_throw("USD", "asset");
    const core::Offer o{"deposit",
                        core::parse_money("10000", usd, "principal"),
                        usd,
                        core::Term::of_days(365),
                        core::DayCount::Act365F,
                        core::parse_money("10300", usd, "payout"),
                        std::nullopt,
                        {},
                        {}};
    const nlohmann::ordered_json j = present::to_json(core::analyze(o, stated(0.043, 0.03)));
    CHECK(j.at("needs_risk_to_explain") == false);
    CHECK(j.at("breakeven_default_probability").is_null());
    CHECK(j.at("implied_annual_hazard").is_null());
}

TEST_CASE("the CSV row has the JSON's figures, one header and CRLF line ends") {
    const core::Analysis a = usdt_offer();
    const present::CsvFields fields = present::csv_fields(a);
    CHECK(std::strtod(value_of(fields, "term_days").c_str(), nullptr) == 20.0);
    CHECK(std::strtod(value_of(fields, "holding_period_return").c_str(), nullptr) ==
          present::to_json(a).at("holding_period_return").get<double>());
    const std::string csv = present::to_csv(a);
    const std::size_t first = csv.find("\r\n");
    REQUIRE(first != std::string::npos);
    CHECK(csv.substr(first + 2).find("\r\n") == csv.size() - first - 4); // two lines, both CRLF
    CHECK(csv.rfind("\r\n") == csv.size() - 2);
    // The name holds a quote and a comma: quoted, the quote doubled (RFC 4180).
    CHECK(csv.find("\"A \"\"quoted\"\", name\"") != std::string::npos);
}

TEST_CASE("csv numbers read back exactly and are locale-free") {
    for (const double v : {0.1, 1.0 / 3.0, 6350.0, -0.5, 1e-300, 123456789.125}) {
        CAPTURE(v);
        const std::string text = present::csv_number(v);
        CHECK(text.find(',') == std::string::npos);
        CHECK(std::strtod(text.c_str(), nullptr) == v);
    }
}

TEST_CASE("csv cells that a spreadsheet would run are neutralised, numbers stay numbers") {
    CHECK(present::csv_cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(present::csv_cell("+1+2") == "'+1+2");
    CHECK(present::csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(present::csv_cell("-0.25") == "-0.25");
    CHECK(present::csv_cell("+3") == "+3");
    CHECK(present::csv_cell("plain") == "plain");
    CHECK(present::csv_cell("a,b") == "\"a,b\"");
}
