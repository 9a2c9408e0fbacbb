// Text from users shown safely (issue 13, section 4): terminal controls, direction overrides and
// invalid UTF-8 never reach a reader as they are; spreadsheets never run a name as a formula.
#include "present/analysis_csv.hpp"
#include "present/json_writer.hpp"
#include "present/offer_label.hpp"
#include "present/visible_text.hpp"

#include <doctest/doctest.h>

#include <string>

using candor::present::csv_cell;
using candor::present::json_text;
using candor::present::Keep;
using candor::present::offer_name;
using candor::present::visible_text;

namespace {
const std::string fffd = "\xEF\xBF\xBD";
}

TEST_CASE("controls, overrides and invalid UTF-8 in user text become U+FFFD") {
    using namespace std::string_literals;
    CHECK(visible_text("\x1b]0;title\a") == fffd + "]0;title" + fffd);
    CHECK(visible_text("a\x1b[2Jb") == "a" + fffd + "[2Jb");
    CHECK(visible_text("nul\0here"s) == "nul" + fffd + "here");
    CHECK(visible_text("two\nlines\r\tx") == "two" + fffd + "lines" + fffd + fffd + "x");
    CHECK(visible_text("del\x7f") == "del" + fffd);
    CHECK(visible_text("csi\xC2\x9B"
                       "2J") == "csi" + fffd + "2J"); // U+009B
    CHECK(visible_text("abc\xE2\x80\xAE"
                       "cba") == "abc" + fffd + "cba");                    // U+202E RLO
    CHECK(visible_text("\xE2\x80\xAA\xE2\x80\xAC") == fffd + fffd);        // LRE, PDF
    CHECK(visible_text("\xE2\x81\xA6x\xE2\x81\xA9") == fffd + "x" + fffd); // LRI, PDI
    CHECK(visible_text("ls\xE2\x80\xA8ps\xE2\x80\xA9") == "ls" + fffd + "ps" + fffd);
    CHECK(visible_text("bad\xFF\xC3") == "bad" + fffd + fffd); // not UTF-8
    CHECK(visible_text("\xC0\xAF") == fffd + fffd);            // overlong '/'
    CHECK(visible_text("\xED\xA0\x80") == fffd + fffd + fffd); // a surrogate
}

TEST_CASE("ordinary text, other scripts and directional marks are kept") {
    const std::string text = "Café 5,000 USDT — منصة ٥٬٠٠٠ \xE2\x80\x8F\xD8\x9C\xE2\x80\x8E 😀";
    CHECK(visible_text(text) == text);
    CHECK(visible_text("") == "");
}

TEST_CASE("composed text keeps its line breaks and direction isolates, not overrides") {
    const std::string isolated = "\xE2\x81\xA8name\xE2\x81\xA9\nnext";
    CHECK(visible_text(isolated, Keep::LinesAndIsolates) == isolated);
    CHECK(visible_text("a\xE2\x80\xAE\x1b"
                       "b\tc",
                       Keep::LinesAndIsolates) == "a" + fffd + fffd + "b" + fffd + "c");
}

TEST_CASE("a typed offer name is shown cleaned - built-in names are translated") {
    CHECK(offer_name("Evil\x1b[2J\xE2\x80\xAE") == "Evil" + fffd + "[2J" + fffd);
    CHECK(offer_name("Plain name") == "Plain name");
}

TEST_CASE("CSV: text that would run as a formula is kept as text - numbers stay numbers") {
    CHECK(csv_cell("=HYPERLINK(\"http://x\",\"y\")") ==
          "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    CHECK(csv_cell("+33 6 12") == "'+33 6 12");
    CHECK(csv_cell("-2+3") == "'-2+3");
    CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_cell("=") == "'=");
    CHECK(csv_cell("\t=1") == "'" + fffd + "=1");
    CHECK(csv_cell("\r=1") == "'" + fffd + "=1");
    CHECK(csv_cell("-inf") == "'-inf");
    for (const char* number : {"-0.25", "+5", "-1e-05", "-3E+20", "0", "5000", "-.5"}) {
        CAPTURE(number);
        CHECK(csv_cell(number) == number);
    }
    CHECK(csv_cell("Plain, with comma") == "\"Plain, with comma\"");
    CHECK(csv_cell("a\x1b[2J") == "a" + fffd + "[2J");
    CHECK(csv_cell("") == "");
}

TEST_CASE("JSON text escapes what a terminal would act on and never writes -0") {
    nlohmann::ordered_json j;
    j["name"] = "x\x1b[2J\xC2\x9B\x7f\xE2\x80\xAE\xE2\x81\xA6 é";
    j["zero"] = -0.0;
    j["list"] = {-0.0, 1.5, -2.0};
    const std::string text = json_text(j);
    CHECK(text.find("\"x\\u001b[2J\\u009b\\u007f\\u202e\\u2066 é\"") != std::string::npos);
    CHECK(text.find("\"zero\": 0.0") != std::string::npos);
    CHECK(text.find("-0.0") == std::string::npos);
    CHECK(text.find("-2.0") != std::string::npos);
    // The same document back.
    const auto back = nlohmann::ordered_json::parse(text);
    CHECK(back["name"] == j["name"]);
    CHECK(back["list"][1] == 1.5);
}
