// The records `analyze` writes (offer_record.hpp) are written straight as text, without a tree
// per offer: byte for byte what json_text(offer_record_json()) and csv_row(offer_record_csv())
// make of the same result, compact and indented, for the examples, the benchmark's mix and
// awkward names; and ExecutionSettings::record_only changes no figure a record holds.
#include "present/analysis_csv.hpp"
#include "present/json_writer.hpp"
#include "present/offer_record.hpp"
#include "present/visible_text.hpp"

#include "core/examples.hpp"
#include "core/json_reader.hpp"
#include "core/offer_file.hpp"
#include "core/request.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

using namespace candor;

namespace {

/// Offers that reach every part of a record: scenarios (closed form, insured deposit, Beta
/// recovery on a volatile asset), claims, a claimed mix, stated fees and rates, dates,
/// rates instead of payouts, losses, and names that need escapes.
const char* const offers_jsonl[] = {
    R"({"name": "Plain", "principal": "5000 USDT", "asset": "USDT", "days": 20, "payout": "6350 USDT"})",
    R"({"name": "Scenario, claims", "principal": "5000 USDT", "asset": "USDT", "days": 90, "payout": "5200 USDT", "scenario": "crypto-lender-2022", "claims": ["guaranteed", "referral"]})",
    R"({"name": "XRP \"quoted\" \\ back", "principal": "30000 USD", "asset": "XRP", "days": 30, "payout": "44400 USD", "scenario": "crypto-lender-2022", "claimed_mix": {"sovereign_bonds": 0.5, "gold": 0.5}})",
    R"({"name": "Bank", "principal": "5000 USD", "asset": "USD", "start": "2026-01-15", "days": 365, "rate": 0.04, "compounding": "annual", "insured": "FDIC", "scenario": "insured-bank-deposit"})",
    R"({"name": "=HYPERLINK(\"x\"), tab\tand é ü 中文 \u202e bidi", "principal": "1000 EUR", "asset": "EUR", "days": 400, "payout": "900 EUR", "assumptions": {"benchmark_rate": 0.043, "inflation": 0.0274, "entry_fee": "10+1%", "exit_fee": "2", "tax_on_gains": 0.2}})",
    R"({"name": "-5 minus", "principal": "100 USDT", "asset": "USDT", "days": 10, "payout": "100 USDT", "scenario": "crypto-lender-2022"})",
    R"({"name": "Huge", "principal": "100 USDT", "asset": "USDT", "days": 3650, "payout": "100000000 USDT", "scenario": "crypto-lender-2022"})",
};

std::vector<core::OfferEntry> entries() {
    std::vector<core::OfferEntry> out;
    const auto defaults = core::Assumptions::defaults();
    for (const char* line : offers_jsonl) {
        const core::JsonReader doc(line, "test.jsonl");
        out.push_back(core::offer_entry_from_json(doc.root(), defaults));
    }
    for (const auto& e : core::builtin_examples()) {
        core::OfferEntry x;
        x.offer = e.offer;
        x.assumptions = core::Assumptions::defaults();
        out.push_back(x);
    }
    const core::OfferSet set =
        core::load_offer_set(std::string(CANDOR_SOURCE_DIR) + "/examples/platform-a.candor");
    out.insert(out.end(), set.offers.begin(), set.offers.end());
    // The benchmark's mix (tests/bench/stream_bench.cpp), a few hundred of it.
    for (int i = 0; i < 300; i += 7) {
        const int p = 5000 + i % 1000;
        std::string line = R"({"name": "Offer )" + std::to_string(i) + R"(", "principal": ")" +
                           std::to_string(p) + R"( USDT", "asset": "USDT", "days": )" +
                           std::to_string(10 + i % 300) + R"(, "payout": ")" +
                           std::to_string(p + (i % 97) * 13) + R"( USDT")";
        line += i % 3 == 0 ? R"(, "scenario": "crypto-lender-2022"})" : "}";
        const core::JsonReader doc(line, "bench.jsonl");
        out.push_back(core::offer_entry_from_json(doc.root(), defaults));
    }
    return out;
}

