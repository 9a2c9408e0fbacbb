// The last-session file: forms survive exactly as typed, invalid text included.
#include "app/session.hpp"

#include "core/data_error.hpp"
#include "core/market_data.hpp"
#include "present/number_format.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace candor;
using namespace candor::app;

TEST_CASE("a session round-trips every field, even invalid ones") {
    Session s;
    OfferFormInput a;
    a.name = "Ä offer";
    a.principal = "five"; // invalid on purpose: the user's text is kept
    a.asset = "USDT";
    a.term_mode = TermMode::Dates;
    a.start = "2026-01-01";
    a.end = "2026-02-01";
    a.payout_mode = PayoutMode::Rate;
    a.rate = "27";
    a.compounding = "monthly";
    a.entry_fee = "10+1%";
    a.mix = "gold=100";
    a.scenario = "crypto_lender";
    a.claims = {"guaranteed", "pressure"};
    a.insured = "FDIC";
    OfferFormInput b;
    b.name = "B";
    b.days = "30";
    s.offers = {a, b};
    s.selected = 1;
    s.document_path = "/tmp/x.candor";
    s.modified = true;
    const Session back = session_from_json(session_to_json(s), "session.json");
    REQUIRE(back.offers.size() == 2);
    CHECK(back.offers[0] == a);
    CHECK(back.offers[1] == b);
    CHECK(back.selected == 1);
    CHECK(back.document_path == "/tmp/x.candor");
    CHECK(back.modified);
}

TEST_CASE("a damaged session file is refused with the key named") {
    CHECK_THROWS_AS(session_from_json("{", "s.json"), core::DataError);
    CHECK_THROWS_AS(session_from_json(R"({"session_version": 9, "offers": []})", "s.json"),
                    core::DataError);
    try {
        session_from_json(R"({"session_version": 1, "offers": [{"claims": [1]}]})", "s.json");
        FAIL("expected a DataError");
    } catch (const core::DataError& e) {
        CHECK(std::string(e.what()).find("claims") != std::string::npos);
    }
}

TEST_CASE("save_session creates the directory and leaves no temporary file") {
    const auto dir = std::filesystem::temp_directory_path() / "candor_session_test";
    std::filesystem::remove_all(dir);
    Session s;
    s.offers.push_back(OfferFormInput{});
    const std::string path = (dir / "sub" / "session.json").string();
    save_session(s, path);
    CHECK(std::filesystem::exists(path));
    CHECK(session_from_json(core::read_text_file(path), path).offers.size() == 1);
    int files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir / "sub")) {
        ++files;
    }
    CHECK(files == 1);
    std::filesystem::remove_all(dir);
}

TEST_CASE("numbers in a session are stored locale-free and restore in another language") {
    Session s;
    OfferFormInput a;
    a.name = "A";
    a.principal = "5.000,50 USDT";
    a.payout = "6.350";
    a.tax = "12,5 %";
    a.rate = "abc";      // no number: kept as typed in every language
    a.benchmark = "1.5"; // not a German number either
    s.offers = {a};
    present::set_locale("de");
    const std::string json = session_to_json(s);
    CHECK(json.find(R"("locale": "de")") != std::string::npos);
    CHECK(json.find(R"("number": "5000.5")") != std::string::npos);
    CHECK(json.find(R"("number": "6350")") != std::string::npos);
    CHECK(json.find(R"("number": "12.5")") != std::string::npos);

    // The same language: exactly as typed.
    const Session same = session_from_json(json, "session.json");
    REQUIRE(same.offers.size() == 1);
    CHECK(same.offers[0] == a);

    // English: the numbers in English form, the rest as typed.
    present::set_locale("en");
    const Session en = session_from_json(json, "session.json");
    REQUIRE(en.offers.size() == 1);
    CHECK(en.offers[0].principal == "5000.5 USDT");
    CHECK(en.offers[0].payout == "6350");
    CHECK(en.offers[0].tax == "12.5 %");
    CHECK(en.offers[0].rate == "abc");
    CHECK(en.offers[0].benchmark == "1.5");
    CHECK(en.offers[0].name == "A");

    // And back: written in English, read in German and in Arabic.
    OfferFormInput b;
    b.principal = "5,000.25";
    b.recovery = "40.5%";
    s.offers = {b};
    const std::string json_en = session_to_json(s);
    present::set_locale("de");
    const Session de = session_from_json(json_en, "session.json");
    CHECK(de.offers.at(0).principal == "5000,25");
    CHECK(de.offers.at(0).recovery == "40,5%");
    present::set_locale("ar");
    const Session ar = session_from_json(json_en, "session.json");
    CHECK(ar.offers.at(0).principal == "٥٠٠٠٫٢٥");
    present::set_locale("");
}

TEST_CASE("an older session file (version 1, every field a string) loads as typed") {
    present::set_locale("de");
    const Session s = session_from_json(
        R"({"session_version": 1, "selected": 0, "offers": [{"principal": "5.000,50", "tax": "x"}]})",
        "session.json");
    present::set_locale("");
    REQUIRE(s.offers.size() == 1);
    CHECK(s.offers[0].principal == "5.000,50");
    CHECK(s.offers[0].tax == "x");
    // A newer version than this program knows is refused with the key named.
    try {
        session_from_json(R"({"session_version": 3, "offers": []})", "s.json");
        FAIL("expected a DataError");
    } catch (const core::DataError& e) {
        CHECK(std::string(e.what()).find("session_version") != std::string::npos);
    }
    // Only the locale-free number (no typed text): written in the current locale's form.
    present::set_locale("de");
    const Session bare = session_from_json(
        R"({"session_version": 2, "locale": "de", "offers": [{"principal": {"number": "5000.5"}}]})",
        "s.json");
    present::set_locale("");
    CHECK(bare.offers.at(0).principal == "5000,5");
    // A damaged number object: the key is named.
    CHECK_THROWS_AS(
        session_from_json(R"({"session_version": 2, "offers": [{"principal": {"typed": 5}}]})",
                          "s.json"),
        core::DataError);
}
