#include "core/asset.hpp"
#include "core/data_error.hpp"
#include "core/examples.hpp"
#include "core/ladder.hpp"
#include "core/request.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>
#include <string>

using namespace candor::core;

namespace {

OfferResult run(const Offer& offer) {
    return execute(OfferRequest{offer, Assumptions::defaults(), {}, std::nullopt},
                   MarketData::builtin());
}

const LadderRung& find(const std::vector<LadderRung>& ladder, RungKind kind,
                       const std::string& id = {}) {
    for (const LadderRung& g : ladder) {
        if (g.kind == kind && (id.empty() || g.id == id)) {
            return g;
        }
    }
    FAIL("no rung ", rung_kind_id(kind), " ", id);
    return ladder.front();
}

std::string builtin_text() {
    return read_text_file(std::string(CANDOR_SOURCE_DIR) + "/data/collapsed_schemes.json");
}

std::string mutated(const std::function<void(nlohmann::ordered_json&)>& change) {
    auto j = nlohmann::ordered_json::parse(builtin_text());
    change(j);
    return j.dump(2);
}

struct Rejected {
    std::string key;
    int line = 0;
};

Rejected reject(const std::string& text) {
    try {
        (void)CollapsedSchemes::parse(text, "schemes.json");
    } catch (const DataError& e) {
        return {e.key(), e.line()};
    }
    FAIL("the file was accepted");
    return {};
}

} // namespace

TEST_CASE("annualise: one formula, compounded, in logarithms") {
    // Ponzi's notes: 50% in 90 days is 1.5^(365/90) - 1 = 417.8% a year.
    const AnnualRate ponzi = annualise(0.5, 90.0 / 365.0);
    REQUIRE(ponzi.effective);
    CHECK(*ponzi.effective == doctest::Approx(std::pow(1.5, 365.0 / 90.0) - 1.0).epsilon(1e-12));
    CHECK(*ponzi.effective == doctest::Approx(4.178).epsilon(1e-3));
    // BitConnect: 40% a month is 1.4^12 - 1 = 5,569% a year.
    const AnnualRate bitconnect = annualise(0.4, 1.0 / 12.0);
    CHECK(*bitconnect.effective == doctest::Approx(55.6939).epsilon(1e-5));
    CHECK(*bitconnect.log10_rate == doctest::Approx(std::log10(55.6939)).epsilon(1e-6));
    // A rate already annual is unchanged.
    CHECK(*annualise(0.1863, 1.0).effective == doctest::Approx(0.1863).epsilon(1e-12));
    // 100% a day for a year overflows a double; its logarithms stay finite.
    const AnnualRate huge = annualise(1.0, 1.0 / 365.0 / 10.0);
    CHECK_FALSE(huge.effective);
    CHECK(huge.log10_growth == doctest::Approx(3650 * std::log10(2.0)).epsilon(1e-12));
    REQUIRE(huge.log10_rate);
    CHECK(*huge.log10_rate == doctest::Approx(huge.log10_growth).epsilon(1e-12));
    // Zero and losses have no place on a log scale.
    CHECK_FALSE(annualise(0.0, 1.0).log10_rate);
    CHECK_FALSE(annualise(-0.2, 0.5).log10_rate);
    CHECK(*annualise(-0.2, 0.5).effective == doctest::Approx(0.64 - 1.0).epsilon(1e-12));
}

TEST_CASE("the built-in collapsed schemes load, with records and dates") {
    const CollapsedSchemes& s = CollapsedSchemes::builtin();
    REQUIRE(s.schemes().size() == 7);
    for (const char* id :
         {"ponzi_1920", "madoff", "bitconnect", "celsius", "anchor", "stanford", "plustoken"}) {
        INFO(id);
        const CollapsedScheme* c = s.find(id);
        REQUIRE(c != nullptr);
        CHECK_FALSE(c->record.title.empty());
        CHECK_FALSE(c->record.date.empty());
        CHECK_FALSE(c->ran_to.empty());
        CHECK(c->check.find("not re-checked") != std::string::npos);
    }
    CHECK(s.find("stanford")->promise.is_premium);
    CHECK(s.find("bitconnect")->promise.period_years == doctest::Approx(1.0 / 12.0));
    CHECK(s.find("ponzi_1920")->promise.period_years == doctest::Approx(90.0 / 365.0));
    REQUIRE(s.with_inflows() == s.find("ponzi_1920"));
    CHECK(s.with_inflows()->inflows->last_flow == doctest::Approx(200000.0 * 365.0));
    CHECK(s.with_inflows()->inflows->years == 0.58);
}

