// Text columns and wrapping in every language (issue 15): tables line up by display width
// (present::display_width), not by bytes; the help's descriptions start at one column in
// Turkish and Arabic; positional arguments and scenario presets are shown by name, not id, and
// option values by a word of the language (Turkish "--example AD", not "NAME").
#include <doctest/doctest.h>

#include "cli_harness.hpp"

#include "present/display_width.hpp"

#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using candor::present::display_width;
using candor::test::run_cli;

const char* const languages[] = {"en", "es", "pt_BR", "fr", "de", "tr", "ar"};

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        lines.push_back(line);
    }
    return lines;
}

/// The display column where a table row's second column starts: after the label and the run
/// of two or more spaces that pads it; for a row with an empty label, its first text.
std::size_t second_column(const std::string& line) {
    std::size_t i = line.find_first_not_of(' ', 2);
    if (i == std::string::npos) {
        return 0;
    }
    if (i == 2) {
        const auto gap = line.find("  ", 2);
        if (gap == std::string::npos) {
            return 0;
        }
        i = line.find_first_not_of(' ', gap);
    }
    return display_width(line.substr(0, i));
}

/// The first table of `out`: its heading row (an empty label, so ten or more spaces
/// first) and the rows after it up to the first empty line.
std::vector<std::string> first_table(const std::string& out) {
    std::vector<std::string> rows;
    for (const std::string& line : lines_of(out)) {
        if (rows.empty() && line.rfind("          ", 0) != 0) {
            continue;
        }
        if (line.empty()) {
            break;
        }
        rows.push_back(line);
    }
    return rows;
}

void check_aligned(const std::vector<std::string>& rows) {
    REQUIRE(rows.size() >= 6);
    const std::size_t column = second_column(rows.front());
    CHECK(column >= 34);
    for (const std::string& row : rows) {
        CAPTURE(row);
        CHECK(second_column(row) == column);
    }
}

} // namespace

TEST_CASE("display width counts what a terminal shows") {
    CHECK(display_width("Payout") == 6);
    CHECK(display_width("METİN") == 5);                        // Turkish dotted capital I: 2 bytes
    CHECK(display_width("I\u0307") == 1);                      // I + combining dot above
    CHECK(display_width("\u2066١٠\u200e^\u200e٥\u2069") == 4); // isolates and marks take none
    CHECK(display_width("مُعَدَّل") == 4);                         // Arabic letters with vowel signs
    CHECK(display_width("年率") == 4);                         // East Asian wide
    const auto lines = candor::present::wrap_to_width("aa bb cc dd", 5, 5);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "aa bb");
    CHECK(lines[1] == "cc dd");
    CHECK(candor::present::pad_to_width("İ", 3) == "İ  ");
}

TEST_CASE("simulate's table lines up in every language") {
    for (const std::string lang : languages) {
        CAPTURE(lang);
        const auto r = run_cli({"--lang", lang, "simulate", "--example", "--paths", "2000",
                                "--threads", "1", "--scenario", "crypto-lender-2022"});
        REQUIRE(r.code == 0);
        check_aligned(first_table(r.out));
    }
}

TEST_CASE("the analysis' key figures line up in every language") {
    for (const std::string lang : languages) {
        CAPTURE(lang);
        const auto r = run_cli({"--lang", lang, "analyze", "--example"});
        REQUIRE(r.code == 0);
        check_aligned(first_table(r.out));
    }
}

TEST_CASE("wrapped paragraphs fill the line by display width in every language") {
    for (const std::string lang : languages) {
        CAPTURE(lang);
        const auto r = run_cli({"--lang", lang, "analyze", "--example"});
        REQUIRE(r.code == 0);
        std::size_t widest = 0;
        for (const std::string& line : lines_of(r.out)) {
            // The disclosures' wrapped details: six spaces, then text.
            if (line.size() > 6 && line.rfind("      ", 0) == 0 && line[6] != ' ') {
                CAPTURE(line);
                CHECK(display_width(line) <= 94);
                widest = std::max(widest, display_width(line));
            }
        }
        CHECK(widest >= 80); // not wrapped early (bytes would stop Arabic near 50)
    }
}

TEST_CASE("the Ponzi reading is wrapped at 94 columns in every language") {
    for (const std::string lang : languages) {
        CAPTURE(lang);
        const auto r = run_cli({"--lang", lang, "analyze", "--example", "platform-a-xrp"});
        REQUIRE(r.code == 0);
        // Prose two spaces in (the Ponzi reading's paragraphs): not a table row (no run of
        // spaces inside) and not a disclosure's headline ("  [Warning] ...").
        std::size_t prose = 0;
        for (const std::string& line : lines_of(r.out)) {
            const bool two_in = line.size() > 2 && line.rfind("  ", 0) == 0 && line[2] != ' ';
            if (two_in && line[2] != '[' && line.find("  ", 2) == std::string::npos) {
                CAPTURE(line);
                CHECK(display_width(line) <= 94);
                ++prose;
            }
        }
        CHECK(prose >= 4); // the reading's two paragraphs, each over more than one line
    }
}

