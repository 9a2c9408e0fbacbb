/// Issue 12 §2: deposit-insurance schemes as data, and the user's statement that an offer is
/// an insured deposit (its validation, verdict, disclosures and scenario).

#include "core/asset.hpp"
#include "core/data_error.hpp"
#include "core/deposit_insurance.hpp"
#include "core/input_error.hpp"
#include "core/offer_file.hpp"
#include "core/request.hpp"
#include "core/scenario_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

using namespace candor::core;

namespace {

Offer rate_offer(double principal, const char* code, long days, double rate,
                 const std::string& insured = {}) {
    Offer o;
    o.name = "test";
    const Asset a = *find_asset(code);
    o.principal = Money::from_major(principal, a);
    o.held = a;
    o.term = Term::of_days(days);
    o.advertised_rate = Rate(rate, Compounding::Compounded, Frequency::Annual);
    o.insured = insured;
    return o;
}

Offer payout_offer(double principal, const char* code, const char* held, long days, double payout,
                   const std::string& insured) {
    Offer o;
    o.name = "test";
    const Asset a = *find_asset(code);
    o.principal = Money::from_major(principal, a);
    o.held = *find_asset(held);
    o.term = Term::of_days(days);
    o.advertised_payout = Money::from_major(payout, a);
    o.insured = insured;
    return o;
}

OfferResult run(const Offer& o, const char* preset = nullptr) {
    OfferRequest q{o, Assumptions::defaults(), {}, std::nullopt};
    if (preset != nullptr) {
        q.scenario = ScenarioRequest{preset, {}, {}, {}, false, {}};
    }
    return execute(q, MarketData::builtin());
}

const Disclosure* find(const std::vector<Disclosure>& list, const std::string& id) {
    const auto it =
        std::find_if(list.begin(), list.end(), [&](const Disclosure& d) { return d.id == id; });
    return it == list.end() ? nullptr : &*it;
}

/// The InputError an offer's validation throws; fails the test when none is thrown.
InputError refusal(const Offer& o) {
    try {
        validate(o);
    } catch (const InputError& e) {
        return e;
    }
    FAIL("no InputError for insured '" << o.insured << "'");
    return InputError("", "", "");
}

const char* const minimal_table = R"({
  "schema_version": 1,
  "payout_delay_days": 0,
  "payout_delay_basis": "b",
  "schemes": [
    {"id": "A", "name": "a", "country": "c", "currency": "USD", "limit": 1000, "covers": "x",
     "as_of": "2025", "source": {"title": "t", "publisher": "p", "date": "2025"}, "check": "k"}
  ]
})";

} // namespace

