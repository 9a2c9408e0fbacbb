// Tests of the benchmark data file (data/benchmarks.json) and its validation: the built-in file
// loads and holds every asset class the disclosures need, and each validation rule rejects a
// bad file with the key path and the line of the offending entry.
#include "core/data_error.hpp"
#include "core/market_data.hpp"
#include "core/offer.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

using namespace candor::core;

TEST_CASE("the built-in benchmark data loads and has sources") {
    const MarketData& md = MarketData::builtin();
    const AssetClass& bill = md.default_benchmark();
    CHECK(bill.id == "tbill_3m");
    REQUIRE(bill.current.has_value());
    CHECK(bill.current->value > 0.0);
    CHECK_FALSE(bill.current->as_of.empty());
    for (const auto& a : md.asset_classes()) {
        CAPTURE(a.id);
        CHECK_FALSE(a.source.title.empty());
        CHECK_FALSE(a.source.date.empty());
        CHECK(a.geometric_mean <= a.arithmetic_mean);
    }
    const Assumptions d = Assumptions::defaults();
    CHECK(d.benchmark_rate == bill.current->value);
    CHECK(d.annual_inflation == md.default_inflation().current->value);
}

TEST_CASE("a benchmarks file is validated with key and line") {
    std::string text = R"({
  "schema_version": 1,
  "defaults": {"benchmark": "b", "inflation": "i"},
  "asset_classes": [
    {"id": "i", "name": "Prices", "kind": "inflation",
     "arithmetic_mean": 0.03, "geometric_mean": 0.03, "period": "1928-2025",
     "best_year": {"year": 1946, "return": 0.18}, "worst_year": {"year": 1932, "return": -0.1},
     "current": {"value": 0.03, "as_of": "2025", "what": "x"},
     "source": {"title": "t", "publisher": "p", "date": "2026-01"}},
    {"id": "b", "name": "Bills", "kind": "return",
     "arithmetic_mean": 0.03, "geometric_mean": 0.04, "period": "1928-2025",
     "best_year": {"year": 1981, "return": 0.14}, "worst_year": {"year": 2014, "return": 0.0},
     "current": {"value": 0.04, "as_of": "2025", "what": "x"},
     "source": {"title": "t", "publisher": "p", "date": "2026-01"}}
  ]
})";
    try {
        (void)MarketData::parse(text, "b.json");
        FAIL("accepted a geometric mean above the arithmetic mean");
    } catch (const DataError& e) {
        CHECK(e.key() == "asset_classes[1].geometric_mean");
        CHECK(e.line() == 11);
    }
    const auto fixed = text.replace(text.find(R"(0.04, "period")"), 4, "0.02");
    const MarketData md = MarketData::parse(fixed, "b.json");
    CHECK(md.get("b").geometric_mean == 0.02);
    CHECK_THROWS_AS(MarketData::load_file("/nonexistent/benchmarks.json"), DataError);
}

namespace {

std::string builtin_text() {
    return candor::core::read_text_file(std::string(CANDOR_SOURCE_DIR) + "/data/benchmarks.json");
}

/// The built-in file with one change applied, pretty-printed (one key per line).
std::string mutated(const std::function<void(nlohmann::ordered_json&)>& change) {
    auto j = nlohmann::ordered_json::parse(builtin_text());
    change(j);
    return j.dump(2);
}

/// The 1-based line of the first occurrence of `needle` at or after line `from`.
int line_of(const std::string& text, const std::string& needle, int from = 1) {
    int line = 1;
    std::size_t pos = 0;
    while (line < from) {
        pos = text.find('\n', pos) + 1;
        ++line;
    }
    const auto at = text.find(needle, pos);
    REQUIRE(at != std::string::npos);
    for (std::size_t i = pos; i < at; ++i) {
        line += text[i] == '\n' ? 1 : 0;
    }
    return line;
}

struct Rejected {
    std::string key;
    int line = 0;
    std::string message;
};

Rejected reject(const std::string& text) {
    try {
        (void)MarketData::parse(text, "test.json");
    } catch (const DataError& e) {
        return {e.key(), e.line(), e.what()};
    }
    FAIL("the file was accepted");
    return {};
}

} // namespace

