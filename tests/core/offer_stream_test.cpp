#include "core/data_error.hpp"
#include "core/input_error.hpp"
#include "core/limits.hpp"
#include "core/market_data.hpp"
#include "core/offer_stream.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace candor::core;

TEST_CASE("CSV records: quotes and doubled quotes and commas and line breaks inside quotes") {
    std::vector<std::string> f;
    CHECK(split_csv_record(R"(a,"b,c","say ""hi""",,e)", f, "x.csv", 1));
    CHECK(f == std::vector<std::string>{"a", "b,c", "say \"hi\"", "", "e"});
    CHECK_FALSE(split_csv_record("a,\"open", f, "x.csv", 1)); // goes on in the next line
    CHECK(split_csv_record("a,\"open\nclosed\"", f, "x.csv", 1));
    CHECK(f.back() == "open\nclosed");
    CHECK(split_csv_record("", f, "x.csv", 1));
    CHECK(f == std::vector<std::string>{""});
    CHECK_THROWS_WITH_AS(split_csv_record("a,b\"c", f, "x.csv", 7),
                         "x.csv:7: a quote inside an unquoted CSV field", DataError);
    CHECK_THROWS_WITH_AS(split_csv_record("\"a\"b", f, "x.csv", 2),
                         "x.csv:2: text after a closing quote in a CSV field", DataError);
}

TEST_CASE("lines are bounded and CRLF and a last line without a break are read") {
    int p[2];
    REQUIRE(::pipe(p) == 0);
    const std::string text = "one\r\ntwo\n" + std::string(20, 'x') + "\nlast";
    REQUIRE(::write(p[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    ::close(p[1]);
    LineReader r(p[0], "in", 10, nullptr);
    std::string line;
    REQUIRE(r.next(line) == LineReader::Status::Line);
    CHECK(line == "one");
    REQUIRE(r.next(line) == LineReader::Status::Line);
    CHECK(line == "two");
    CHECK_THROWS_WITH_AS(
        r.next(line), "in:3: a line longer than 10 bytes, the most read as one record", DataError);
    ::close(p[0]);
}

TEST_CASE("a document larger than the limit is refused as soon as it passes it") {
    CHECK_THROWS_WITH_AS((void)read_text_file("/dev/zero"),
                         "/dev/zero: larger than 67108864 bytes, the most read from one file",
                         DataError);
    static_assert(max_document_bytes == 64u << 20);
}

TEST_CASE("an offer name longer than the limit is refused naming the field") {
    const auto defaults = Assumptions::defaults();
    const std::string long_name(max_name_characters + 1, 'a');
    const std::string doc = R"({"format": "candor-offers", "version": 1, "offers": [{"name": ")" +
                            long_name +
                            R"(", "principal": "100 USD", "asset": "USD", "days": 30,
                            "payout": "101 USD"}]})";
    CHECK_THROWS_WITH_AS(parse_offer_set(doc, "f.candor", defaults),
                         "f.candor:1: offers[0].name: expected a name of at most 200 characters",
                         DataError);
    try {
        Offer o = parse_offer_set(R"({"format": "candor-offers", "version": 1, "offers": [
            {"name": "x", "principal": "100 USD", "asset": "USD", "days": 30,
             "payout": "101 USD"}]})",
                                  "f.candor", defaults)
                      .offers.front()
                      .offer;
        o.name = long_name;
        validate(o);
        FAIL("a long name was accepted");
    } catch (const InputError& e) {
        CHECK(e.field() == "name");
        CHECK(e.got().size() < 40); // the start of the name, not all of it
    }
}

namespace {

/// The offers of `text` read as JSON Lines, until the end or the first error's message.
std::string read_jsonl(const std::string& text, std::vector<OfferEntry>& read) {
    const auto path = std::filesystem::temp_directory_path() / "candor-offer-stream-test.jsonl";
    std::ofstream(path, std::ios::binary) << text;
    OfferStream in(path.string(), StreamFormat::JsonLines, Assumptions::defaults(), nullptr);
    try {
        for (OfferEntry e; in.next(e);) {
            read.push_back(e);
        }
    } catch (const DataError& e) {
        const std::string message = e.what();
        return message.substr(message.find(':') + 1); // without the temporary path
    }
    return "";
}

} // namespace

TEST_CASE("JSON Lines: each line is its own offer and errors name the key and the file's line") {
    // A long line and then shorter ones: each record is read whole and alone.
    const std::string good =
        R"({"name": "A long offer name for a long line", "principal": "5000 USDT", )"
        R"("asset": "USDT", "days": 20, "payout": "6350", "claims": ["guaranteed"]})"
        "\n\n"
        R"({"name": "B", "principal": "1 USD", "asset": "USD", "days": 9, "payout": "2"})"
        "\n";
    std::vector<OfferEntry> read;
    CHECK(read_jsonl(good, read).empty());
    REQUIRE(read.size() == 2);
    CHECK(read[0].offer.name == "A long offer name for a long line");
    CHECK(read[0].claims == std::vector<std::string>{"guaranteed"});
    CHECK(read[1].offer.name == "B");
    CHECK(read[1].offer.principal.minor() == 100);
    CHECK(read[1].claims.empty());

    const std::string twice =
        R"({"name": "C", "principal": "5000 USDT", "asset": "USDT", "days": 20, )"
        R"("payout": "6350", "assumptions": {"inflation": 0.03, "recovery": 0.5, "inflation": 0.04}})"
        "\n";
    read.clear();
    CHECK(read_jsonl(good + twice, read) ==
          "4: assumptions.inflation: given twice in the same object");
    CHECK(read.size() == 2);
    const std::string range =
        R"({"name": "B", "principal": "1 USD", "asset": "USD", "days": 9, "payout": "2", )"
        R"("assumptions": {"recovery": 2}})";
    CHECK(read_jsonl(range, read) ==
          "1: assumptions.recovery: expected a number from 0 to 1, got 2");
    const std::string claims =
        R"({"name": "B", "principal": "1 USD", "asset": "USD", "days": 9, "payout": "2", )"
        R"("claims": "x"})";
    CHECK(read_jsonl(claims, read) == "1: claims: expected an array");
    const std::string escaped =
        R"({"name": "B\u00e9", "principal": "1 USD", "asset": "USD", "days": 9, "payout": "2"})";
    read.clear();
    CHECK(read_jsonl(escaped, read).empty());
    REQUIRE(read.size() == 1);
    CHECK(read[0].offer.name == "B\xC3\xA9");
}
