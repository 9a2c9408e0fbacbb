// Every JSON input (offer files, benchmarks, scenario presets, price risk, sessions) goes through
// JsonReader: what nlohmann's parser lets through or reports without a place is refused with
// the file, the line and the key (issue 13, section 2).
#include "core/data_error.hpp"
#include "core/json_reader.hpp"
#include "core/market_data.hpp"
#include "core/offer_file.hpp"
#include "core/scenario_data.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <functional>
#include <string>

using namespace candor::core;

namespace {

std::string source_file(const std::string& name) {
    return read_text_file(std::string(CANDOR_SOURCE_DIR) + "/" + name);
}

/// `text` with the first `"key": <number>` after `after` given the number `value` instead.
std::string with_number(std::string text, const std::string& key, const std::string& value,
                        const std::string& after = "") {
    const auto from = after.empty() ? 0 : text.find(after);
    REQUIRE(from != std::string::npos);
    const auto at = text.find("\"" + key + "\":", from);
    REQUIRE(at != std::string::npos);
    auto start = text.find(':', at) + 1;
    while (text[start] == ' ') {
        ++start;
    }
    const auto end = text.find_first_of(",}\n", start);
    return text.replace(start, end - start, value);
}

/// 1-based line of the first `needle` at or after byte `from`.
int line_of(const std::string& text, const std::string& needle, std::size_t from = 0) {
    const auto at = text.find(needle, from);
    REQUIRE(at != std::string::npos);
    return 1 +
           static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

DataError refusal(const std::function<void()>& load) {
    try {
        load();
    } catch (const DataError& e) {
        return e;
    }
    FAIL("accepted");
    return {"", "", ""};
}

const std::string offer_text = R"({
  "format": "candor-offers",
  "version": 1,
  "offers": [
    {"name": "A", "principal": "5000 USDT", "asset": "USDT", "days": 20, "payout": "6350"},
    {
      "name": "B",
      "principal": "5000 USDT",
      "asset": "USDT",
      "days": 20,
      "payout": "6350",
      "assumptions": {"benchmark_rate": 0.04, "inflation": 0.03}
    }
  ]
}
)";

} // namespace

TEST_CASE("a number beyond a double in an offer file names the file, line and key") {
    const std::string text = with_number(offer_text, "benchmark_rate", "1e400");
    const DataError e = refusal([&] { (void)parse_offer_set(text, "big.candor"); });
    CHECK(e.file() == "big.candor");
    CHECK(e.key() == "offers[1].assumptions.benchmark_rate");
    CHECK(e.line() == line_of(text, "1e400"));
    CHECK(e.problem_template() == "a number beyond the range of a double");
    CHECK(std::string(e.what()).find("json.exception") == std::string::npos);
    // Also as a long run of digits, and negative.
    const std::string digits = with_number(offer_text, "days", "-" + std::string(400, '9'));
    const DataError d = refusal([&] { (void)parse_offer_set(digits, "big.candor"); });
    CHECK(d.key() == "offers[0].days");
    CHECK(d.line() == 5);
}

TEST_CASE("a number beyond a double in each data file names the file, line and key") {
    const std::string bench = with_number(source_file("data/benchmarks.json"), "value", "1e400");
    const DataError b = refusal([&] { (void)MarketData::parse(bench, "benchmarks.json"); });
    CHECK(b.file() == "benchmarks.json");
    CHECK(b.line() == line_of(bench, "1e400"));
    CHECK(b.key().find("asset_classes[") == 0);
    CHECK(b.key().substr(b.key().size() - 14) == ".current.value");

    const std::string presets = with_number(source_file("data/scenarios.json"), "hazard", "-1E+999",
                                            "investment-grade-bond");
    const DataError s = refusal([&] { (void)ScenarioPresets::parse(presets, "scenarios.json"); });
    CHECK(s.key() == "presets[1].hazard");
    CHECK(s.line() == line_of(presets, "-1E+999"));

    const std::string risk =
        with_number(source_file("data/price_risk.json"), "annual_volatility", "2e308", "ETH");
    const DataError r = refusal([&] { (void)PriceRiskTable::parse(risk, "price_risk.json"); });
    CHECK(r.key() == "volatile[1].annual_volatility");
    CHECK(r.line() == line_of(risk, "2e308"));
}

TEST_CASE("an overflowing number inside an array is named by its index") {
    const DataError e = refusal([] { (void)JsonReader("{\"a\": [1, [2,\n 3e999]]}", "x.json"); });
    CHECK(e.key() == "a[1][1]");
    CHECK(e.line() == 2);
    const DataError top = refusal([] { (void)JsonReader("\n\n1e999", "x.json"); });
    CHECK(top.key().empty());
    CHECK(top.line() == 3);
}

TEST_CASE("a key given twice in one object is refused with the line of the second") {
    std::string text = offer_text;
    text.replace(text.find("\"inflation\": 0.03"), 17, "\"inflation\": 0.03,\n \"inflation\": 0.5");
    const DataError e = refusal([&] { (void)parse_offer_set(text, "twice.candor"); });
    CHECK(e.file() == "twice.candor");
    CHECK(e.key() == "offers[1].assumptions.inflation");
    CHECK(e.line() == line_of(text, "\"inflation\": 0.5"));
    CHECK(e.problem_template() == "given twice in the same object");
    CHECK(std::string(e.what()) == "twice.candor:" + std::to_string(e.line()) +
                                       ": offers[1].assumptions.inflation: given twice in the "
                                       "same object");

    const DataError top = refusal(
        [] { (void)JsonReader("{\"format\": \"a\",\n\"offers\": [],\n\"format\": \"b\"}", "t"); });
    CHECK(top.key() == "format");
    CHECK(top.line() == 3);
    // The same key in two objects is no duplicate.
    CHECK_NOTHROW(JsonReader(R"({"a": {"k": 1}, "b": {"k": 2}, "c": [{"k": 1}, {"k": 2}]})", "t"));
}

TEST_CASE("a syntax error keeps its line - -0 reads as 0") {
    const DataError e = refusal([] { (void)JsonReader("{\n\"a\": 1,\n\"b\": }", "s.json"); });
    CHECK(e.line() == 3);
    CHECK(e.key().empty());
    CHECK(e.problem_template() == "not valid JSON");

    const JsonReader doc(R"({"x": -0, "y": -0.0, "z": [1, 2]})", "z.json");
    const double x = doc.root().number("x", -1.0, 1.0);
    const double y = doc.root().number("y", -1.0, 1.0);
    CHECK_FALSE(std::signbit(x));
    CHECK_FALSE(std::signbit(y));
    CHECK(doc.root().at("z").size() == 2);
}