TEST_CASE("the built-in schemes: limit and currency - source and how far each was checked") {
    const DepositInsurance& t = DepositInsurance::builtin();
    CHECK(t.schemes().size() == 12);
    const std::pair<const char*, std::pair<const char*, double>> expected[] = {
        {"FDIC", {"USD", 250'000}},      {"EU-DGS", {"EUR", 100'000}},
        {"FSCS", {"GBP", 120'000}},      {"DICJ", {"JPY", 10'000'000}},
        {"FGC", {"BRL", 250'000}},       {"TMSF", {"TRY", 1'200'000}},
        {"CDIC", {"CAD", 100'000}},      {"FCS", {"AUD", 250'000}},
        {"esisuisse", {"CHF", 100'000}}, {"DICGC", {"INR", 500'000}},
        {"CODI", {"ZAR", 100'000}},      {"SAMA-DPF", {"SAR", 200'000}}};
    for (const auto& entry : expected) {
        const char* id = entry.first; // not a structured binding: clang 14's CAPTURE lambda
        const auto& cur_limit = entry.second;
        CAPTURE(id);
        const InsuranceScheme* s = t.find(id);
        REQUIRE(s != nullptr);
        CHECK(s->currency == cur_limit.first);
        CHECK(s->limit == cur_limit.second);
        CHECK(t.for_currency(cur_limit.first) == s);
        CHECK_FALSE(s->source.title.empty());
        CHECK_FALSE(s->as_of.empty());
        // Nothing could be re-checked from the machine that built the file, and it says so.
        CHECK(s->check.find("not re-checked") != std::string::npos);
    }
    CHECK(t.find("fdic") == t.find("FDIC")); // ids are matched case-insensitively
    CHECK(t.for_currency("AED") == nullptr);
    CHECK(t.payout_delay_days() == 0.0);
    CHECK_FALSE(t.payout_delay_basis().empty());
}

TEST_CASE(
    "a schemes file is validated: currency and limit - duplicates - one scheme per currency") {
    const DepositInsurance ok = DepositInsurance::parse(minimal_table, "t.json");
    REQUIRE(ok.schemes().size() == 1);
    CHECK(ok.find("a")->limit == 1000.0);
    const auto refused = [](std::string text, const char* key) {
        CAPTURE(text);
        try {
            (void)DepositInsurance::parse(text, "t.json");
            FAIL("accepted");
        } catch (const DataError& e) {
            CHECK(std::string(e.what()).find(key) != std::string::npos);
        }
    };
    std::string s = minimal_table;
    refused(std::string(s).replace(s.find("\"USD\""), 5, "\"USDT\""), "schemes[0].currency");
    refused(std::string(s).replace(s.find("1000"), 4, "0"), "schemes[0].limit");
    const std::string scheme = s.substr(s.find("    {"), s.find("\n  ]") - s.find("    {"));
    refused(std::string(s).insert(s.find("\n  ]"), ",\n" + scheme), "schemes[1].id");
    std::string other = scheme;
    other.replace(other.find("\"A\""), 3, "\"B\"");
    refused(std::string(s).insert(s.find("\n  ]"), ",\n" + other), "schemes[1].currency");
}

TEST_CASE("an ordinary insured CD gets no caution - not insured it keeps its judgement") {
    // 10,000 USD for 365 days at 4.5% a year, --insured: the FDIC, the dollar's scheme.
    const OfferResult insured = run(rate_offer(10'000, "USD", 365, 0.045, "auto"));
    const OfferResult plain = run(rate_offer(10'000, "USD", 365, 0.045));
    REQUIRE(insured.evaluation.insured);
    const InsuredDeposit& d = *insured.evaluation.insured;
    CHECK(d.scheme.id == "FDIC");
    CHECK(d.automatic);
    CHECK(d.payout == doctest::Approx(10'450.0));
    CHECK(d.covered == doctest::Approx(10'450.0));
    CHECK(d.uncovered == 0.0);
    CHECK(d.principal_covered_share == 1.0);
    CHECK(d.standing == InsuredStanding::WithinMargin);
    CHECK(insured.evaluation.verdict.id == VerdictId::InLineWithSafeRates);
    for (const Disclosure& x : insured.evaluation.disclosures) {
        INFO(x.id.view());
        CHECK(x.severity == Severity::Info);
    }
    const Disclosure* said = find(insured.evaluation.disclosures, "insured");
    REQUIRE(said != nullptr);
    CHECK(said->headline.id == "insured.headline");
    CHECK(said->detail.id == "insured.detail_margin");
    // Covered in full: the premium is not a price of default risk.
    CHECK(find(insured.evaluation.disclosures, "break_even") == nullptr);

    // Not insured: the same verdict as before, the break-even chance as information.
    CHECK_FALSE(plain.evaluation.insured);
    CHECK(plain.evaluation.verdict.id == insured.evaluation.verdict.id);
    CHECK(plain.evaluation.verdict.premium == insured.evaluation.verdict.premium);
    REQUIRE(find(plain.evaluation.disclosures, "break_even") != nullptr);
    CHECK(find(plain.evaluation.disclosures, "break_even")->severity == Severity::Info);
    CHECK(find(plain.evaluation.disclosures, "insured") == nullptr);
}

TEST_CASE("a premium within term and credit spreads is explained as such and not as risk") {
    // 6% a year against about 3.6%: about 2.3 points, above the 1-point margin and below the
    // 3.15 points of Baa bonds over bills.
    const OfferResult r = run(rate_offer(10'000, "USD", 365, 0.06, "FDIC"));
    REQUIRE(r.evaluation.insured);
    const Verdict& v = r.evaluation.verdict;
    CHECK(v.premium > v.in_line_margin);
    CHECK(v.premium < v.ordinary_spread);
    CHECK(r.evaluation.insured->standing == InsuredStanding::WithinSpreads);
    const Disclosure* said = find(r.evaluation.disclosures, "insured");
    REQUIRE(said != nullptr);
    CHECK(said->severity == Severity::Info);
    CHECK(said->detail.id == "insured.detail_spreads");
    for (const Disclosure& x : r.evaluation.disclosures) {
        INFO(x.id.view());
        CHECK(x.severity == Severity::Info);
    }
}

TEST_CASE("27% in 20 days stated insured is still beyond any return and not credited") {
    const Offer o = payout_offer(5'000, "USD", "USD", 20, 6'350, "auto");
    const OfferResult insured = run(o, "insured-bank-deposit");
    Offer plain_offer = o;
    plain_offer.insured.clear();
    const OfferResult plain = run(plain_offer, "insured-bank-deposit");
    CHECK(insured.evaluation.verdict.id == VerdictId::BeyondAnyReturn);
    REQUIRE(insured.evaluation.insured);
    CHECK(insured.evaluation.insured->standing == InsuredStanding::BeyondDeposits);
    CHECK_FALSE(insured.evaluation.insured->credited());
    const Disclosure* said = find(insured.evaluation.disclosures, "insured");
    REQUIRE(said != nullptr);
    CHECK(said->severity == Severity::Warning);
    CHECK(said->detail.id == "insured.detail_beyond");
    // The scenario does not credit the coverage: the same outcome as without the statement.
    REQUIRE(insured.scenario);
    CHECK_FALSE(insured.scenario->insured);
    CHECK(insured.scenario->floored);
    CHECK(insured.scenario->stats.expected_payout == plain.scenario->stats.expected_payout);
    CHECK(insured.scenario->model.recovery == plain.scenario->model.recovery);
}

TEST_CASE("crypto assets and stablecoins and other currencies are refused as insured") {
    for (const char* scheme : {"auto", "FDIC"}) {
        CAPTURE(scheme);
        const InputError usdt = refusal(payout_offer(5'000, "USDT", "USDT", 20, 5'010, scheme));
        CHECK(usdt.field() == "insured");
        CHECK(usdt.values().at(0) == "USDT");
        // A dollar amount held in XRP is not a deposit either.
        const InputError xrp = refusal(payout_offer(30'000, "USD", "XRP", 30, 30'100, scheme));
        CHECK(xrp.field() == "insured");
        CHECK(xrp.values().at(0) == "XRP");
    }
    const InputError eur = refusal(rate_offer(5'000, "EUR", 365, 0.03, "FDIC"));
    CHECK(eur.field() == "insured");
    CHECK(eur.values() == std::vector<std::string>{"FDIC", "USD", "EUR"});
    const InputError unknown = refusal(rate_offer(5'000, "EUR", 365, 0.03, "SIPC"));
    CHECK(unknown.field() == "insured");
    CHECK(unknown.values().at(0).find("FDIC, EU-DGS, FSCS") == 0);
    const InputError none = refusal(rate_offer(5'000, "AED", 365, 0.03, "auto"));
    CHECK(none.field() == "insured");
    CHECK(none.values().at(1) == "AED");
    CHECK_NOTHROW(validate(rate_offer(5'000, "EUR", 365, 0.03, "eu-dgs")));
}

TEST_CASE("above the limit the uncovered part is at risk under the chosen scenario") {
    // 300,000 USD for a year at 4%: 312,000 due, 250,000 covered by the FDIC.
    const Offer o = rate_offer(300'000, "USD", 365, 0.04, "FDIC");
    const OfferResult r = run(o, "investment-grade-bond");
    REQUIRE(r.evaluation.insured);
    const InsuredDeposit& d = *r.evaluation.insured;
    CHECK(d.payout == doctest::Approx(312'000.0));
    CHECK(d.covered == 250'000.0);
    CHECK(d.uncovered == doctest::Approx(62'000.0));
    CHECK(d.principal_covered_share == doctest::Approx(250.0 / 300.0));
    const Disclosure* open = find(r.evaluation.disclosures, "insured_uncovered");
    REQUIRE(open != nullptr);
    CHECK(open->severity == Severity::Caution);
    // The preset's own figures for the uncovered sixth of the principal: recovery 40% after a
    // year, discounted at the benchmark to the scheme's immediate payment.
    const ScenarioPreset& p = ScenarioPresets::builtin().get("investment-grade-bond", "scenario");
    REQUIRE(r.scenario);
    CHECK(r.scenario->insured);
    const ScenarioModel& m = r.scenario->model;
    const double discount = std::pow(1.0 + m.benchmark_rate, -p.recovery_delay_years);
    const double c = 250.0 / 300.0;
    CHECK(m.recovery == doctest::Approx(c + (1 - c) * p.recovery * discount));
    CHECK(m.recovery_spread == doctest::Approx((1 - c) * p.recovery_spread * discount));
    CHECK(m.recovery_delay_years == 0.0);
    CHECK(m.recovery == doctest::Approx(0.8333333 + 0.1666667 * 0.4 * discount));
    // A loss is still possible, but smaller than without the statement.
    Offer plain = o;
    plain.insured.clear();
    const OfferResult u = run(plain, "investment-grade-bond");
    CHECK(r.scenario->stats.expected_payout > u.scenario->stats.expected_payout);
    CHECK(r.scenario->stats.p05_payout >= u.scenario->stats.p05_payout);

    // Within the limit a failure pays everything at once, whatever the preset says.
    const OfferResult small = run(rate_offer(100'000, "USD", 365, 0.04, "FDIC"), "ponzi-scheme");
    REQUIRE(small.scenario);
    CHECK(small.scenario->insured);
    CHECK(small.scenario->model.recovery == 1.0);
    CHECK(small.scenario->model.recovery_spread == 0.0);
    CHECK(small.scenario->stats.probability_of_loss == 0.0);
    CHECK(find(small.evaluation.disclosures, "insured_uncovered") == nullptr);
}

TEST_CASE("rolled over the coverage is that of the largest balance at risk") {
    ScenarioModel m;
    m.principal = 200'000;
    m.payout = 220'000; // 10% a term
    m.term_years = 1;
    m.rollovers = 2; // the balance reaches 242,000 at the start of the third term
    m.recovery = 0.5;
    m.recovery_delay_years = 0;
    m.benchmark_rate = 0.03;
    InsuredDeposit d;
    d.scheme = *DepositInsurance::builtin().find("FDIC");
    apply_deposit_insurance(m, d, DepositInsurance::builtin());
    CHECK(m.recovery == 1.0); // 250,000 covers 242,000
    m.rollovers = 3;          // 266,200 at the start of the fourth term
    m.recovery = 0.5;
    apply_deposit_insurance(m, d, DepositInsurance::builtin());
    const double c4 = 250'000.0 / 266'200.0;
    CHECK(m.recovery == doctest::Approx(c4 + (1 - c4) * 0.5));
    // Not credited: nothing changes.
    d.standing = InsuredStanding::BeyondDeposits;
    const double before = m.recovery;
    apply_deposit_insurance(m, d, DepositInsurance::builtin());
    CHECK(m.recovery == before);
}

TEST_CASE("the insured field of a .candor file is read and written and read back") {
    OfferSet set;
    set.offers.push_back({rate_offer(5'000, "USD", 365, 0.04, "FDIC"),
                          Assumptions::defaults(),
                          "insured-bank-deposit",
                          {}});
    set.offers.push_back(
        {rate_offer(5'000, "EUR", 365, 0.03, "auto"), Assumptions::defaults(), "", {}});
    set.offers.push_back({rate_offer(5'000, "GBP", 365, 0.03), Assumptions::defaults(), "", {}});
    const std::string text = to_json_text(set);
    CHECK(text.find("\"insured\": \"FDIC\"") != std::string::npos);
    const OfferSet back = parse_offer_set(text, "round.candor");
    REQUIRE(back.offers.size() == 3);
    CHECK(back.offers[0].offer.insured == "FDIC");
    CHECK(back.offers[1].offer.insured == "auto");
    CHECK(back.offers[2].offer.insured.empty());
    CHECK(to_json_text(back) == text);
    // A refused statement names the key and line.
    std::string bad = text;
    bad.replace(bad.find("\"FDIC\""), 6, "\"FSCS\"");
    try {
        (void)parse_offer_set(bad, "bad.candor");
        FAIL("accepted");
    } catch (const DataError& e) {
        CHECK(std::string(e.what()).find("offers[0].insured") != std::string::npos);
        CHECK(std::string(e.what()).find("GBP") != std::string::npos);
    }
}
