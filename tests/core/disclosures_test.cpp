// The disclosure rules (src/core/disclosures.hpp): each rule has a case that triggers it and a
// case that does not, and the built-in examples produce the disclosures issue 4 requires.
#include "core/analysis.hpp"
#include "core/disclosures.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/market_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string_view>
#include <vector>

using namespace candor::core;

namespace {

const std::map<std::string, double> example_mix{{"sovereign_bonds", 0.3},
                                                {"gold", 0.2},
                                                {"industrial_metals", 0.15},
                                                {"infrastructure", 0.2},
                                                {"clean_energy", 0.15}};

Assumptions base_assumptions() {
    Assumptions a;
    a.benchmark_rate = 0.0421;
    a.annual_inflation = 0.0274;
    return a;
}

Analysis make(const std::string& principal, const std::string& held, long days,
              const std::string& payout, std::map<std::string, double> mix = {},
              const Assumptions& s = base_assumptions()) {
    const Asset asset = asset_or_throw(held, "asset");
    const Money p = parse_money(principal, asset, "principal");
    Offer o{"test",
            p,
            asset,
            Term::of_days(days),
            DayCount::Act365F,
            parse_money(payout, p.asset(), "payout"),
            std::nullopt,
            std::move(mix),
            {}};
    return analyze(o, s);
}

struct Run {
    Analysis analysis;
    std::vector<Disclosure> list;
};

Run run(Analysis a, std::vector<Claim> claims = {}, std::optional<double> vol = std::nullopt) {
    Run r{std::move(a), {}};
    DisclosureInput in;
    in.analysis = &r.analysis;
    in.market = &MarketData::builtin();
    in.plausible = plausible_for(r.analysis, MarketData::builtin());
    in.claims = std::move(claims);
    in.held_asset_annual_volatility = vol;
    r.list = disclose(in);
    return r;
}

const Disclosure* find(const Run& r, std::string_view id) {
    for (const auto& d : r.list) {
        if (d.id == id) {
            return &d;
        }
    }
    return nullptr;
}

double value(const Disclosure& d, std::string_view name) {
    for (const auto& v : d.values) {
        if (v.name == name) {
            return v.number;
        }
    }
    FAIL("no value named " << name);
    return 0.0;
}

} // namespace

TEST_CASE("annual_equivalent: triggered by a term other than a year") {
    const Run r = run(make("5000", "USDT", 20, "6350"));
    const Disclosure* d = find(r, "annual_equivalent");
    REQUIRE(d);
    CHECK(d->severity == Severity::Warning); // EAR 7,742% > 100%
    CHECK(value(*d, "term_return") == doctest::Approx(0.27));
    CHECK(value(*d, "apr") == doctest::Approx(0.27 * 365 / 20));
    CHECK(value(*d, "ear") == doctest::Approx(std::pow(1.27, 365.0 / 20) - 1).epsilon(1e-9));
    CHECK(d->headline.id == "annual_equivalent.headline");

    const Run modest = run(make("5000", "USDT", 20, "5010"));
    REQUIRE(find(modest, "annual_equivalent"));
    CHECK(find(modest, "annual_equivalent")->severity == Severity::Info);
    const Run middling = run(make("5000", "USDT", 30, "5100"));
    CHECK(find(middling, "annual_equivalent")->severity == Severity::Caution); // EAR 27%
}

TEST_CASE("annual_equivalent: not triggered for a one-year term") {
    const Run r = run(make("5000", "USDT", 365, "5200"));
    CHECK_FALSE(find(r, "annual_equivalent"));
}

TEST_CASE("benchmark_gap: triggered above the claimed mix's long-run payout") {
    const Run r = run(make("5000", "USDT", 20, "6350", example_mix));
    const Disclosure* d = find(r, "benchmark_gap");
    REQUIRE(d);
    CHECK(d->severity == Severity::Warning);
    CHECK(d->detail.id == "benchmark_gap.detail_beyond");
    CHECK(value(*d, "central_payout") == doctest::Approx(5013.98).epsilon(1e-5));
    CHECK(value(*d, "gap_to_central") == doctest::Approx(6350.0 - 5013.98).epsilon(1e-5));

    // Above the long-run figure but within the best-year one: a caution.
    const Run within = run(make("5000", "USDT", 20, "5100", example_mix));
    REQUIRE(find(within, "benchmark_gap"));
    CHECK(find(within, "benchmark_gap")->severity == Severity::Caution);
    CHECK(find(within, "benchmark_gap")->detail.id == "benchmark_gap.detail");
}

