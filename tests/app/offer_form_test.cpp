// The wx-free form layer: text in, a validated offer or field errors out. No display needed.
#include "app/classroom_steps.hpp"
#include "app/offer_form.hpp"
#include "app/offer_results.hpp"

#include "core/examples.hpp"
#include "core/market_data.hpp"
#include "core/scenario_data.hpp"
#include "i18n/tr.hpp"
#include "present/number_format.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

using namespace candor;
using namespace candor::app;

namespace {

OfferFormInput usdt_example() {
    OfferFormInput in;
    in.name = "A";
    in.principal = "5000";
    in.asset = "USDT";
    in.days = "20";
    in.payout = "6350";
    return in;
}

} // namespace

TEST_CASE("a valid form gives the offer core would build") {
    const FormResult r = parse_offer_form(usdt_example());
    REQUIRE(r.ok());
    CHECK(r.offer->principal.minor() == 5'000'000'000); // USDT has 6 decimals
    CHECK(r.offer->principal.asset().code == "USDT");
    CHECK(r.offer->term.days() == 20);
    REQUIRE(r.offer->advertised_payout);
    CHECK(r.offer->advertised_payout->to_major() == doctest::Approx(6350.0));
    // Empty assumption fields take the built-in figures.
    const auto& md = core::MarketData::builtin();
    CHECK(r.assumptions->benchmark_rate == md.default_benchmark().current->value);
    CHECK(r.assumptions->annual_inflation == md.default_inflation().current->value);
    CHECK(r.assumptions->tax_on_gains == 0.0);
}

TEST_CASE("every wrong field is reported at once, each with what it accepts") {
    OfferFormInput in = usdt_example();
    in.principal = "lots";
    in.days = "0";
    in.tax = "120";
    in.entry_fee = "ten";
    const FormResult r = parse_offer_form(in);
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.offer);
    REQUIRE(r.error_for(field::principal) != nullptr);
    CHECK(r.error_for(field::principal)->got == "lots");
    REQUIRE(r.error_for(field::days) != nullptr);
    CHECK(r.error_for(field::days)->expected.find("36500") != std::string::npos);
    REQUIRE(r.error_for(field::tax) != nullptr);
    CHECK(r.error_for(field::tax)->expected.find("0 to 100") != std::string::npos);
    REQUIRE(r.error_for(field::entry_fee) != nullptr);
    CHECK(r.error_for(field::payout) == nullptr);
    CHECK(r.errors.size() == 4);
}

TEST_CASE("empty required fields are errors, not crashes") {
    OfferFormInput in;
    const FormResult r = parse_offer_form(in);
    CHECK_FALSE(r.ok());
    CHECK(r.error_for(field::asset) != nullptr);
    CHECK(r.error_for(field::principal) != nullptr);
    CHECK(r.error_for(field::days) != nullptr);
    CHECK(r.error_for(field::payout) != nullptr);
}

TEST_CASE("percent fields take percent, with or without the sign") {
    OfferFormInput in = usdt_example();
    in.tax = "20%";
    in.inflation = "3";
    in.benchmark = " 4.5 % ";
    in.recovery = "40";
    const FormResult r = parse_offer_form(in);
    REQUIRE(r.ok());
    CHECK(r.assumptions->tax_on_gains == doctest::Approx(0.20));
    CHECK(r.assumptions->annual_inflation == doctest::Approx(0.03));
    CHECK(r.assumptions->benchmark_rate == doctest::Approx(0.045));
    CHECK(r.assumptions->recovery == doctest::Approx(0.40));
}

TEST_CASE("the term can be given as dates, and reversed dates are named") {
    OfferFormInput in = usdt_example();
    in.term_mode = TermMode::Dates;
    in.start = "2026-01-01";
    in.end = "2026-01-21";
    FormResult r = parse_offer_form(in);
    REQUIRE(r.ok());
    CHECK(r.offer->term.days() == 20);
    in.end = "2025-12-01";
    r = parse_offer_form(in);
    CHECK_FALSE(r.ok());
    CHECK(r.error_for(field::end) != nullptr);
    in.end = "2026-02-30";
    r = parse_offer_form(in);
    CHECK(r.error_for(field::end) != nullptr);
}