TEST_CASE("the built-in benchmarks load and hold every asset class of issue 4") {
    const MarketData& md = MarketData::builtin();
    for (const char* id :
         {"tbill_3m", "treasury_10y", "corporate_ig", "gold", "commodities", "infrastructure",
          "clean_energy", "us_equities", "bank_deposits", "us_cpi"}) {
        CAPTURE(id);
        const auto* a = md.find(id);
        REQUIRE(a != nullptr);
        CHECK_FALSE(a->source.title.empty());
        CHECK_FALSE(a->source.publisher.empty());
        CHECK(a->source.date.size() >= 4);
        CHECK(a->geometric_mean <= a->arithmetic_mean);
        CHECK(a->best_year.value >= a->arithmetic_mean);
        CHECK(a->worst_year.value <= a->arithmetic_mean);
        CHECK(a->first_year <= a->best_year.year);
        CHECK(a->best_year.year <= a->last_year);
        CHECK_FALSE(a->confidence.empty());
    }
    CHECK(md.default_benchmark().id == "tbill_3m");
    CHECK(md.default_benchmark().current->value == doctest::Approx(0.0421));
    CHECK(md.default_inflation().id == "us_cpi");
    // Damodaran 1928-2025 figures as recorded in docs/data.md.
    CHECK(md.get("us_equities").geometric_mean == doctest::Approx(0.1002));
    CHECK(md.get("gold").best_year.year == 1979);
    CHECK(md.get("treasury_10y").worst_year.value == doctest::Approx(-0.1783));
}

TEST_CASE("aliases resolve to their asset class - unknown names do not") {
    const MarketData& md = MarketData::builtin();
    CHECK(md.resolve("bonds")->id == "treasury_10y");
    CHECK(md.resolve("sovereign_bonds")->id == "treasury_10y");
    CHECK(md.resolve("industrial_metals")->id == "commodities");
    CHECK(md.resolve("metals")->id == "commodities");
    CHECK(md.resolve("equities")->id == "us_equities");
    CHECK(md.resolve("gold")->id == "gold");
    CHECK(md.resolve("unobtainium") == nullptr);
    const auto ids = md.mix_ids();
    CHECK(std::find(ids.begin(), ids.end(), "us_cpi") == ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "clean_energy") != ids.end());
}

TEST_CASE("magnitudes load sorted, with sources") {
    const auto& m = MarketData::builtin().magnitudes();
    REQUIRE(m.size() >= 3);
    for (std::size_t i = 1; i < m.size(); ++i) {
        CHECK(m[i - 1].value <= m[i].value);
    }
    bool world = false;
    for (const auto& x : m) {
        CHECK_FALSE(x.source.title.empty());
        world = world || x.id == "world_gdp";
    }
    CHECK(world);
}

TEST_CASE("an unmodified round trip of the built-in file is accepted") {
    const MarketData md = MarketData::parse(mutated([](auto&) {}), "copy.json");
    CHECK(md.asset_classes().size() == MarketData::builtin().asset_classes().size());
}

/// First and last line of element `index` of the top-level array `key` in text printed by
/// nlohmann's dump(2): elements open with "    {" and close with "    }" or "    },".
std::pair<int, int> element_lines(const std::string& text, const std::string& key, int index) {
    const int array_line = line_of(text, R"(")" + key + R"(": [)");
    std::istringstream in(text);
    std::string line;
    int n = 0;
    int seen = -1;
    int first = 0;
    while (std::getline(in, line)) {
        ++n;
        if (n <= array_line) {
            continue;
        }
        if (line == "    {" && ++seen == index) {
            first = n;
        }
        if (first > 0 && (line == "    }" || line == "    },")) {
            return {first, n};
        }
    }
    FAIL("element not found");
    return {0, 0};
}

