#include <doctest/doctest.h>

#include "cli_harness.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Result = candor::test::CliResult;
using candor::test::run_cli;

/// Words of three or more ASCII letters.
std::set<std::string> english_words(const std::string& text) {
    std::set<std::string> words;
    const std::regex word("[A-Za-z]{3,}");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), word);
         it != std::sregex_iterator(); ++it) {
        words.insert(it->str());
    }
    return words;
}

/// The msgids of the template, so that a test can tell which English strings the CLI shows.
std::vector<std::string> template_msgids() {
    std::ifstream in(std::string(CANDOR_SOURCE_DIR) + "/locale/candor.pot");
    std::vector<std::string> ids;
    std::string line;
    std::string current;
    bool in_msgid = false;
    auto unquote = [](const std::string& s) {
        std::string out;
        for (std::size_t i = s.find('"') + 1; i + 1 < s.size(); ++i) {
            if (s[i] == '\\' && i + 2 < s.size()) {
                ++i;
                out.push_back(s[i] == 'n' ? '\n' : s[i]);
            } else {
                out.push_back(s[i]);
            }
        }
        return out;
    };
    while (std::getline(in, line)) {
        if (line.rfind("msgid ", 0) == 0 || line.rfind("msgid_plural ", 0) == 0) {
            if (in_msgid && !current.empty()) {
                ids.push_back(current);
            }
            current = unquote(line);
            in_msgid = true;
        } else if (in_msgid && line.rfind("\"", 0) == 0) {
            current += unquote(line);
        } else {
            if (in_msgid && !current.empty()) {
                ids.push_back(current);
            }
            in_msgid = false;
            current.clear();
        }
    }
    return ids;
}

/// The literal pieces of a msgid between its {n} placeholders.
std::vector<std::string> literal_pieces(const std::string& msgid) {
    std::vector<std::string> pieces;
    const std::regex placeholder(R"(\{[0-9]+\})");
    std::sregex_token_iterator it(msgid.begin(), msgid.end(), placeholder, -1);
    for (; it != std::sregex_token_iterator(); ++it) {
        if (it->length() >= 4) {
            pieces.push_back(it->str());
        }
    }
    return pieces;
}

struct Expectation {
    const char* lang;
    std::vector<std::string> numbers; // locale-formatted figures that must appear
    std::set<std::string> same_word;  // words spelled the same in English and this language
};

// Words that stay as they are in every language: asset codes, day-count names, index names, the
// proper name of the Fisher relation and the name of the collapsed scheme whose deposits the Ponzi
// model uses (a proper noun, data/collapsed_schemes.json).
const std::set<std::string> codes = {"USDT",       "ACT",      "XRP",    "USD",     "CPI",
                                     "Fisher",     "Baa",      "Candor", "Charles", "Ponzi",
                                     "Securities", "Exchange", "Company"};

} // namespace

TEST_CASE("analyze --example in each language: numbers per locale, nothing left in English") {
    const Result en = run_cli({"--lang", "en", "analyze", "--example"});
    REQUIRE(en.code == 0);
    REQUIRE(en.out.find("6,350.00 USDT") != std::string::npos);
    REQUIRE(en.out.find("7,741.84%") != std::string::npos);

    const std::string nbsp = "\u00a0";
    const std::string nnbsp = "\u202f";
    const Expectation expectations[] = {
        {"es",
         {"6350,00 USDT", "7741,84" + nbsp + "%", "30.747.217,45 USDT", "10^5,6"},
         {"real", "simple", "all"}},
        {"pt_BR",
         {"6.350,00 USDT", "7.741,84%", "30.747.217,45 USDT", "10^5,6"},
         {"real", "principal", "for", "extra"}},
        {"fr",
         {"6" + nnbsp + "350,00 USDT", "7" + nnbsp + "741,84" + nbsp + "%",
          "30" + nnbsp + "747" + nnbsp + "217,45 USDT", "10^5,6"},
         {"Gain", "inflation", "Inflation", "Info", "long", "relation", "Verdict"}},
        {"de",
         {"6.350,00 USDT", "7.741,84" + nbsp + "%", "30.747.217,45 USDT", "10^5,6"},
         // "Break-even" is the German finance term too (locale/glossary/de.tsv).
         {"Gold", "Inflation", "was", "Break", "even"}},
        {"tr",
         {"6.350,00 USDT", "%7.741,84", "30.747.217,45 USDT", "10^5,6"},
         {"Net", "platform", "pay"}},
        {"ar", {"٦٬٣٥٠٫٠٠ USDT", "٧٬٧٤١٫٨٤٪", "٣٠٬٧٤٧٬٢١٧٫٤٥ USDT", "١٠\u200e^\u200e٥٫٦"}, {}},
    };
    const auto msgids = template_msgids();
    REQUIRE(msgids.size() > 50);
    for (const Expectation& x : expectations) {
        const std::string lang = x.lang;
        CAPTURE(lang);
        const Result r = run_cli({"--lang", x.lang, "analyze", "--example"});
        REQUIRE(r.code == 0);
        CHECK(r.err.empty());
        for (const std::string& n : x.numbers) {
            CAPTURE(n);
            CHECK(r.out.find(n) != std::string::npos);
        }
        // No English figure layout left over.
        CHECK(r.out.find("6,350.00") == std::string::npos);
        // No marked English string that the English output shows appears untranslated.
        for (const std::string& id : msgids) {
            for (const std::string& piece : literal_pieces(id)) {
                // A piece that is one shared word ("Inflation: ") is not English left over.
                const auto first = piece.find_first_not_of(" :.,");
                const auto last = piece.find_last_not_of(" :.,");
                const std::string word = first == std::string::npos
                                             ? std::string()
                                             : piece.substr(first, last - first + 1);
                if (en.out.find(piece) != std::string::npos && piece.size() >= 6 &&
                    x.same_word.count(word) == 0 && codes.count(word) == 0) {
                    CAPTURE(piece);
                    CHECK(r.out.find(piece) == std::string::npos);
                }
            }
        }
        // And no English word at all, marked or not, beyond codes and shared words.
        const auto en_words = english_words(en.out);
        for (const std::string& w : english_words(r.out)) {
            if (en_words.count(w) != 0 && codes.count(w) == 0 && x.same_word.count(w) == 0) {
                CAPTURE(w);
                FAIL_CHECK("English word left in the output");
            }
        }
    }
}