TEST_CASE("an advertised rate in percent replaces the payout") {
    OfferFormInput in = usdt_example();
    in.payout_mode = PayoutMode::Rate;
    in.payout = "not looked at";
    in.rate = "27";
    in.compounding = "annual";
    FormResult r = parse_offer_form(in);
    REQUIRE(r.ok());
    REQUIRE(r.offer->advertised_rate);
    CHECK(r.offer->advertised_rate->value() == doctest::Approx(0.27));
    CHECK_FALSE(r.offer->advertised_payout);
    in.compounding = "hourly";
    r = parse_offer_form(in);
    CHECK(r.error_for(field::compounding) != nullptr);
}

TEST_CASE("the claimed mix is in percent and must add up to 100") {
    auto mix = parse_mix("sovereign_bonds=60, gold=40%");
    REQUIRE(mix.size() == 2);
    CHECK(mix[0].first == "sovereign_bonds");
    CHECK(mix[0].second == doctest::Approx(0.6));
    CHECK(mix[1].second == doctest::Approx(0.4));
    OfferFormInput in = usdt_example();
    in.mix = "gold=50, bonds=30";
    FormResult r = parse_offer_form(in);
    REQUIRE(r.error_for(field::mix) != nullptr);
    CHECK(r.error_for(field::mix)->got == "80%");
    in.mix = "gold 50";
    r = parse_offer_form(in);
    CHECK(r.error_for(field::mix) != nullptr);
    in.mix = "gold=50, gold=50";
    r = parse_offer_form(in);
    CHECK(r.error_for(field::mix) != nullptr);
    // An asset class the market data do not know is named on the mix field, with the list.
    in.mix = "moon=100";
    r = parse_offer_form(in);
    const FieldError* moon = r.error_for(field::mix);
    REQUIRE(moon != nullptr);
    CHECK(moon->got == "moon");
    CHECK(moon->expected_template ==
          "asset-class ids from: {0}; or, with no public return series, cannot be checked: {1}");
    REQUIRE(moon->values.size() == 2);
    CHECK(moon->values[0].find("gold") != std::string::npos);
    CHECK(moon->values[1].find("mining") != std::string::npos);
    CHECK(moon->expected ==
          "asset-class ids from: " + moon->values[0] +
              "; or, with no public return series, cannot be checked: " + moon->values[1]);
}

TEST_CASE("the form accepts sources with no public return series in the mix") {
    OfferFormInput in = usdt_example();
    in.mix = "mining=60, gold=40";
    const FormResult r = parse_offer_form(in);
    REQUIRE(r.ok());
    ResultsRequest q;
    q.offer = *r.offer;
    q.assumptions = *r.assumptions;
    q.market = FormDefaults::builtin().market;
    const OfferResults res = compute_results(q);
    REQUIRE(res.evaluation.plausible);
    const core::PlausiblePayout& p = *res.evaluation.plausible;
    const double gold = core::MarketData::builtin().get("gold").geometric_mean;
    const double safe = res.analysis().benchmark_rate;
    CHECK(p.unexplained_weight() == doctest::Approx(0.6));
    CHECK(p.central_annual_rate == doctest::Approx(0.4 * gold + 0.6 * safe));
    // The plausible payout shown is the mix's: 5,000 for 20 days at that rate.
    CHECK(res.plausible_payout() ==
          doctest::Approx(5000.0 * std::pow(1.0 + 0.4 * gold + 0.6 * safe, 20.0 / 365.0)));
    CHECK(std::any_of(res.evaluation.disclosures.begin(), res.evaluation.disclosures.end(),
                      [](const core::Disclosure& d) { return d.id == "unexplained_mix"; }));
}

