// The form's fields listed once (app/form_fields.hpp): every member of OfferFormInput is in the
// table, and the session file keeps the keys it had when each list was written by hand.
#include "app/form_fields.hpp"
#include "app/session.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

using namespace candor;
using namespace candor::app;

TEST_CASE("the table covers every field of the form once") {
    std::set<std::string> ids;
    for (const FormField& f : form_fields()) {
        CHECK_MESSAGE(ids.insert(f.id).second, f.id);
        CHECK(std::string(f.label).size() > 1);
        CHECK(find_form_field(f.id) == &f);
    }
    CHECK(ids.size() == 24);
    CHECK(find_form_field("no_such_field") == nullptr);

    // Every text member set through the table, the modes to their second choice.
    OfferFormInput in;
    for (const FormField& f : form_fields()) {
        if (f.kind == FieldKind::Mode) {
            set_field_value(in, f, f.id == std::string(field::term_mode) ? "dates" : "rate");
        } else if (f.kind != FieldKind::Claims) {
            set_field_value(in, f, std::string("v_") + f.id);
        }
    }
    OfferFormInput expected;
    expected.name = "v_name";
    expected.principal = "v_principal";
    expected.asset = "v_asset";
    expected.term_mode = TermMode::Dates;
    expected.days = "v_days";
    expected.start = "v_start";
    expected.end = "v_end";
    expected.day_count = "v_day_count";
    expected.payout_mode = PayoutMode::Rate;
    expected.payout = "v_payout";
    expected.rate = "v_rate";
    expected.compounding = "v_compounding";
    expected.entry_fee = "v_entry_fee";
    expected.exit_fee = "v_exit_fee";
    expected.tax = "v_tax";
    expected.inflation = "v_inflation";
    expected.benchmark = "v_benchmark";
    expected.recovery = "v_recovery";
    expected.mix = "v_mix";
    expected.scenario = "v_scenario";
    expected.fail_year = "v_fail_year";
    expected.recovery_delay = "v_recovery_delay";
    expected.insured = "v_insured";
    CHECK(in == expected);
    for (const FormField& f : form_fields()) {
        if (f.kind == FieldKind::Text || f.kind == FieldKind::Choice || f.kind == FieldKind::Date) {
            CHECK(field_value(in, f) == std::string("v_") + f.id);
        }
    }
    CHECK(field_value(in, *find_form_field(field::term_mode)) == "dates");
    CHECK(field_value(in, *find_form_field(field::payout_mode)) == "rate");
    // An unknown mode word is the first mode.
    set_field_value(in, *find_form_field(field::term_mode), "weeks");
    CHECK(in.term_mode == TermMode::Days);
}

TEST_CASE("the localized number fields come from the table, in the order they had") {
    std::vector<std::string> ids;
    for (const LocalizedField& f : localized_fields()) {
        ids.emplace_back(f.id);
    }
    CHECK(ids == std::vector<std::string>{"principal", "days", "payout", "rate", "tax", "inflation",
                                          "benchmark", "recovery", "fail_year", "recovery_delay"});
    CHECK(localized_fields().front().kind == NumberKind::Amount);
    CHECK(localized_fields()[1].kind == NumberKind::Plain);
    CHECK(localized_fields()[3].kind == NumberKind::Percent);
}

TEST_CASE("a session offer has the keys it had before the table") {
    Session s;
    s.offers.emplace_back();
    const auto j = nlohmann::json::parse(session_to_json(s));
    std::set<std::string> keys;
    for (const auto& item : j.at("offers").at(0).items()) {
        keys.insert(item.key());
    }
    CHECK(keys == std::set<std::string>{"name",        "principal",      "asset",  "term_mode",
                                        "days",        "start",          "end",    "day_count",
                                        "payout_mode", "payout",         "rate",   "compounding",
                                        "entry_fee",   "exit_fee",       "tax",    "inflation",
                                        "benchmark",   "recovery",       "mix",    "scenario",
                                        "fail_year",   "recovery_delay", "claims", "insured"});
    CHECK(j.at("offers").at(0).at("term_mode") == "days");
    CHECK(j.at("offers").at(0).at("payout_mode") == "payout");
}

TEST_CASE("a session file written before the table reads the same") {
    // As session_to_json wrote it by hand-listed keys (claims before insured).
    const std::string text = R"({"session_version": 2, "locale": "en", "document_path": "",
      "modified": false, "selected": 0, "offers": [{"name": "Old", "principal": "5000",
      "asset": "USDT", "term_mode": "dates", "days": "30", "start": "2026-01-01",
      "end": "2026-03-01", "day_count": "ACT/360", "payout_mode": "rate", "payout": "",
      "rate": "12", "compounding": "monthly", "entry_fee": "10", "exit_fee": "1%", "tax": "15",
      "inflation": "", "benchmark": "4", "recovery": "20", "mix": "gold=100",
      "scenario": "crypto_lender", "fail_year": "5", "recovery_delay": "2",
      "claims": ["guaranteed"], "insured": "FDIC"}]})";
    const Session s = session_from_json(text, "session.json");
    REQUIRE(s.offers.size() == 1);
    const OfferFormInput& in = s.offers[0];
    CHECK(in.name == "Old");
    CHECK(in.term_mode == TermMode::Dates);
    CHECK(in.start == "2026-01-01");
    CHECK(in.end == "2026-03-01");
    CHECK(in.day_count == "ACT/360");
    CHECK(in.payout_mode == PayoutMode::Rate);
    CHECK(in.rate == "12");
    CHECK(in.compounding == "monthly");
    CHECK(in.exit_fee == "1%");
    CHECK(in.recovery_delay == "2");
    CHECK(in.claims == std::vector<std::string>{"guaranteed"});
    CHECK(in.insured == "FDIC");
    // Written again and read back: the same form.
    CHECK(session_from_json(session_to_json(s), "session.json").offers[0] == in);
}
