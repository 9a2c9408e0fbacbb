// Rendering disclosures to text (src/present/disclosure_text.hpp): every message a rule can
// produce has an English source whose placeholders are all filled, values are formatted by
// kind, and the JSON array has the documented shape.
#include "language_guard.hpp"
#include "present/disclosure_text.hpp"

#include "core/analysis.hpp"
#include "core/examples.hpp"
#include "core/market_data.hpp"
#include "i18n/tr.hpp"
#include "present/number_format.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace candor;
using core::ValueKind;

namespace {

using test::LanguageGuard;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

core::Message break_even(double days) {
    return {"break_even.headline",
            {{"default_probability", ValueKind::Fraction, 0.0123, {}},
             {"days", ValueKind::Days, days, {}}}};
}

core::Message rollover(double years) {
    return {"rollover.headline",
            {{"years", ValueKind::Years, years, {}},
             {"principal", ValueKind::Amount, 5000, "USDT"},
             {"value", ValueKind::Amount, 2e14, "USDT"},
             {"magnitude", ValueKind::Text, 0, "World GDP for one year"},
             {"magnitude_value", ValueKind::Amount, 1.05e14, "USD"}}};
}

core::Assumptions assumptions(double inflation = 0.0274) {
    core::Assumptions a;
    a.benchmark_rate = 0.0421;
    a.annual_inflation = inflation;
    return a;
}

core::Analysis make(const std::string& held, long days, const std::string& principal,
                    const std::string& payout, std::map<std::string, double> mix,
                    const core::Assumptions& s) {
    const core::Asset asset = core::asset_or_throw(held, "asset");
    const core::Money p = core::parse_money(principal, asset, "principal");
    core::Offer o{"t",
                  p,
                  asset,
                  core::Term::of_days(days),
                  core::DayCount::Act365F,
                  core::parse_money(payout, p.asset(), "payout"),
                  std::nullopt,
                  std::move(mix),
                  {}};
    return core::analyze(o, s);
}

/// Disclosures from inputs chosen to reach every message id of every rule.
std::vector<core::Disclosure> every_kind_of_disclosure() {
    std::vector<core::Disclosure> all;
    const auto add = [&](const core::Analysis& a, std::optional<double> vol) {
        core::DisclosureInput in;
        in.analysis = &a;
        in.market = &core::MarketData::builtin();
        in.plausible = core::plausible_for(a, core::MarketData::builtin());
        in.claims = core::all_claims();
        in.held_asset_annual_volatility = vol;
        for (auto& d : core::disclose(in)) {
            all.push_back(std::move(d));
        }
    };
    const std::map<std::string, double> mix{{"gold", 0.5}, {"bonds", 0.5}};
    add(make("USDT", 20, "5000", "6350", mix, assumptions()), std::nullopt);
    add(make("USDT", 1, "5000", "40000", mix, assumptions()), std::nullopt); // EAR overflows
    add(make("USDT", 20, "5000", "5100", mix, assumptions()), std::nullopt);
    add(make("XRP", 30, "30000 USD", "44400", {}, assumptions()), 2.0);
    add(make("XRP", 30, "30000 USD", "44400", {}, assumptions()), 0.5);
    add(make("XRP", 30, "30000 USD", "44400", {}, assumptions()), std::nullopt);
    core::Assumptions fees = assumptions();
    fees.exit_fee.percent = 0.5;
    add(make("USDT", 30, "5000", "5100", {}, fees), std::nullopt); // erased; nothing... left
    fees.exit_fee.percent = 1.0 - 1e-9;
    add(make("USDT", 30, "5000", "5100", {}, fees), std::nullopt);
    core::Assumptions tax = assumptions();
    tax.tax_on_gains = 0.6;
    add(make("USDT", 30, "5000", "5100", {}, tax), std::nullopt);
    return all;
}

} // namespace

TEST_CASE("every message a rule produces has a source string with all placeholders filled") {
    std::set<std::string> ids;
    for (const auto& d : every_kind_of_disclosure()) {
        for (const core::Message* m : {&d.headline, &d.detail}) {
            CAPTURE(m->id.view());
            ids.emplace(m->id.view());
            REQUIRE(present::disclosure_source_text(m->id.view()) != nullptr);
            const std::string s = present::render_message(*m);
            CHECK(s != m->id);
            CHECK(s.find('{') == std::string::npos);
            CHECK(s.find('}') == std::string::npos);
        }
    }
    // Every variant of every rule was reached.
    for (const char* id :
         {"annual_equivalent.headline", "annual_equivalent.headline_overflow",
          "benchmark_gap.detail", "benchmark_gap.detail_beyond", "break_even.headline",
          "rollover.headline", "beyond_best_year.headline", "volatile_principal.headline",
          "volatile_principal.headline_exceeds", "volatile_principal.detail",
          "volatile_principal.detail_exceeds", "volatile_principal.headline_unknown",
          "fees_taxes.headline_erased", "fees_taxes.headline", "real_return.detail",
          "real_return.detail_no_rate", "claim.guaranteed.headline", "claim.pressure.detail"}) {
        CAPTURE(id);
        CHECK(ids.count(id) == 1);
    }
}

