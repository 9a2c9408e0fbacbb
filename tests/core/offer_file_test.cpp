#include "core/data_error.hpp"
#include "core/examples.hpp"
#include "core/offer_file.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace candor::core;
namespace fs = std::filesystem;

namespace {

OfferSet sample() {
    OfferSet s;
    OfferEntry e{find_example("platform-a-usdt").offer,
                 Assumptions::defaults(),
                 "crypto_lender",
                 {"guaranteed", "referral"}};
    e.assumptions.entry_fee = parse_fee("10+1%", "fee");
    e.assumptions.recovery = 0.25;
    s.offers.push_back(e);
    Offer rated = find_example("platform-a-xrp").offer;
    rated.advertised_payout.reset();
    rated.advertised_rate = Rate(0.12, Compounding::Compounded, Frequency::Monthly);
    rated.term = Term::from_start(parse_date("2026-02-01", "start"), 30);
    s.offers.push_back({rated, Assumptions::defaults(), "", {}});
    return s;
}

fs::path temp_dir() {
    fs::path p = fs::temp_directory_path() / "candor-offer-file-test";
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
}

} // namespace

TEST_CASE("an offer set survives a save and a load unchanged") {
    const OfferSet s = sample();
    const std::string text = to_json_text(s);
    const OfferSet back = parse_offer_set(text, "mem.candor");
    REQUIRE(back.offers.size() == 2);
    CHECK(back.offers[0].offer.principal == s.offers[0].offer.principal);
    CHECK(*back.offers[0].offer.advertised_payout == *s.offers[0].offer.advertised_payout);
    CHECK(back.offers[0].assumptions.entry_fee.flat == 10.0);
    CHECK(back.offers[0].assumptions.entry_fee.percent == doctest::Approx(0.01));
    CHECK(back.offers[0].assumptions.recovery == 0.25);
    CHECK(back.offers[0].scenario == "crypto_lender");
    CHECK(back.offers[0].claims.size() == 2);
    CHECK(back.offers[0].offer.claimed_mix == s.offers[0].offer.claimed_mix);
    CHECK(back.offers[1].offer.advertised_rate->value() == 0.12);
    CHECK(back.offers[1].offer.advertised_rate->frequency() == Frequency::Monthly);
    CHECK(format_date(*back.offers[1].offer.term.start()) == "2026-02-01");
    CHECK(to_json_text(back) == text);
}

TEST_CASE("saving is atomic and leaves no temporary file") {
    const fs::path dir = temp_dir();
    const fs::path file = dir / "offers.candor";
    save_offer_set_atomic(sample(), file.string());
    CHECK(load_offer_set(file.string()).offers.size() == 2);
    // Overwrite with a smaller set; the result is the new document, whole.
    OfferSet one = sample();
    one.offers.pop_back();
    save_offer_set_atomic(one, file.string());
    CHECK(load_offer_set(file.string()).offers.size() == 1);
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) {
        ++entries;
    }
    CHECK(entries == 1);
    // A directory that does not exist: an error naming the path, nothing written.
    CHECK_THROWS_WITH_AS(save_offer_set_atomic(one, (dir / "missing" / "x.candor").string()),
                         doctest::Contains("missing/x.candor"), DataError);
    fs::remove_all(dir);
}

TEST_CASE("a newer or foreign file is refused with a clear message") {
    CHECK_THROWS_WITH_AS(parse_offer_set(R"({"format": "candor-offers", "version": 99,
        "offers": []})",
                                         "new.candor"),
                         doctest::Contains("version"), DataError);
    CHECK_THROWS_WITH_AS(parse_offer_set(R"({"format": "spreadsheet", "version": 1})", "x"),
                         doctest::Contains("format"), DataError);
    CHECK_THROWS_WITH_AS(parse_offer_set("not json", "x.candor"), doctest::Contains("x.candor:1"),
                         DataError);
}

TEST_CASE("the shipped example file loads") {
    const OfferSet s = load_offer_set(CANDOR_SOURCE_DIR "/examples/platform-a.candor");
    CHECK(s.offers.size() == 3);
}

TEST_CASE("claims that are not all text are refused naming claims") {
    const std::string text = R"({"offers": [{"name": "A", "principal": "5000 USDT",
        "asset": "USDT", "days": 20, "payout": "6350", "claims": ["guaranteed", 3]}],
        "format": "candor-offers", "version": 1})";
    DataError e{"", "", ""};
    try {
        (void)parse_offer_set(text, "c.candor");
        FAIL("accepted");
    } catch (const DataError& d) {
        e = d;
    }
    CHECK(e.key() == "offers[0].claims");
    CHECK(e.line() == 2);
    CHECK(e.problem_template() == "expected a list of checklist ids");
    std::string fine = text;
    fine.replace(fine.find(", 3]"), 4, ", \"referral\"]");
    const OfferSet set = parse_offer_set(fine, "c.candor");
    CHECK(set.offers.at(0).claims == std::vector<std::string>{"guaranteed", "referral"});
}
