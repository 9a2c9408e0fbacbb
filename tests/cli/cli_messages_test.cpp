// CLI11's own texts (help headings, command-line errors) in the chosen language, and core's
// error texts with their lists filled in after translation.
#include <doctest/doctest.h>

#include "cli_harness.hpp"

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

using Result = candor::test::CliResult;
using candor::test::run_cli;

int lines(const std::string& s) {
    return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("a missing required option: one translated line naming it and what it takes, exit 2") {
    const Result en = run_cli({"--lang", "en", "report", "--example"});
    CHECK(en.code == 2);
    CHECK(en.out.empty());
    CHECK(lines(en.err) == 1);
    CHECK(en.err == "candor-cli: error: --output is required (The PDF file to write, or - for "
                    "standard output)\n");

    const Result de = run_cli({"--lang", "de", "report", "--example"});
    CHECK(de.code == 2);
    CHECK(lines(de.err) == 1);
    CHECK(de.err == "candor-cli: Fehler: --output ist erforderlich (Die zu schreibende PDF-Datei "
                    "oder - für die Standardausgabe)\n");

    const Result ar = run_cli({"--lang", "ar", "report", "--example"});
    CHECK(ar.code == 2);
    CHECK(lines(ar.err) == 1);
    CHECK(has(ar.err, "--output إلزامي (ملف PDF المراد كتابته، أو \u200e- للمخرج القياسي)"));
    CHECK_FALSE(has(ar.err, "required"));
}

TEST_CASE("no command: the translated list of commands, exit 2") {
    const Result en = run_cli({"--lang", "en"});
    CHECK(en.code == 2);
    CHECK(has(en.err, "a command is required: one of analyze, examples, simulate, ponzi, report, "
                      "chart"));
    const Result de = run_cli({"--lang", "de"});
    CHECK(de.code == 2);
    CHECK(has(de.err, "ein Befehl ist erforderlich: einer von analyze, examples"));
    const Result ar = run_cli({"--lang", "ar"});
    CHECK(ar.code == 2);
    CHECK(has(ar.err, "يلزم تحديد أمر: واحد من analyze, examples"));
    CHECK(lines(ar.err) == 1);
}

TEST_CASE("unexpected arguments are named in the order they were typed") {
    const Result en = run_cli({"--lang", "en", "ponzi", "--example", "platform-a-usdt"});
    CHECK(en.code == 2);
    CHECK(has(en.err, "unexpected argument: --example platform-a-usdt ("));
}

TEST_CASE("an unknown argument and a flag without its value are named, translated, exit 2") {
    const Result en = run_cli({"--lang", "en", "analyze", "--example", "--frobnicate"});
    CHECK(en.code == 2);
    CHECK(lines(en.err) == 1);
    CHECK(has(en.err, "unexpected argument: --frobnicate"));
    CHECK(has(en.err, "(\"candor-cli analyze --help\" lists what is accepted)"));
    const Result de = run_cli({"--lang", "de", "analyze", "--example", "--frobnicate"});
    CHECK(de.code == 2);
    CHECK(has(de.err, "unerwartetes Argument: --frobnicate"));
    const Result ar = run_cli({"--lang", "ar", "analyze", "--example", "--frobnicate"});
    CHECK(ar.code == 2);
    CHECK(has(ar.err, "وسيط غير متوقَّع: --frobnicate"));

    const Result en_v = run_cli({"--lang", "en", "analyze", "--example", "--days"});
    CHECK(en_v.code == 2);
    CHECK(lines(en_v.err) == 1);
    CHECK(has(en_v.err, "candor-cli: error: --days needs a value ("));
    const Result de_v = run_cli({"--lang", "de", "analyze", "--example", "--days"});
    CHECK(de_v.code == 2);
    CHECK(has(de_v.err, "--days braucht einen Wert (Laufzeit in Tagen"));
    const Result ar_v = run_cli({"--lang", "ar", "analyze", "--example", "--days"});
    CHECK(ar_v.code == 2);
    CHECK(has(ar_v.err, "--days يحتاج إلى قيمة ("));

    // An option given twice was reported as "needs a value" (fuzz, issue 13).
    const Result twice =
        run_cli({"--lang", "en", "analyze", "--example", "--days", "20", "--days", "30"});
    CHECK(twice.code == 2);
    CHECK(lines(twice.err) == 1);
    CHECK(has(twice.err, "candor-cli: error: --days was given more than once; give it once"));
    const Result twice_de =
        run_cli({"--lang", "de", "analyze", "--example", "--days", "20", "--days", "30"});
    CHECK(has(twice_de.err, "--days wurde mehr als einmal angegeben"));

    const Result flag =
        run_cli({"--lang", "de", "report", "--example", "--handout=maybe", "-o", "x.pdf"});
    CHECK(flag.code == 2);
    CHECK(lines(flag.err) == 1);
    CHECK(has(flag.err, "--handout: ungültiger Wert"));
}

TEST_CASE("--help headings, labels and the help of every flag follow the language") {
    const Result en = run_cli({"--lang", "en", "report", "--help"});
    CHECK(en.code == 0);
    CHECK(has(en.out, "Usage: "));
    CHECK(has(en.out, "Options:"));
    CHECK(has(en.out, "REQUIRED"));
    CHECK(has(en.out, "Print this help and exit"));

    const Result de = run_cli({"--lang", "de", "report", "--help"});
    CHECK(de.code == 0);
    CHECK(has(de.out, "Aufruf: "));
    CHECK(has(de.out, "[OPTIONEN]"));
    CHECK(has(de.out, "Optionen:"));
    CHECK(has(de.out, "ERFORDERLICH"));
    CHECK(has(de.out, "Diese Hilfe anzeigen und beenden"));
    CHECK(has(de.out, "Die zu schreibende PDF-Datei"));
    for (const char* english : {"Usage", "OPTIONS", "Options:", "REQUIRED", "Print this help",
                                "Write a printable", "The PDF file"}) {
        CAPTURE(english);
        CHECK_FALSE(has(de.out, english));
    }

    const Result ar = run_cli({"--lang", "ar", "--help"});
    CHECK(ar.code == 0);
    CHECK(has(ar.out, "الاستخدام: "));
    CHECK(has(ar.out, "الأوامر:"));
    CHECK(has(ar.out, "عرض هذه المساعدة ثم الخروج"));
    for (const char* english : {"Usage", "OPTIONS", "SUBCOMMAND", "Subcommands",
                                "Options:", "Print this help", "Display program version"}) {
        CAPTURE(english);
        CHECK_FALSE(has(ar.out, english));
    }
}

TEST_CASE("simulate and ponzi --help: every flag's help in the language, preset ids from data") {
    const Result sim = run_cli({"--lang", "de", "simulate", "--help"});
    CHECK(sim.code == 0);
    CHECK(has(sim.out, "Ergebnisse eines Angebots, wenn die Plattform ausfallen"));
    CHECK(has(sim.out, "Ein vordefiniertes Gegenparteiszenario: insured-bank-deposit, "
                       "investment-grade-bond, crypto-lender-2022, ponzi-scheme"));
    CHECK(has(sim.out, "Startwert des Zufallsgenerators"));
    for (const char* english : {"Outcomes of an offer", "A counterparty preset", "Annual drift",
                                "Random seed", "Threads (default", "Fraction of value lost"}) {
        CAPTURE(english);
        CHECK_FALSE(has(sim.out, english));
    }
    const Result ponzi = run_cli({"--lang", "fr", "ponzi", "--help"});
    CHECK(ponzi.code == 0);
    CHECK(has(ponzi.out, "Taux promis r_p (continu, par an)"));
    for (const char* english : {"When a fund", "Promised rate", "Years to follow"}) {
        CAPTURE(english);
        CHECK_FALSE(has(ponzi.out, english));
    }
}

TEST_CASE("lists in core's messages are filled in after translation") {
    const Result en = run_cli({"--lang", "en", "analyze", "--example", "no-such-example"});
    CHECK(en.code == 2);
    CHECK(has(en.err, "the id of a built-in example: platform-a-usdt"));
    const Result de = run_cli({"--lang", "de", "analyze", "--example", "no-such-example"});
    CHECK(de.code == 2);
    CHECK(lines(de.err) == 1);
    CHECK(has(de.err, "die Kennung eines mitgelieferten Beispiels: platform-a-usdt"));
    const Result ar = run_cli({"--lang", "ar", "analyze", "--example", "no-such-example"});
    CHECK(ar.code == 2);
    CHECK_FALSE(has(ar.err, "built-in example"));
    CHECK(has(ar.err, "platform-a-usdt"));

    const Result claims = run_cli({"--lang", "de", "analyze", "--example", "--claims", "magic"});
    CHECK(claims.code == 2);
    CHECK_FALSE(has(claims.err, "claim ids"));
    CHECK(has(claims.err, "guaranteed, "));
    CHECK_FALSE(has(claims.err, "{0}"));

    const Result scenario =
        run_cli({"--lang", "de", "analyze", "--example", "--scenario", "no-such-preset"});
    CHECK(scenario.code == 2);
    CHECK_FALSE(has(scenario.err, "one of"));
    CHECK(has(scenario.err, "crypto-lender-2022"));
}

TEST_CASE("errors in a data file are translated, keeping the file, line and key") {
    const auto dir =
        std::filesystem::path(CANDOR_BINARY_DIR) / "test-output" / "cli" / "data-error";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto file = dir / "bad.json";
    std::ofstream(file) << "{\n  \"asset_classes\": [\n";
    const Result en = run_cli({"--lang", "en", "analyze", "--example", "--data", file.string()});
    CHECK(en.code == 2);
    CHECK(has(en.err, file.string() + ":"));
    CHECK(has(en.err, "not valid JSON"));
    const Result de = run_cli({"--lang", "de", "analyze", "--example", "--data", file.string()});
    CHECK(de.code == 2);
    CHECK(lines(de.err) == 1);
    CHECK(has(de.err, file.string() + ":"));
    CHECK(has(de.err, "kein gültiges JSON"));
    const Result ar = run_cli(
        {"--lang", "ar", "analyze", "--example", "--data", (dir / "missing.json").string()});
    CHECK(ar.code == 2);
    CHECK(has(ar.err, (dir / "missing.json").string()));
    CHECK(has(ar.err, "تعذّر فتحه للقراءة"));
    CHECK_FALSE(has(ar.err, "cannot be opened"));
}

TEST_CASE("an output path that is a folder: exit 3, one translated line naming the path") {
    const auto dir =
        std::filesystem::path(CANDOR_BINARY_DIR) / "test-output" / "cli" / "output-folder";
    std::filesystem::create_directories(dir);
    const Result en = run_cli({"--lang", "en", "report", "--example", "-o", dir.string()});
    CHECK(en.code == 3);
    CHECK(en.err == "candor-cli: error: " + dir.string() + ": is a directory\n");
    const Result de = run_cli({"--lang", "de", "report", "--example", "-o", dir.string()});
    CHECK(de.code == 3);
    CHECK(de.err == "candor-cli: Fehler: " + dir.string() + ": ist ein Ordner\n");
}

TEST_CASE("a refused value reads grammatically whatever its case: German and Arabic frames") {
    const auto refused = [](const char* lang) {
        return run_cli({"--lang", lang, "analyze", "--principal", "-5", "--asset", "USDT", "--days",
                        "20", "--rate", "0.27"});
    };
    const Result en = refused("en");
    CHECK(en.code == 2);
    CHECK(has(en.err, "--principal: expected a positive amount"));
    // The value is accusative ("einen positiven Betrag"): "erwartet wurde einen ..." was wrong.
    const Result de = refused("de");
    CHECK(de.code == 2);
    CHECK(has(de.err, "--principal: erwartet: einen positiven Betrag"));
    CHECK(has(de.err, "; erhalten: „-5“"));
    CHECK_FALSE(has(de.err, "erwartet wurde"));
    // "المتوقَّع مبلغًا" does not agree; the value is the predicate of "تكون", accusative.
    const Result ar = refused("ar");
    CHECK(ar.code == 2);
    CHECK(has(ar.err, "--principal: يجب أن تكون القيمة مبلغًا موجبًا"));
    CHECK(has(ar.err, "«-5»"));
}

TEST_CASE("a one-day offer is one day in every language's grammar: German and Arabic") {
    const auto one_day = [](const char* lang) {
        return run_cli({"--lang", lang, "analyze", "--principal", "5000", "--asset", "USDT",
                        "--days", "1", "--rate", "0.27"});
    };
    const Result en = one_day("en");
    REQUIRE(en.code == 0);
    CHECK(has(en.out, "over 1 day is"));
    CHECK_FALSE(has(en.out, "1 days"));
    const Result de = one_day("de");
    REQUIRE(de.code == 0);
    CHECK(has(de.out, "in 1 Tag sind"));
    CHECK_FALSE(has(de.out, "1 Tagen"));
    const Result ar = one_day("ar");
    REQUIRE(ar.code == 0);
    CHECK(has(ar.out, "خلال يوم واحد يعادل"));
    CHECK_FALSE(has(ar.out, "١ من الأيام"));
}

TEST_CASE("Arabic text output has no Latin digits outside codes, and powers of ten are isolated") {
    const Result ar = run_cli({"--lang", "ar", "analyze", "--example"});
    REQUIRE(ar.code == 0);
    std::string text = ar.out;
    // Codes stay as they are: the day count's name.
    const std::string code = "ACT/365F";
    for (auto at = text.find(code); at != std::string::npos; at = text.find(code)) {
        text.erase(at, code.size());
    }
    const auto latin =
        std::find_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    CHECK_MESSAGE(latin == text.end(),
                  text.substr(static_cast<std::size_t>(std::max<std::ptrdiff_t>(
                                  0, std::distance(text.begin(), latin) - 60)),
                              120));
    // The data's dates in Arabic digits ("2025-11" -> "٢٠٢٥-١١").
    CHECK(has(ar.out, "حتى ٢٠٢٥-١١"));
    // 10^5.6 runs left to right inside the right-to-left line.
    CHECK(has(ar.out, "\u2066١٠\u200e^\u200e٥٫٦\u2069"));
}

TEST_CASE("the Ponzi summary counts years with plural forms: German and Arabic") {
    const auto solvent = [](const char* lang, const char* years) {
        return run_cli({"--lang", lang, "ponzi", "--promised-rate", "0.02", "--nominal-rate",
                        "0.05", "--withdrawal-rate", "0", "--deposit-growth", "0", "--horizon",
                        years});
    };
    const Result en1 = solvent("en", "1");
    REQUIRE(en1.code == 0);
    CHECK(has(en1.out, "still solvent after 1 year."));
    CHECK(has(solvent("en", "2.5").out, "still solvent after 2.5 years."));
    CHECK(has(solvent("de", "1").out, "nach 1 Jahr noch zahlungsfähig"));
    CHECK(has(solvent("de", "20").out, "nach 20 Jahren noch zahlungsfähig"));
    CHECK(has(solvent("ar", "1").out, "بعد سنة واحدة."));
    CHECK(has(solvent("ar", "2").out, "بعد سنتين."));
    CHECK(has(solvent("ar", "20").out, "بعد ٢٠ سنةً."));
}

TEST_CASE("the simulate summary counts terms and threads, in the language's digits") {
    // Small runs use one thread whatever --threads asks; 100,000 paths can use two.
    const auto simulate = [](const char* lang, const char* threads) {
        return run_cli({"--lang", lang, "simulate", "--example", "--paths", "100000", "--threads",
                        threads, "--seed", "7"});
    };
    const Result en = simulate("en", "1");
    REQUIRE(en.code == 0);
    CHECK(has(en.out, "; 1 term, horizon"));
    CHECK(has(en.out, "100,000 paths, seed 7, 1 thread, "));
    CHECK(has(simulate("en", "2").out, ", seed 7, 2 threads, "));
    // Arabic: the seed and the thread count in Arabic-Indic digits, as every other figure.
    const Result ar = simulate("ar", "1");
    REQUIRE(ar.code == 0);
    CHECK(has(ar.out, "عدد المدد ١،"));
    CHECK(has(ar.out, "البذرة ٧، عدد الخيوط ١،"));
}