TEST_CASE("a payout in another currency than the principal is an error on the payout") {
    OfferFormInput in = usdt_example();
    in.payout = "6350 EUR";
    const FormResult r = parse_offer_form(in);
    CHECK_FALSE(r.ok());
    CHECK(r.error_for(field::payout) != nullptr);
}

TEST_CASE("form_from_offer round-trips every built-in example") {
    for (const auto& ex : core::builtin_examples()) {
        CAPTURE(ex.id);
        core::Assumptions a = core::Assumptions::defaults();
        a.tax_on_gains = 0.25;
        a.entry_fee = core::Fee{10.0, 0.01};
        const OfferFormInput in = form_from_offer(ex.offer, a, "", {"guaranteed"});
        const FormResult r = parse_offer_form(in);
        REQUIRE(r.ok());
        CHECK(r.offer->principal == ex.offer.principal);
        CHECK(r.offer->held == ex.offer.held);
        CHECK(r.offer->term.days() == ex.offer.term.days());
        CHECK(r.offer->advertised_payout == ex.offer.advertised_payout);
        CHECK(r.offer->claimed_mix.size() == ex.offer.claimed_mix.size());
        for (const auto& [id, w] : ex.offer.claimed_mix) {
            CHECK(r.offer->claimed_mix.at(id) == doctest::Approx(w));
        }
        CHECK(r.assumptions->tax_on_gains == doctest::Approx(0.25));
        CHECK(r.assumptions->entry_fee.flat == doctest::Approx(10.0));
        CHECK(r.assumptions->entry_fee.percent == doctest::Approx(0.01));
        CHECK(r.assumptions->benchmark_rate == doctest::Approx(a.benchmark_rate));
        CHECK(in.claims == std::vector<std::string>{"guaranteed"});
        // The same analysis as core on the original.
        const auto mine = core::analyze(*r.offer, *r.assumptions);
        const auto theirs = core::analyze(ex.offer, a);
        CHECK(mine.nominal.effective_annual_rate == theirs.nominal.effective_annual_rate);
        CHECK(mine.benchmark_payout == theirs.benchmark_payout);
    }
}

TEST_CASE("plain_number drops trailing zeros only") {
    CHECK(plain_number(4.3) == "4.3");
    CHECK(plain_number(100.0) == "100");
    CHECK(plain_number(0.000001) == "0.000001");
    CHECK(plain_number(-0.0) == "0");
    CHECK(plain_number(1350.5, 2) == "1350.5");
}