TEST_CASE("benchmark_gap: not triggered at or below the long-run payout, nor without a mix") {
    CHECK_FALSE(find(run(make("5000", "USDT", 20, "5010", example_mix)), "benchmark_gap"));
    CHECK_FALSE(find(run(make("5000", "USDT", 20, "6350")), "benchmark_gap"));
}

TEST_CASE("break_even: triggered when the payout beats the benchmark") {
    const Run r = run(make("5000", "USDT", 20, "6350"));
    const Disclosure* d = find(r, "break_even");
    REQUIRE(d);
    // q = benchmark / advertised with no recovery; one-year survival q^(365/20).
    const double q = 5000.0 * std::pow(1.0421, 20.0 / 365) / 6350.0;
    CHECK(value(*d, "survival_probability") == doctest::Approx(q).epsilon(1e-4));
    CHECK(value(*d, "one_year_survival") == doctest::Approx(std::pow(q, 365.0 / 20)).epsilon(1e-3));
    CHECK(d->severity == Severity::Warning);
    // A small premium implies a risk a payer could live with for a year: a caution.
    const Run small = run(make("5000", "USDT", 30, "5020"));
    REQUIRE(find(small, "break_even"));
    CHECK(find(small, "break_even")->severity == Severity::Caution);
}

TEST_CASE("break_even: not triggered when the payout does not beat the benchmark") {
    CHECK_FALSE(find(run(make("5000", "USDT", 20, "5005")), "break_even"));
}

TEST_CASE("rollover: triggered when ten years of rolling over pass a real-world magnitude") {
    const Run r = run(make("5000", "USDT", 20, "6350"));
    const Disclosure* d = find(r, "rollover");
    REQUIRE(d);
    CHECK(d->severity == Severity::Warning);
    const double c = std::log(1.27) * 365 / 20;
    CHECK(value(*d, "log10_value") ==
          doctest::Approx((std::log(5000.0) + 10 * c) / std::log(10.0)));
    CHECK(value(*d, "years_to_world_gdp") ==
          doctest::Approx(std::log(105e12 / 5000.0) / c).epsilon(1e-9));
}

TEST_CASE("rollover: not triggered at a modest pace or outside US-dollar terms") {
    CHECK_FALSE(find(run(make("5000", "USDT", 20, "5010")), "rollover"));
    CHECK_FALSE(find(run(make("5000", "EUR", 20, "6350")), "rollover"));
}

TEST_CASE("beyond_best_year: triggered when the pace beats every claimed asset's best year") {
    const Run r = run(make("5000", "USDT", 20, "6350", example_mix));
    const Disclosure* d = find(r, "beyond_best_year");
    REQUIRE(d);
    CHECK(value(*d, "highest_best_year") == doctest::Approx(1.418)); // clean energy, 2020
    CHECK(value(*d, "highest_best_year_year") == 2020);
    CHECK(value(*d, "advertised_rate") == doctest::Approx(0.27 * 365 / 20));
}

TEST_CASE("beyond_best_year: not triggered within the best year, nor without a mix") {
    CHECK_FALSE(find(run(make("5000", "USDT", 20, "5100", example_mix)), "beyond_best_year"));
    CHECK_FALSE(find(run(make("5000", "USDT", 20, "6350")), "beyond_best_year"));
    // 1 year of gold alone at +100% is below gold's best year (+126.55%).
    CHECK_FALSE(find(run(make("1000", "USDT", 365, "2000", {{"gold", 1.0}})), "beyond_best_year"));
}