TEST_CASE("the help's descriptions start at one column in Turkish and Arabic") {
    for (const std::string lang : {"en", "tr", "ar", "de"}) {
        CAPTURE(lang);
        const auto r = run_cli({"--lang", lang, "analyze", "--help"});
        REQUIRE(r.code == 0);
        std::set<std::size_t> columns;
        for (const std::string& line : lines_of(r.out)) {
            // An option line whose name leaves room for its description on the same line.
            if (line.rfind("  -", 0) != 0) {
                continue;
            }
            const auto gap = line.find("  ", 2);
            if (gap == std::string::npos || display_width(line.substr(0, gap)) >= 29) {
                continue;
            }
            columns.insert(display_width(line.substr(0, line.find_first_not_of(' ', gap))));
        }
        CAPTURE(columns.size());
        REQUIRE_FALSE(columns.empty());
        CHECK(columns.size() == 1);
    }
}

TEST_CASE("positional arguments are named in the language of the help") {
    const std::regex id_word("\\b(file|kind)\\b");
    for (const std::string lang : {"es", "pt_BR", "fr", "de", "tr", "ar"}) {
        CAPTURE(lang);
        for (const char* command : {"analyze", "report", "chart"}) {
            CAPTURE(command);
            const auto r = run_cli({"--lang", lang, command, "--help"});
            REQUIRE(r.code == 0);
            CHECK_FALSE(std::regex_search(r.out, id_word));
        }
    }
    const auto en = run_cli({"--lang", "en", "chart", "--help"});
    CHECK(std::regex_search(en.out, id_word));
}

TEST_CASE("the help names option values in the language and never NAME or SCHEME or FILE") {
    // --example and --scenario take a NAME, --insured a SCHEME; their help texts refer to the
    // same word, and --input-format to the positional file by its translated name.
    const std::regex english("\\b(NAME|SCHEME|FILE)\\b");
    for (const std::string lang : {"es", "pt_BR", "fr", "tr", "ar"}) {
        CAPTURE(lang);
        for (const char* command : {"analyze", "report", "chart", "simulate"}) {
            CAPTURE(command);
            const auto r = run_cli({"--lang", lang, command, "--help"});
            REQUIRE(r.code == 0);
            CHECK_FALSE(std::regex_search(r.out, english));
        }
    }
    const auto tr = run_cli({"--lang", "tr", "simulate", "--help"});
    REQUIRE(tr.code == 0);
    CHECK(tr.out.find("--example AD") != std::string::npos);
    CHECK(tr.out.find("AD verilmezse") != std::string::npos);
    CHECK(tr.out.find("--scenario AD") != std::string::npos);
    CHECK(tr.out.find("--insured SİSTEM") != std::string::npos);
    CHECK(tr.out.find("SİSTEM verilmezse") != std::string::npos);
    // German keeps NAME (the German word), and names the scheme SYSTEM.
    const auto de = run_cli({"--lang", "de", "analyze", "--help"});
    REQUIRE(de.code == 0);
    CHECK(de.out.find("--insured SYSTEM") != std::string::npos);
    CHECK(de.out.find("SCHEME") == std::string::npos);
    CHECK(de.out.find("FILE") == std::string::npos);
    // English names the values as its help texts do.
    const auto en = run_cli({"--lang", "en", "analyze", "--help"});
    REQUIRE(en.code == 0);
    CHECK(en.out.find("--example NAME") != std::string::npos);
    CHECK(en.out.find("--scenario NAME") != std::string::npos);
    CHECK(en.out.find("--insured SCHEME") != std::string::npos);
}

TEST_CASE("simulate names its scenario preset in the language, never by its id") {
    const auto en = run_cli({"--lang", "en", "simulate", "--example", "--paths", "2000",
                             "--scenario", "crypto-lender-2022"});
    REQUIRE(en.code == 0);
    CHECK(en.out.find("Scenario: Crypto lender like those that failed in 2022") !=
          std::string::npos);
    const auto es = run_cli({"--lang", "es", "simulate", "--example", "--paths", "2000",
                             "--scenario", "crypto-lender-2022"});
    REQUIRE(es.code == 0);
    CHECK(es.out.find("crypto-lender-2022") == std::string::npos);
    CHECK(es.out.find("Escenario: ") != std::string::npos);
}