TEST_CASE("a headline renders its parameters by kind") {
    core::Message m{"annual_equivalent.headline",
                    {{"term_return", ValueKind::Fraction, 0.27, {}},
                     {"days", ValueKind::Days, 20, {}},
                     {"apr", ValueKind::Fraction, 4.9275, {}},
                     {"ear", ValueKind::Fraction, 77.4184, {}}}};
    CHECK(present::render_message(m) ==
          "27.00% over 20 days is 492.75% a year simple (APR), or 7,741.84% a year compounded "
          "(EAR)");
}

TEST_CASE("format_value by kind") {
    CHECK(present::format_value({"x", ValueKind::Fraction, 0.2108, {}}) == "21.08%");
    CHECK(present::format_value({"x", ValueKind::Fraction, 1.2e-8, {}}) == "0.0000012%");
    CHECK(present::format_value({"x", ValueKind::Fraction, 0.0, {}}) == "0%");
    CHECK(present::format_value({"x", ValueKind::Fraction, -0.257, {}}) == "-25.70%");
    CHECK(present::format_value({"x", ValueKind::Amount, 5011.5482, "USDT"}) == "5,011.55 USDT");
    CHECK(present::format_value({"x", ValueKind::Amount, 27.3609e12, "USD"}) ==
          "27.4 trillion USD");
    CHECK(present::format_value({"x", ValueKind::Amount, 4.4561e9, "USD"}) == "4.5 billion USD");
    CHECK(present::format_value({"x", ValueKind::Log10, 22.6, "USDT"}) ==
          "about 39.8 sextillion USDT");
    CHECK(present::format_value({"x", ValueKind::Log10, 18.94, {}}) == "8.71 quintillion");
    CHECK(present::format_value({"x", ValueKind::Multiple, 12.345, {}}) == "12.3 times");
    CHECK(present::format_value({"x", ValueKind::Years, 10, {}}) == "10");
    CHECK(present::format_value({"x", ValueKind::Years, 4.72, {}}) == "4.7");
    CHECK(present::format_value({"x", ValueKind::Year, 2020, {}}) == "2020");
    CHECK(present::format_value({"x", ValueKind::Text, 0, "Gold"}) == "Gold");
}

TEST_CASE("an unknown message id or a missing parameter falls back to the id") {
    CHECK(present::render_message({"no.such.message", {}}) == "no.such.message");
    CHECK(present::render_message({"break_even.headline", {}}) == "break_even.headline");
}

TEST_CASE("disclosures_json has id, severity, headline, detail and numeric values") {
    const auto& e = core::builtin_examples().front();
    const core::Analysis a = core::analyze(e.offer, assumptions());
    core::DisclosureInput in;
    in.analysis = &a;
    in.market = &core::MarketData::builtin();
    in.plausible = core::plausible_for(a, core::MarketData::builtin());
    const auto list = core::disclose(in);
    const auto j = present::disclosures_json(list);
    REQUIRE(j.is_array());
    REQUIRE(j.size() == list.size());
    for (const auto& d : j) {
        CHECK(d.size() == 5);
        CHECK(d["id"].is_string());
        const std::string sev = d["severity"];
        CHECK((sev == "info" || sev == "caution" || sev == "warning"));
        CHECK_FALSE(d["headline"].get<std::string>().empty());
        CHECK_FALSE(d["detail"].get<std::string>().empty());
        CHECK(d["values"].is_object());
        for (const auto& item : d["values"].items()) {
            CAPTURE(item.key());
            CHECK(item.value().is_number());
        }
    }
    CHECK(j[0]["id"] == "annual_equivalent");
    CHECK(j[0]["values"]["term_return"].get<double>() == doctest::Approx(0.27));
}

TEST_CASE("severity labels") {
    CHECK(present::severity_label(core::Severity::Warning) == "Warning");
    CHECK(present::severity_label(core::Severity::Caution) == "Caution");
    CHECK(present::severity_label(core::Severity::Info) == "Info");
}