TEST_CASE("--lang works before or after the subcommand and in the --lang=xx form") {
    const Result a = run_cli({"analyze", "--example", "--lang", "de"});
    const Result b = run_cli({"--lang=de", "analyze", "--example"});
    REQUIRE(a.code == 0);
    CHECK(a.out == b.out);
    CHECK(a.out.find("Auszahlung bei Fälligkeit") != std::string::npos);
}

TEST_CASE("the language comes from the environment when --lang is absent") {
    ::setenv("LC_ALL", "pt_BR.UTF-8", 1);
    const Result r = run_cli({"analyze", "--example"});
    ::unsetenv("LC_ALL");
    REQUIRE(r.code == 0);
    CHECK(r.out.find("Pagamento no vencimento") != std::string::npos);
    CHECK(r.out.find("6.350,00 USDT") != std::string::npos);
    // An environment language without a catalog falls back to English, numbers included.
    ::setenv("LC_ALL", "ja_JP.UTF-8", 1);
    const Result j = run_cli({"analyze", "--example"});
    ::unsetenv("LC_ALL");
    CHECK(j.out.find("Payout at maturity") != std::string::npos);
    CHECK(j.out.find("6,350.00 USDT") != std::string::npos);
}

TEST_CASE("an unknown --lang is refused with a one-line message naming the flag") {
    const Result r = run_cli({"--lang", "xx", "analyze", "--example"});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("--lang") != std::string::npos);
    CHECK(r.err.find("'xx'") != std::string::npos);
    CHECK(r.err.find("pt_BR") != std::string::npos); // lists what is available
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("errors and help come out in the chosen language") {
    const Result e = run_cli({"--lang", "es", "analyze", "--days", "0", "--principal", "5000",
                              "--payout", "6350", "--asset", "USDT"});
    CHECK(e.code == 2);
    CHECK(e.err.find("se esperaba un número entero de días entre 1 y 36500") != std::string::npos);
    const Result h = run_cli({"--lang", "de", "analyze", "--help"});
    CHECK(h.code == 0);
    CHECK(h.out.find("Laufzeit in Tagen") != std::string::npos);
}

namespace {

/// The JSON without the disclosures' rendered sentences ("headline", "detail"), which are
/// prose for people and follow the chosen language; everything else is data.
std::string data_lines(const std::string& json) {
    std::istringstream in(json);
    std::string line;
    std::string out;
    while (std::getline(in, line)) {
        if (line.find("\"headline\":") == std::string::npos &&
            line.find("\"detail\":") == std::string::npos) {
            out += line + '\n';
        }
    }
    return out;
}

} // namespace

TEST_CASE("JSON data stays locale-free whatever the language") {
    const Result en = run_cli({"--lang", "en", "analyze", "--example", "--format", "json"});
    REQUIRE(en.out.find("\"advertised_payout\"") != std::string::npos);
    for (const char* lang : {"de", "fr", "ar"}) {
        CAPTURE(lang);
        const Result r = run_cli({"--lang", lang, "analyze", "--example", "--format", "json"});
        REQUIRE(r.code == 0);
        CHECK(data_lines(r.out) == data_lines(en.out));
        CHECK(data_lines(r.out).find("6.350,00") == std::string::npos); // no German figures
    }
}
