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

// Plain JSON (ASCII strings without escapes, numbers that fit) is read by a fast parser that
// gives up on anything else; what it builds must be what nlohmann's parser builds, and every
// refusal must still come from the full path with its key and line.
TEST_CASE("plain JSON reads as nlohmann reads it, with the same kinds of number") {
    const std::string text = R"({"u": 5, "i": -5, "z": -0, "f": 1.5, "g": -0.0, "e": 1E+2,
        "big": 12345678901234567890, "neg": -123456789012345678901, "small": 1e-400,
        "t": true, "no": false, "n": null, "s": "x y", "esc": "a\"b\u00e9", "u8": "€",
        "a": [[], {}, [1, [2]]], "o": {"k": {"k": "v"}}})";
    const JsonReader doc(text, "p.json");
    const nlohmann::json& j = doc.root().json();
    CHECK(j.dump() == nlohmann::json::parse(text).dump());
    CHECK(j["u"].is_number_unsigned());
    CHECK(j["i"].is_number_integer());
    CHECK_FALSE(j["i"].is_number_unsigned());
    CHECK(j["z"].is_number_integer());
    CHECK_FALSE(std::signbit(j["z"].get<double>()));
    CHECK(std::signbit(j["g"].get<double>()));
    CHECK(j["e"].is_number_float());
    CHECK(j["e"].get<double>() == 100.0);
    CHECK(j["big"].is_number_unsigned());
    CHECK(j["neg"].is_number_float());
    CHECK(j["small"].get<double>() == 0.0);
    CHECK(j["esc"].get<std::string>() == "a\"b\xC3\xA9");
    CHECK(j["u8"].get<std::string>() == "\xE2\x82\xAC");
    CHECK(j["a"].dump() == "[[],{},[1,[2]]]");
    CHECK(j["o"]["k"]["k"].get<std::string>() == "v");
    // A document of one line, as JSON Lines holds, and a bare value.
    CHECK(JsonReader(R"({"name":"A","days":20})", "l").root().json().size() == 2);
    CHECK(JsonReader(" 7 ", "v").root().json().get<int>() == 7);
}

TEST_CASE("a key given twice deep inside plain JSON is refused with its path and line") {
    const DataError nested = refusal(
        [] { (void)JsonReader("{\"a\": {\"b\": [1, {\"k\": 1, \"j\": 2,\n \"k\": 3}]}}", "d"); });
    CHECK(nested.key() == "a.b[1].k");
    CHECK(nested.line() == 2);
    CHECK(nested.problem_template() == "given twice in the same object");
    const DataError one_line =
        refusal([] { (void)JsonReader(R"({"name": "A", "o": {}, "name": "B"})", "d"); });
    CHECK(one_line.key() == "name");
    CHECK(one_line.line() == 1);
    // Equal keys in sibling objects are no duplicate.
    CHECK_NOTHROW(JsonReader(R"([{"k": 1}, {"k": 2, "o": {"k": 3}}])", "d"));
}

TEST_CASE("what plain JSON refuses is refused by the full path with its line") {
    const char* const invalid[] = {R"({"a": 01})",   R"({"a": 1.})",  R"({"a": .5})",
                                   R"({"a": 1e})",   R"({"a": -})",   R"({"a": [1,]})",
                                   R"({"a": 1,})",   R"({"a" 1})",    R"({"a": tru})",
                                   R"({"a": "x})",   R"({"a": 1} x)", "",
                                   "{\"a\": \"\t\"}"};
    for (const char* body : invalid) {
        CAPTURE(body);
        const DataError e = refusal([&] { (void)JsonReader(std::string("\n") + body, "bad"); });
        CHECK(e.problem_template() == "not valid JSON");
        CHECK(e.key().empty());
        CHECK(e.line() == 2);
    }
    const DataError e = refusal([] { (void)JsonReader(R"({"o": {"x": [1, 2e999]}})", "r"); });
    CHECK(e.key() == "o.x[1]");
}

TEST_CASE("a value refused by a reader names its full key path and the line of its key") {
    const std::string text =
        "{\"a\": {\n\"b\": {\"n\": 5, \"s\": \"\", \"z\": null},\n\"l\": [1]}}";
    const JsonReader doc(text, "v.json");
    const auto b = doc.root().at("a").at("b");
    CHECK(b.path() == "a.b");
    const DataError n = refusal([&] { (void)b.number("n", 0.0, 1.0); });
    CHECK(n.key() == "a.b.n");
    CHECK(n.line() == 2);
    CHECK(n.problem_template() == "expected a number from {0} to {1}, got {2}");
    CHECK(n.values() == std::vector<std::string>{"0", "1", "5"});
    const DataError s = refusal([&] { (void)b.optional_string("s"); });
    CHECK(s.key() == "a.b.s");
    CHECK(s.problem_template() == "expected a non-empty string");
    const DataError m = refusal([&] { (void)b.integer("m", 0, 9); });
    CHECK(m.key() == "a.b.m");
    CHECK(m.problem_template() == "missing");
    CHECK(m.line() == 2); // the object's line: the key is not in the text
    const DataError o = refusal([&] { (void)doc.root().at("a").at("l").string("x"); });
    CHECK(o.key() == "a.l");
    CHECK(o.problem_template() == "expected an object");
    CHECK(o.line() == 3);
    CHECK_FALSE(b.optional_number("z", 0.0, 1.0).has_value());
    CHECK_FALSE(b.optional_number("y", 0.0, 1.0).has_value());
    CHECK(b.number("n", 0.0, 9.0) == 5.0);
    CHECK(doc.root().at("a").at("l").at(0).path() == "a.l[0]");
}