TEST_CASE("volatile_principal: one standard deviation over the term beside the gain") {
    // 30,000 USD held in XRP for 30 days, +48%.
    const Analysis a = make("30000 USD", "XRP", 30, "44400");
    const Run high = run(a, {}, 2.0); // sigma_T = 2.0 * sqrt(30/365) = 0.573 > 0.48
    const Disclosure* d = find(high, "volatile_principal");
    REQUIRE(d);
    CHECK(d->severity == Severity::Warning);
    CHECK(value(*d, "one_sd_move") == doctest::Approx(2.0 * std::sqrt(30.0 / 365)));
    CHECK(value(*d, "one_sd_amount") == doctest::Approx(30000 * 2.0 * std::sqrt(30.0 / 365)));
    CHECK(d->headline.id == "volatile_principal.headline_exceeds");
    CHECK(d->detail.id == "volatile_principal.detail_exceeds");
    const Run low = run(a, {}, 0.8); // 0.229 < 0.48
    CHECK(find(low, "volatile_principal")->severity == Severity::Caution);
    CHECK(find(low, "volatile_principal")->headline.id == "volatile_principal.headline");
    CHECK(find(low, "volatile_principal")->detail.id == "volatile_principal.detail");
    const Run unknown = run(a);
    CHECK(find(unknown, "volatile_principal")->headline.id ==
          "volatile_principal.headline_unknown");
}

TEST_CASE("volatile_principal: not triggered for a stablecoin or a currency") {
    CHECK_FALSE(find(run(make("5000", "USDT", 20, "6350"), {}, 0.9), "volatile_principal"));
    CHECK_FALSE(find(run(make("5000", "USD", 20, "6350"), {}, 0.9), "volatile_principal"));
}

TEST_CASE("fees_taxes: triggered when fees and tax erase or halve the gain") {
    Assumptions s = base_assumptions();
    s.exit_fee.percent = 0.05; // 5% of 5,100 = 255 > the 100 gain
    const Run erased = run(make("5000", "USDT", 30, "5100", {}, s));
    const Disclosure* d = find(erased, "fees_taxes");
    REQUIRE(d);
    CHECK(d->severity == Severity::Warning);
    CHECK(value(*d, "net_gain") == doctest::Approx(-155.0));
    CHECK(value(*d, "taken") == doctest::Approx(255.0));

    Assumptions t = base_assumptions();
    t.tax_on_gains = 0.6;
    const Run halved = run(make("5000", "USDT", 30, "5100", {}, t));
    REQUIRE(find(halved, "fees_taxes"));
    CHECK(find(halved, "fees_taxes")->severity == Severity::Caution);
    CHECK(value(*find(halved, "fees_taxes"), "taken_share") == doctest::Approx(0.6));
}

TEST_CASE("fees_taxes: not triggered without fees and tax, or when they take little") {
    CHECK_FALSE(find(run(make("5000", "USDT", 30, "5100")), "fees_taxes"));
    Assumptions s = base_assumptions();
    s.tax_on_gains = 0.2;
    CHECK_FALSE(find(run(make("5000", "USDT", 30, "5100", {}, s)), "fees_taxes"));
}

TEST_CASE("real_return: triggered by inflation, a caution when the real return is negative") {
    const Run r = run(make("5000", "USDT", 20, "6350"));
    const Disclosure* d = find(r, "real_return");
    REQUIRE(d);
    CHECK(d->severity == Severity::Info);
    CHECK(value(*d, "real_payout") == doctest::Approx(6350.0 * std::pow(1.0274, -20.0 / 365)));
    Assumptions s = base_assumptions();
    s.annual_inflation = 0.5;
    const Run losing = run(make("5000", "USDT", 20, "5005", {}, s));
    REQUIRE(find(losing, "real_return"));
    CHECK(find(losing, "real_return")->severity == Severity::Caution);
    CHECK(value(*find(losing, "real_return"), "real_rate") < 0.0);
}

TEST_CASE("real_return: not triggered when inflation is zero") {
    Assumptions s = base_assumptions();
    s.annual_inflation = 0.0;
    CHECK_FALSE(find(run(make("5000", "USDT", 20, "6350", {}, s)), "real_return"));
}

TEST_CASE("claims checklist: each ticked claim is a disclosure - unticked ones are not") {
    for (const Claim c : all_claims()) {
        CAPTURE(claim_id(c));
        const Run r = run(make("5000", "USDT", 20, "6350"), {c});
        const std::string id = "claim." + std::string(claim_id(c));
        const Disclosure* d = find(r, id);
        REQUIRE(d);
        CHECK(d->headline.id == id + ".headline");
        CHECK(d->detail.id == id + ".detail");
        int claims = 0;
        for (const auto& x : r.list) {
            claims += x.id.view().starts_with("claim.") ? 1 : 0;
        }
        CHECK(claims == 1);
    }
    const Run none = run(make("5000", "USDT", 20, "6350"));
    for (const auto& d : none.list) {
        CHECK(!d.id.view().starts_with("claim."));
    }
    CHECK(find(run(make("5000", "USDT", 20, "6350"), {Claim::Guaranteed}), "claim.guaranteed")
              ->severity == Severity::Warning);
    CHECK(find(run(make("5000", "USDT", 20, "6350"), {Claim::Referral}), "claim.referral")
              ->severity == Severity::Caution);
}