std::string tree_json(const core::OfferResult& r, int indent) {
    return present::json_text(present::offer_record_json(r), indent);
}

std::string tree_csv(const core::OfferResult& r) {
    const present::CsvFields f = present::offer_record_csv(r);
    return present::csv_header(f) + present::csv_row(f);
}

} // namespace

TEST_CASE("the JSON and CSV records written directly equal those built as a tree") {
    std::size_t with_scenario = 0;
    for (const core::OfferEntry& e : entries()) {
        const std::string name = e.offer.name;
        CAPTURE(name);
        const core::OfferResult r = core::execute(core::request_of(e), core::MarketData::builtin());
        with_scenario += r.scenario ? 1 : 0;
        for (const int indent : {-1, 2}) {
            std::string direct;
            present::append_offer_record_json(r, direct, indent);
            CHECK(direct == tree_json(r, indent));
        }
        // As an element of a document's array: every line after the first two levels in.
        std::string nested = "[\n    ";
        present::append_offer_record_json(r, nested, 2, 2);
        std::string expected = "[\n    ";
        for (const char c : tree_json(r, 2)) {
            expected += c;
            expected += c == '\n' ? "    " : "";
        }
        CHECK(nested == expected);
        std::string csv;
        present::append_offer_record_csv(r, csv, true);
        CHECK(csv == tree_csv(r));
        std::string row;
        present::append_offer_record_csv(r, row, false);
        CHECK(row == present::csv_row(present::offer_record_csv(r)));
    }
    CHECK(with_scenario > 10);
}

TEST_CASE("record_only leaves out the quantiles, the distribution and the ladder, no figure of a "
          "record") {
    core::ExecutionSettings record_only;
    record_only.record_only = true;
    for (const core::OfferEntry& e : entries()) {
        const std::string name = e.offer.name;
        CAPTURE(name);
        const core::OfferRequest q = core::request_of(e);
        const core::OfferResult full = core::execute(q, core::MarketData::builtin());
        const core::OfferResult lean = core::execute(q, core::MarketData::builtin(), record_only);
        CHECK(tree_json(lean, -1) == tree_json(full, -1));
        CHECK(tree_csv(lean) == tree_csv(full));
        CHECK(lean.ladder.empty());
        CHECK_FALSE(full.ladder.empty());
        if (full.scenario && full.scenario->exact) {
            REQUIRE(lean.scenario);
            CHECK(lean.scenario->stats.expected_payout == full.scenario->stats.expected_payout);
            const double a = lean.scenario->stats.standard_deviation;
            const double b = full.scenario->stats.standard_deviation;
            CHECK((a == b || (std::isnan(a) && std::isnan(b))));
            CHECK(std::isnan(lean.scenario->stats.median_payout));
            CHECK(std::isnan(lean.scenario->stats.p05_payout));
            CHECK(lean.scenario->distribution.empty());
            CHECK_FALSE(full.scenario->distribution.empty());
            CHECK(full.scenario->stats.median_payout > 0.0);
        }
    }
}

TEST_CASE("a CSV text with commas or quotes is quoted as csv_cell quotes it") {
    for (const std::string name :
         {"a, b", "say \"yes\"", "\"", ",", "x\"\"y,", "=1,2", "-a,\"b\""}) {
        CAPTURE(name);
        auto entry = core::offer_entry_from_json(
            core::JsonReader(
                R"({"name": "x", "principal": "5000 USDT", "asset": "USDT", "days": 20, "payout": "6350 USDT"})",
                "t")
                .root(),
            core::Assumptions::defaults());
        entry.offer.name = name;
        const core::OfferResult r =
            core::execute(core::request_of(std::move(entry)), core::MarketData::builtin(), {});
        std::string out;
        present::append_offer_record_csv(r, out, false);
        CHECK(out.rfind(present::csv_cell(name) + ",", 0) == 0);
    }
}