TEST_CASE("a collapsed-schemes file is validated, naming the key and line") {
    auto r = reject(mutated([](auto& j) { j["schemes"][1]["id"] = "ponzi_1920"; }));
    CHECK(r.key == "schemes[1].id");
    CHECK(r.line > 0);
    r = reject(mutated([](auto& j) { j["schemes"][0]["promise"]["return"] = -0.5; }));
    CHECK(r.key == "schemes[0].promise.return");
    r = reject(mutated([](auto& j) { j["schemes"][0]["promise"]["period_months"] = 3; }));
    CHECK(r.key == "schemes[0].promise.period_days");
    r = reject(mutated([](auto& j) { j["schemes"][5]["promise"] = j["schemes"][0]["promise"]; }));
    CHECK(r.key == "schemes[5].promise");
    r = reject(mutated([](auto& j) { j["schemes"][5]["premium"]["currency"] = "XYZ"; }));
    CHECK(r.key == "schemes[5].premium.currency");
    r = reject(mutated([](auto& j) { j["schemes"][2]["ran"]["to"] = "2016"; }));
    CHECK(r.key == "schemes[2].ran.to");
    r = reject(mutated([](auto& j) { j["schemes"][0]["inflows"]["total"] = 1e12; }));
    CHECK(r.key == "schemes[0].inflows.total");
    CHECK_THROWS_AS(CollapsedSchemes::load_file("/nonexistent/schemes.json"), DataError);
}

TEST_CASE("the ladder of platform A in USDT: every rung's value") {
    const OfferResult r = run(find_example("platform-a-usdt").offer);
    const Analysis& a = r.analysis();
    const auto& L = r.ladder;
    // Lowest first.
    for (std::size_t i = 1; i < L.size(); ++i) {
        CHECK(L[i - 1].rate.log10_growth <= L[i].rate.log10_growth);
    }
    const LadderRung& offer = find(L, RungKind::Offer);
    REQUIRE(offer.rate.effective);
    CHECK(*offer.rate.effective ==
          doctest::Approx(*a.nominal.effective_annual_rate).epsilon(1e-12));
    const LadderRung& safe = find(L, RungKind::Safe);
    CHECK(*safe.rate.effective == doctest::Approx(a.benchmark_rate).epsilon(1e-12));
    CHECK(safe.name == "US Treasury"); // USDT is benchmarked in its peg's currency
    const LadderRung& insured = find(L, RungKind::InsuredDeposit);
    CHECK(*insured.rate.effective ==
          doctest::Approx((1.0 + a.benchmark_rate) * 1.01 - 1.0).epsilon(1e-12));
    // The claimed mix's classes, each long run and best year.
    REQUIRE(r.evaluation.plausible);
    for (const MixComponent& c : r.evaluation.plausible->mix) {
        INFO(c.id);
        CHECK(*find(L, RungKind::AssetLongRun, c.id).rate.effective ==
              doctest::Approx(c.geometric_mean).epsilon(1e-12));
        CHECK(*find(L, RungKind::AssetBestYear, c.id).rate.effective ==
              doctest::Approx(c.best_year.value).epsilon(1e-12));
        CHECK(find(L, RungKind::AssetBestYear, c.id).year == c.best_year.year);
    }
    // The schemes, annualised.
    CHECK(*find(L, RungKind::CollapsedScheme, "ponzi_1920").rate.effective ==
          doctest::Approx(std::pow(1.5, 365.0 / 90.0) - 1.0).epsilon(1e-12));
    CHECK(*find(L, RungKind::CollapsedScheme, "plustoken").rate.effective ==
          doctest::Approx(std::pow(1.18, 12.0) - 1.0).epsilon(1e-12));
    CHECK(*find(L, RungKind::CollapsedScheme, "madoff").rate.effective ==
          doctest::Approx(0.12).epsilon(1e-12));
    CHECK(find(L, RungKind::CollapsedScheme, "madoff").year == 2008);
    // Stanford's premium rides on the US safe rate for a year.
    const double us_year = curve_rate(*SafeRates::builtin().curve("USD"), 365);
    CHECK(*find(L, RungKind::CollapsedScheme, "stanford").rate.effective ==
          doctest::Approx(us_year + 0.02).epsilon(1e-12));
    CHECK(L.size() == 3 + 2 * r.evaluation.plausible->mix.size() + 7);
}

TEST_CASE("the ladder of a payout in BTC: the coin's zero yield, no insured deposits") {
    Offer o = find_example("platform-a-usdt").offer;
    o.principal = Money::from_major(0.1, *find_asset("BTC"));
    o.held = *find_asset("BTC");
    o.advertised_payout = Money::from_major(0.11, *find_asset("BTC"));
    o.claimed_mix.clear();
    const OfferResult r = run(o);
    const LadderRung& safe = find(r.ladder, RungKind::Safe);
    CHECK(*safe.rate.effective == 0.0);
    CHECK_FALSE(safe.rate.log10_rate); // drawn in the band under the scale
    for (const LadderRung& g : r.ladder) {
        CHECK(g.kind != RungKind::InsuredDeposit);
    }
    // No claimed mix: the asset class with the highest long-run return stands in.
    CHECK(find(r.ladder, RungKind::AssetLongRun).id == "us_equities");
}

TEST_CASE("a stated benchmark is the safe rung, without an insured-deposit rung beside it") {
    Assumptions a = Assumptions::defaults();
    a.benchmark_rate = 0.07;
    a.benchmark_basis.kind = BasisKind::Stated;
    const OfferResult r =
        execute(OfferRequest{find_example("platform-a-usdt").offer, a, {}, std::nullopt},
                MarketData::builtin());
    CHECK(*find(r.ladder, RungKind::Safe).rate.effective == doctest::Approx(0.07));
    CHECK(find(r.ladder, RungKind::Safe).source == "stated by the user");
    for (const LadderRung& g : r.ladder) {
        CHECK(g.kind != RungKind::InsuredDeposit);
    }
}