TEST_CASE("each validation rule names the key and the line") {
    struct Case {
        const char* rule;
        std::function<void(nlohmann::ordered_json&)> change;
        const char* key;
        const char* array; ///< the array holding the offending element; "" for top-level keys
        int index;
        const char* needle; ///< text of the reported line (searched from the element's start)
    };
    const Case cases[] = {
        {"duplicate id", [](auto& j) { j["asset_classes"][1]["id"] = "tbill_3m"; },
         "asset_classes[1].id", "asset_classes", 1, R"("id": "tbill_3m")"},
        {"alias clashing with another class's alias",
         [](auto& j) { j["asset_classes"][3]["aliases"][0] = "bonds"; },
         "asset_classes[3].aliases[0]", "asset_classes", 3, nullptr},
        {"unknown kind", [](auto& j) { j["asset_classes"][1]["kind"] = "bond"; },
         "asset_classes[1].kind", "asset_classes", 1, R"("kind": "bond")"},
        {"mean out of range", [](auto& j) { j["asset_classes"][1]["arithmetic_mean"] = 3.0; },
         "asset_classes[1].arithmetic_mean", "asset_classes", 1, R"("arithmetic_mean": 3)"},
        {"geometric above arithmetic",
         [](auto& j) { j["asset_classes"][1]["geometric_mean"] = 0.06; },
         "asset_classes[1].geometric_mean", "asset_classes", 1, R"("geometric_mean": 0.06)"},
        {"worst above best", [](auto& j) { j["asset_classes"][1]["worst_year"]["return"] = 0.5; },
         "asset_classes[1].worst_year", "asset_classes", 1, R"("worst_year")"},
        {"best below the mean",
         [](auto& j) { j["asset_classes"][1]["best_year"]["return"] = 0.01; },
         "asset_classes[1].best_year", "asset_classes", 1, R"("best_year")"},
        {"malformed period", [](auto& j) { j["asset_classes"][1]["period"] = "since 1928"; },
         "asset_classes[1].period", "asset_classes", 1, R"("period": "since 1928")"},
        {"best year outside the period",
         [](auto& j) { j["asset_classes"][1]["best_year"]["year"] = 1900; },
         "asset_classes[1].best_year.year", "asset_classes", 1, R"("year": 1900)"},
        {"negative volatility", [](auto& j) { j["asset_classes"][1]["volatility"] = -0.1; },
         "asset_classes[1].volatility", "asset_classes", 1, R"("volatility")"},
        {"unknown confidence", [](auto& j) { j["asset_classes"][1]["confidence"] = "sure"; },
         "asset_classes[1].confidence", "asset_classes", 1, R"("confidence": "sure")"},
        {"missing source", [](auto& j) { j["asset_classes"][1].erase("source"); },
         "asset_classes[1].source", "asset_classes", 1, nullptr},
        {"source without a date", [](auto& j) { j["asset_classes"][1]["source"].erase("date"); },
         "asset_classes[1].source.date", "asset_classes", 1, nullptr},
        {"magnitude not positive", [](auto& j) { j["magnitudes"][1]["value"] = 0; },
         "magnitudes[1].value", "magnitudes", 1, R"("value": 0)"},
        {"duplicate magnitude",
         [](auto& j) { j["magnitudes"][1]["id"] = j["magnitudes"][0]["id"]; }, "magnitudes[1].id",
         "magnitudes", 1, nullptr},
        {"default naming no class", [](auto& j) { j["defaults"]["benchmark"] = "nope"; },
         "defaults.benchmark", "", 0, R"("benchmark": "nope")"},
        {"inflation default of the wrong kind",
         [](auto& j) { j["defaults"]["inflation"] = "tbill_3m"; }, "defaults.inflation", "", 0,
         R"("inflation": "tbill_3m")"},
        {"benchmark default without a current figure",
         [](auto& j) { j["defaults"]["benchmark"] = "gold"; }, "defaults.benchmark", "", 0,
         R"("benchmark": "gold")"},
        {"unknown schema version", [](auto& j) { j["schema_version"] = 2; }, "schema_version", "",
         0, R"("schema_version")"},
        {"no asset classes", [](auto& j) { j["asset_classes"] = nlohmann::ordered_json::array(); },
         "asset_classes", "", 0, R"("asset_classes")"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.rule);
        const std::string text = mutated(c.change);
        const Rejected r = reject(text);
        CAPTURE(r.message);
        CHECK(r.key == c.key);
        CHECK(r.message.rfind("test.json:", 0) == 0);
        int from = 1;
        if (*c.array != '\0') {
            const auto [first, last] = element_lines(text, c.array, c.index);
            CHECK(r.line >= first);
            CHECK(r.line <= last);
            from = first;
        }
        if (c.needle != nullptr) {
            CHECK(r.line == line_of(text, c.needle, from));
        }
    }
}

TEST_CASE("a syntax error names its line") {
    std::string text = builtin_text();
    const auto at = text.find(R"("geometric_mean": 0.0453,)");
    REQUIRE(at != std::string::npos);
    text.erase(at + std::string(R"("geometric_mean": 0.0453)").size(), 1); // drop the comma
    const Rejected r = reject(text);
    CHECK(r.line == line_of(text, R"("volatility": 0.079)"));
}

TEST_CASE("load_file reads a user file and names an unreadable one") {
    const std::string path = std::string(CANDOR_BINARY_DIR) + "/market_data_test.json";
    {
        std::ofstream out(path);
        out << mutated([](auto& j) { j["asset_classes"][0]["current"]["value"] = 0.05; });
    }
    const MarketData md = MarketData::load_file(path);
    CHECK(md.default_benchmark().current->value == doctest::Approx(0.05));
    CHECK(md.file_name() == path);
    std::remove(path.c_str());
    CHECK_THROWS_AS(MarketData::load_file(path), DataError);
}