TEST_CASE("the locale-free style keeps English text and plain numbers") {
    using present::TextStyle;
    CHECK(present::format_value({"x", ValueKind::Fraction, 4.9275, {}}, TextStyle::LocaleFree) ==
          "492.75%");
    CHECK(present::format_value({"x", ValueKind::Amount, 6350, "USDT"}, TextStyle::LocaleFree) ==
          "6,350.00 USDT");
    CHECK(present::format_value({"x", ValueKind::Amount, 105e12, "USD"}, TextStyle::LocaleFree) ==
          "105.0 trillion USD");
    CHECK(present::format_value({"x", ValueKind::Amount, 3e22, "USD"}, TextStyle::LocaleFree) ==
          "about 10^22 USD");
    CHECK(present::format_value({"x", ValueKind::Multiple, 2.25, {}}, TextStyle::LocaleFree) ==
          "2.2 times");
    const core::Message m{"break_even.headline",
                          {{"default_probability", ValueKind::Fraction, 0.2108, {}},
                           {"days", ValueKind::Days, 20, {}}}};
    CHECK(present::render_message(m, TextStyle::LocaleFree) ==
          "The offer is worth no more than the benchmark if the chance that the payer fails "
          "within the 20 days is 21.08% or more");
}

TEST_CASE("a count in a disclosure picks the plural form of the language") {
    const std::string one = present::render_message(break_even(1));
    CHECK(one == "The offer is worth no more than the benchmark if the chance that the payer fails "
                 "within the 1 day is 1.23% or more");
    CHECK(contains(present::render_message(break_even(20)), "within the 20 days is"));
    CHECK(contains(present::render_message(rollover(1)), "Rolled over for 1 year at"));
    CHECK(contains(present::render_message(rollover(9.3)), "Rolled over for 9.3 years at"));
    // JSON keeps the English, with the same choice of form.
    CHECK(present::render_message(break_even(1), present::TextStyle::LocaleFree) == one);
    {
        LanguageGuard g("de");
        CHECK(contains(present::render_message(break_even(1)), "innerhalb des 1 Tages ausfällt"));
        CHECK(contains(present::render_message(break_even(20)), "innerhalb der 20 Tage ausfällt"));
        CHECK(contains(present::render_message(rollover(1)), "1 Jahr lang in diesem Tempo"));
        CHECK(contains(present::render_message(rollover(9.3)), "9,3 Jahre lang in diesem Tempo"));
    }
    {
        LanguageGuard g("ar");
        CHECK(contains(present::render_message(break_even(1)), "خلال يوم واحد هو"));
        CHECK(contains(present::render_message(break_even(2)), "خلال يومين هو"));
        CHECK(contains(present::render_message(break_even(5)), "خلال ٥ أيام هو"));
        CHECK(contains(present::render_message(break_even(20)), "خلال ٢٠ يومًا هو"));
        CHECK(contains(present::render_message(break_even(200)), "خلال ٢٠٠ يوم هو"));
        CHECK(contains(present::render_message(rollover(1)), "لمدة سنة واحدة بهذه"));
        CHECK(contains(present::render_message(rollover(2)), "لمدة سنتين بهذه"));
        // A number with decimals takes CLDR's "other" form.
        CHECK(contains(present::render_message(rollover(9.3)), "لمدة ٩٫٣ سنة بهذه"));
    }
}

TEST_CASE("a zero percentage and a power of ten are written in the language's digits and order") {
    const core::Value zero{"recovery", ValueKind::Fraction, 0.0, {}};
    const core::Value huge{"value", ValueKind::Log10, 22.6, "USDT"};
    {
        LanguageGuard g("tr");
        CHECK(present::format_value(zero) == "%0");
    }
    {
        LanguageGuard g("de");
        CHECK(present::format_value(zero) == "0" + std::string("\u00a0") + "%");
        CHECK(present::format_value(huge) == "etwa 39,8 Trilliarden USDT");
    }
    {
        LanguageGuard g("ar");
        CHECK(present::format_value(zero) == "٠٪\u061c"); // ICU's Arabic letter mark after %
        CHECK(present::format_value(huge) == "نحو ٣٩٫٨ سكستيليون USDT");
        // A power of ten runs left to right inside the right-to-left line, never "22^10":
        // left-to-right marks around the caret, the whole in an isolate.
        CHECK(present::power_of_ten(5.63, 1) == "\u2066١٠\u200e^\u200e٥٫٦\u2069");
    }
    CHECK(present::format_value(zero) == "0%");
    CHECK(present::format_value(zero, present::TextStyle::LocaleFree) == "0%");
}
