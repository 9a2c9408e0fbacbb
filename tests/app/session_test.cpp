// The last-session file: forms survive exactly as typed, invalid text included.
#include "app/session.hpp"

#include "core/data_error.hpp"
#include "core/market_data.hpp"

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