TEST_CASE("parse_claims accepts the ids and names the flag otherwise") {
    const auto c = parse_claims("guaranteed, Lock-Up,referral,guaranteed", "--claims");
    REQUIRE(c.size() == 3);
    CHECK(c[0] == Claim::Guaranteed);
    CHECK(c[1] == Claim::LockUp);
    CHECK(c[2] == Claim::Referral);
    try {
        (void)parse_claims("guaranteed,too-good", "--claims");
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(e.field() == "--claims");
        CHECK(e.got() == "too-good");
        CHECK(e.expected().find("unregistered") != std::string::npos);
    }
}

TEST_CASE("disclosures come most severe first, in rule order within a severity") {
    const Run r = run(make("5000", "USDT", 20, "6350", example_mix), {Claim::Referral});
    REQUIRE(r.list.size() >= 6);
    for (std::size_t i = 1; i < r.list.size(); ++i) {
        CHECK(static_cast<int>(r.list[i - 1].severity) >= static_cast<int>(r.list[i].severity));
    }
    CHECK(r.list.front().id == "annual_equivalent");
    CHECK(r.list.back().id == "real_return");
    // Within a severity, in the order the rules are written (docs/disclosures.md).
    const std::vector<std::string_view> rules{
        "annual_equivalent",  "benchmark_gap",   "unexplained_mix",
        "break_even",         "rollover",        "beyond_best_year",
        "volatile_principal", "fees_taxes",      "real_return",
        "insured_uncovered",  "insured",         "claim.guaranteed",
        "claim.referral",     "claim.insurance", "claim.lockup",
        "claim.unregistered", "claim.pressure"};
    const auto rank = [&](const Disclosure& d) {
        return std::find(rules.begin(), rules.end(), d.id.view()) - rules.begin();
    };
    const Run all = run(make("5000", "USDT", 20, "6350", example_mix), all_claims());
    REQUIRE(all.list.size() >= 10);
    for (std::size_t i = 1; i < all.list.size(); ++i) {
        CAPTURE(all.list[i].id.view());
        CHECK(rank(all.list[i]) < static_cast<std::ptrdiff_t>(rules.size()));
        if (all.list[i - 1].severity == all.list[i].severity) {
            CHECK(rank(all.list[i - 1]) < rank(all.list[i]));
        } else {
            CHECK(static_cast<int>(all.list[i - 1].severity) >
                  static_cast<int>(all.list[i].severity));
        }
    }
}

TEST_CASE("both built-in examples produce the disclosures issue 4 requires") {
    for (const auto& e : builtin_examples()) {
        CAPTURE(e.id);
        const Run r = run(analyze(e.offer, base_assumptions()));
        for (const char* id :
             {"annual_equivalent", "benchmark_gap", "break_even", "rollover", "beyond_best_year"}) {
            CAPTURE(id);
            CHECK(find(r, id));
        }
    }
}

TEST_CASE("a value name made from data is stored once and stays readable") {
    std::string made = "years_to_";
    made += "a_magnitude_from_a_data_file"; // longer than a short string's inline buffer
    const ValueName a = ValueName::interned(made);
    made.assign(made.size(), 'x'); // the caller's text changes; the name must not
    const ValueName b = ValueName::interned("years_to_a_magnitude_from_a_data_file");
    CHECK(a == "years_to_a_magnitude_from_a_data_file");
    CHECK(a.view().data() == b.view().data());      // one stored copy
    CHECK(std::string_view(a.c_str()) == a.view()); // NUL-terminated for fmt's named arguments
    CHECK_FALSE(ValueName::interned("years_to_other") == a.view());
    const ValueName constant = "term_return"; // a constant is viewed where it is written
    CHECK(constant == "term_return");
}
