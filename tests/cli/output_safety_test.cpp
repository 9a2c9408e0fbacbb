// Output safety of candor-cli (issue 13, section 4): names from users never act on a terminal
// or a spreadsheet, in text, CSV, JSON and error messages.
#include "cli_harness.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace fs = std::filesystem;

namespace {

using candor::test::CliResult;
using candor::test::run_cli;

const std::string fffd = "\xEF\xBF\xBD";
// A title-setting escape, a screen-clearing escape, an 8-bit CSI, NUL-free line break, a
// right-to-left override and a formula.
const std::string hostile = "=HYPERLINK(\"http://x\")\x1b]0;title\a\x1b[2J\xC2\x9B"
                            "2J\nnext\xE2\x80\xAE"
                            "olleh";

/// No byte or character that a terminal or the bidirectional algorithm would act on.
void check_inert(const std::string& s) {
    for (const std::string bad : {"\x1b", "\a", "\xC2\x9B", "\xE2\x80\xAE", "\r"}) {
        CAPTURE(bad);
        CHECK(s.find(bad) == std::string::npos);
    }
}

} // namespace

TEST_CASE("text output shows a hostile name inert, on one line") {
    const CliResult r = run_cli({"analyze", "--example", "--name", hostile});
    REQUIRE(r.code == 0);
    check_inert(r.out);
    CHECK(r.out.find("=HYPERLINK(\"http://x\")" + fffd + "]0;title" + fffd + fffd + "[2J" + fffd +
                     "2J" + fffd + "next" + fffd + "olleh\n") != std::string::npos);
    const CliResult sim = run_cli({"simulate", "--example", "--name", hostile, "--paths", "1000"});
    REQUIRE(sim.code == 0);
    check_inert(sim.out);
}

TEST_CASE("CSV output: a name that looks like a formula stays text - numbers stay numbers") {
    const CliResult r = run_cli({"analyze", "--example", "--name", hostile, "--format", "csv"});
    REQUIRE(r.code == 0);
    std::string lines = r.out; // carriage returns only in the CRLF line ends
    for (auto at = lines.find("\r\n"); at != std::string::npos; at = lines.find("\r\n")) {
        lines.erase(at, 1);
    }
    check_inert(lines);
    const std::string row = r.out.substr(r.out.find("\r\n") + 2);
    CHECK(row.rfind("\"'=HYPERLINK(\"\"http://x\"\")" + fffd, 0) == 0);
    CHECK(r.out.find("\r\n", r.out.find("\r\n") + 2) == r.out.size() - 2); // one row
    // Negative numbers are not neutralised.
    const CliResult loss =
        run_cli({"analyze", "--principal", "5000", "--asset", "USD", "--days", "30", "--payout",
                 "4000", "--name", "-minus", "--format", "csv"});
    REQUIRE(loss.code == 0);
    CHECK(loss.out.find("\r\n'-minus,USD,USD,5000,30,") != std::string::npos);
    CHECK(loss.out.find(",-0.19999999999999996,") != std::string::npos); // the return
}

TEST_CASE("JSON output keeps the name exactly, escaped so that a terminal shows it inert") {
    const CliResult r = run_cli({"analyze", "--example", "--name", hostile, "--format", "json"});
    REQUIRE(r.code == 0);
    check_inert(r.out);
    CHECK(r.out.find("\\u009b") != std::string::npos);
    CHECK(r.out.find("\\u202e") != std::string::npos);
    CHECK(nlohmann::json::parse(r.out)["offer"]["name"] == hostile);
}

TEST_CASE("errors echo what was typed without its control characters") {
    const CliResult r = run_cli({"analyze", "--example", "--principal", "\x1b[2J5000\xE2\x80\xAE"});
    CHECK(r.code == 2);
    check_inert(r.err);
    CHECK(r.err.find("got '" + fffd + "[2J5000" + fffd + "'") != std::string::npos);
    // A data file's name holding an escape.
    const fs::path dir = fs::path(CANDOR_BINARY_DIR) / "test-output" / "cli-safety";
    fs::create_directories(dir);
    const fs::path file = dir / "bad\x1b[2J.candor";
    std::ofstream(file) << "{";
    const CliResult f = run_cli({"analyze", file.string()});
    CHECK(f.code == 2);
    check_inert(f.err);
}

TEST_CASE("names from a user's data file are shown inert too (disclosures, report)") {
    std::ifstream in(std::string(CANDOR_SOURCE_DIR) + "/data/benchmarks.json");
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string name = "\"Clean-energy equities\"";
    REQUIRE(data.find(name) != std::string::npos);
    data.replace(data.find(name), name.size(), R"("Clean\u001b[2J\u202eenergy")");
    const fs::path dir = fs::path(CANDOR_BINARY_DIR) / "test-output" / "cli-safety";
    fs::create_directories(dir);
    std::ofstream(dir / "benchmarks.json") << data;
    const CliResult r =
        run_cli({"analyze", "--example", "--data", (dir / "benchmarks.json").string()});
    REQUIRE(r.code == 0);
    check_inert(r.out);
    CHECK(r.out.find("Clean" + fffd + "[2J" + fffd + "energy") != std::string::npos);
}