TEST_CASE("the worker computes the latest request off the calling thread") {
    std::atomic<std::uint64_t> last{0};
    std::atomic<int> calls{0};
    std::atomic<bool> other_thread{false};
    const auto caller = std::this_thread::get_id();
    const FormResult r = parse_offer_form(usdt_example());
    REQUIRE(r.ok());
    {
        ResultsWorker w([&](std::uint64_t gen, std::shared_ptr<const OfferResults> res,
                            const std::string& err) {
            CHECK(err.empty());
            REQUIRE(res);
            CHECK(res->analysis().advertised_payout.to_major() == doctest::Approx(6350.0));
            other_thread = std::this_thread::get_id() != caller;
            last = gen;
            ++calls;
        });
        for (std::uint64_t g = 1; g <= 50; ++g) {
            ResultsRequest q;
            q.offer = *r.offer;
            q.assumptions = *r.assumptions;
            q.market = FormDefaults::builtin().market;
            w.request(g, std::move(q));
        }
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (last != 50 && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }
    CHECK(last == 50);  // the newest request always runs
    CHECK(calls <= 50); // stale ones may be dropped
    CHECK(other_thread.load());
}

TEST_CASE("classroom steps show core's figures in order") {
    const FormResult r = parse_offer_form(usdt_example());
    REQUIRE(r.ok());
    ResultsRequest q;
    q.offer = *r.offer;
    q.assumptions = *r.assumptions;
    q.market = FormDefaults::builtin().market;
    const OfferResults res = compute_results(q);
    const auto steps = classroom_steps(res);
    REQUIRE(steps.size() == 6);
    CHECK(steps[0].kind == StepKind::Promise);
    CHECK(steps[0].headline.find("6,350.00 USDT") != std::string::npos);
    CHECK(steps[1].headline.find(present::percent(res.analysis().nominal.effective_annual_rate,
                                                  "")) != std::string::npos);
    // The rate ladder: 7,742% a year is above BitConnect's 5,569% and every other promise of
    // the built-in collapsed schemes (7 of them).
    CHECK(steps[2].kind == StepKind::Ladder);
    CHECK(steps[2].headline == "Above the promises of 7 of 7 collapsed schemes");
    CHECK(steps[2].detail.find("7,742% a year") != std::string::npos);
    CHECK(steps[3].headline ==
          present::money(res.plausible_payout(), res.analysis().offer.principal.asset()));
    CHECK(steps[4].kind == StepKind::BreakEven);
    CHECK(steps[4].headline.find(present::percent(res.analysis().break_even->default_probability,
                                                  1)) != std::string::npos);
    CHECK(steps[5].kind == StepKind::Rollover);
}

TEST_CASE("the form's 'Deposit insured by' choice: the offer and errors - results and classroom") {
    OfferFormInput in;
    in.name = "CD";
    in.principal = "10000";
    in.asset = "USD";
    in.days = "365";
    in.payout_mode = PayoutMode::Rate;
    in.rate = "4.5";
    in.compounding = "annual";
    in.insured = "auto";
    const FormResult r = parse_offer_form(in);
    REQUIRE(r.ok());
    CHECK(r.offer->insured == "auto");
    CHECK(form_from_offer(*r.offer, *r.assumptions).insured == "auto");
    ResultsRequest q;
    q.offer = *r.offer;
    q.assumptions = *r.assumptions;
    q.market = FormDefaults::builtin().market;
    const OfferResults res = compute_results(q);
    REQUIRE(res.evaluation.insured);
    CHECK(res.evaluation.insured->scheme.id == "FDIC");
    // The classroom says the assumption with the verdict.
    const auto steps = classroom_steps(res);
    CHECK(steps[0].detail.find("covered by the FDIC up to 250,000.00 USD") != std::string::npos);
    // A stablecoin or another currency's scheme: an error on the field, naming what is wrong.
    OfferFormInput usdt = usdt_example();
    usdt.insured = "FDIC";
    const FormResult bad = parse_offer_form(usdt);
    REQUIRE(bad.error_for(field::insured) != nullptr);
    CHECK(bad.error_for(field::insured)->values.at(0) == "USDT");
    in.asset = "EUR";
    in.insured = "FDIC";
    const FormResult eur = parse_offer_form(in);
    REQUIRE(eur.error_for(field::insured) != nullptr);
    CHECK(eur.error_for(field::insured)->expected.find("not in EUR") != std::string::npos);
}

TEST_CASE("a scenario preset can be edited, and bad edits are named") {
    OfferFormInput in = usdt_example();
    in.scenario = "crypto-lender-2022";
    FormResult r = parse_offer_form(in);
    REQUIRE(r.ok());
    REQUIRE(r.scenario);
    CHECK(r.scenario->preset == "crypto-lender-2022");
    CHECK_FALSE(r.scenario->annual_failure);
    in.fail_year = "10";
    in.recovery_delay = "2";
    in.recovery = "30";
    r = parse_offer_form(in);
    REQUIRE(r.ok());
    CHECK(*r.scenario->annual_failure == doctest::Approx(0.10));
    CHECK(*r.scenario->recovery_delay_years == doctest::Approx(2.0));
    CHECK(*r.scenario->recovery == doctest::Approx(0.30));
    in.fail_year = "100";
    in.recovery_delay = "-1";
    r = parse_offer_form(in);
    CHECK(r.error_for(field::fail_year) != nullptr);
    CHECK(r.error_for(field::recovery_delay) != nullptr);
    in = usdt_example();
    in.scenario = "no-such-preset";
    r = parse_offer_form(in);
    CHECK(r.error_for(field::scenario) != nullptr);
}

TEST_CASE("results follow core: evaluate and the scenario through core::execute") {
    // USDT with a crypto-lender preset.
    OfferFormInput in = usdt_example();
    in.scenario = "crypto-lender-2022";
    in.claims = {"guaranteed"};
    FormResult f = parse_offer_form(in);
    REQUIRE(f.ok());
    ResultsRequest q{*f.offer, *f.assumptions, f.scenario, f.claims, FormDefaults::builtin().market,
                     {}};
    const OfferResults r = compute_results(q);
    const core::Assumptions resolved =
        core::resolve_rates(*f.offer, *f.assumptions, core::SafeRates::builtin());
    const core::Evaluation e =
        core::evaluate(*f.offer, resolved, core::MarketData::builtin(), f.claims);
    CHECK(r.evaluation.disclosures.size() == e.disclosures.size());
    REQUIRE(r.disclosures.size() == e.disclosures.size());
    CHECK(r.disclosures.front().severity == core::Severity::Warning); // most severe first
    CHECK(std::any_of(r.disclosures.begin(), r.disclosures.end(),
                      [](const present::DisclosureText& d) { return d.id == "claim.guaranteed"; }));
    REQUIRE(r.scenario);
    // The same scenario as core's executor: the preset, raised to the break-even hazard (27% in
    // 20 days is beyond the premiums the crypto-lender preset was drawn from).
    const core::OfferResult c =
        core::execute(core::OfferRequest{*f.offer, *f.assumptions, f.claims, f.scenario},
                      core::MarketData::builtin());
    REQUIRE(c.scenario);
    CHECK(r.scenario->floored);
    CHECK(r.scenario->model.hazard == c.scenario->model.hazard);
    CHECK(r.scenario->stats.expected_payout == c.scenario->stats.expected_payout);
    // XRP: lognormal price risk and a Beta recovery, integrated exactly; the same figures as
    // core's executor gives the CLI and the reports.
    const core::Example& xrp = core::find_example("platform-a-xrp");
    OfferFormInput xi = form_from_offer(xrp.offer, core::Assumptions::defaults());
    xi.scenario = "crypto-lender-2022";
    f = parse_offer_form(xi);
    REQUIRE(f.ok());
    q = ResultsRequest{
        *f.offer, *f.assumptions, f.scenario, f.claims, FormDefaults::builtin().market, {}};
    const OfferResults rx = compute_results(q);
    REQUIRE(rx.scenario);
    CHECK(rx.scenario->exact);
    const core::OfferResult cx =
        core::execute(core::OfferRequest{*f.offer, *f.assumptions, f.claims, f.scenario},
                      core::MarketData::builtin());
    CHECK(rx.scenario->stats.expected_payout == cx.scenario->stats.expected_payout);
    CHECK(rx.scenario->stats.probability_of_loss == cx.scenario->stats.probability_of_loss);
    // The classroom then has its seventh step.
    const auto steps = classroom_steps(rx);
    REQUIRE(steps.size() == 7);
    CHECK(steps[6].kind == StepKind::Outcomes);
    CHECK(steps[6].headline.find(present::percent(rx.scenario->stats.probability_of_loss, 1)) !=
          std::string::npos);
}

TEST_CASE("days are read and written in the language's digits, as whole numbers") {
    present::set_locale("ar");
    OfferFormInput in = usdt_example();
    in.days = "٢٠";
    in.principal = "٥٠٠٠";
    in.payout = "٦٣٥٠";
    const FormResult r = parse_offer_form(in);
    REQUIRE(r.ok());
    CHECK(r.offer->term.days() == 20);
    CHECK(form_from_offer(*r.offer, *r.assumptions).days == "٢٠");
    in.days = "٢٠٫٥"; // 20.5: not a whole number of days
    CHECK(parse_offer_form(in).error_for(field::days) != nullptr);
    present::set_locale("en");
    in = usdt_example();
    in.days = "20.5";
    CHECK(parse_offer_form(in).error_for(field::days) != nullptr);
    in.days = "36501";
    CHECK(parse_offer_form(in).error_for(field::days) != nullptr);
    in.days = "twenty";
    CHECK(parse_offer_form(in).error_for(field::days) != nullptr);
    present::set_locale("");
}

TEST_CASE("the recovery delay is read in the language's form, as its hint shows it") {
    OfferFormInput in = usdt_example();
    in.scenario = "crypto-lender-2022";
    in.recovery_delay = "1,5";
    present::set_locale("de");
    const FormResult r = parse_offer_form(in);
    present::set_locale("");
    REQUIRE(r.ok());
    REQUIRE(r.scenario);
    REQUIRE(r.scenario->recovery_delay_years);
    CHECK(*r.scenario->recovery_delay_years == doctest::Approx(1.5));
    // In English "1,5" is not a number (a group of one digit).
    CHECK(parse_offer_form(in).error_for(field::recovery_delay) != nullptr);
}

TEST_CASE("a field's error is in the current language, with core's list filled in") {
    OfferFormInput in = usdt_example();
    in.claims = {"guaranteed", "moon"};
    in.days = "0";
    // English: the marked text with the list of claim ids in place of {0}.
    FormResult r = parse_offer_form(in);
    const FieldError* claims = r.error_for(field::claims);
    REQUIRE(claims != nullptr);
    CHECK(claims->got == "moon");
    CHECK(claims->expected_template == "claim ids separated by commas, from: {0}");
    REQUIRE(claims->values.size() == 1);
    const std::string ids = claims->values[0];
    CHECK(ids.find("guaranteed") != std::string::npos);
    CHECK(ids.find("{0}") == std::string::npos);
    CHECK(claims->expected == "claim ids separated by commas, from: " + ids);

    // German: the catalog's translation of the template, the same list filled in.
    i18n::init("de");
    present::set_locale("");
    r = parse_offer_form(in);
    i18n::init("en");
    present::set_locale("");
    claims = r.error_for(field::claims);
    REQUIRE(claims != nullptr);
    CHECK(claims->expected == "durch Kommas getrennte Kennungen von Angaben, aus: " + ids);
    CHECK(claims->expected_template == "claim ids separated by commas, from: {0}");
    REQUIRE(r.error_for(field::days) != nullptr);
    CHECK(r.error_for(field::days)->expected == "eine ganze Zahl von Tagen von 1 bis 36500");
    CHECK(r.error_for(field::days)->got == "0");
}

TEST_CASE("domain edges in the form are field errors, never odd figures or exceptions") {
    // 30/360 from the 30th to the 31st counts no time: refused on the end date.
    OfferFormInput dates = usdt_example();
    dates.term_mode = TermMode::Dates;
    dates.start = "2026-01-30";
    dates.end = "2026-01-31";
    dates.day_count = "30/360";
    const FormResult d = parse_offer_form(dates);
    CHECK_FALSE(d.ok());
    REQUIRE(d.error_for(field::end) != nullptr);
    CHECK(d.error_for(field::end)->expected.find("30/360") != std::string::npos);
    CHECK(d.errors.size() == 1);
    // A negative simple rate over 100 years would leave less than nothing: refused on the rate.
    OfferFormInput rate = usdt_example();
    rate.days = "36500";
    rate.payout_mode = PayoutMode::Rate;
    rate.rate = "-1";
    const FormResult r = parse_offer_form(rate);
    CHECK_FALSE(r.ok());
    REQUIRE(r.error_for(field::rate) != nullptr);
    CHECK(r.error_for(field::rate)->expected.find("positive payout") != std::string::npos);
}
