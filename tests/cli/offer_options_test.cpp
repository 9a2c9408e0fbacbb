// Domain edges of the offer flags and input files (issue 13, section 2): every input reaches
// core validated, errors name the field the user gave and echo what was typed, no internal
// error is reachable and no output holds nan or inf.
#include "cli_harness.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

using candor::test::CliResult;
using candor::test::run_cli;

fs::path scratch(const std::string& name, const std::string& contents) {
    const fs::path dir = fs::path(CANDOR_BINARY_DIR) / "test-output" / "cli-edges";
    fs::create_directories(dir);
    const fs::path p = dir / name;
    std::ofstream(p) << contents;
    return p;
}

/// A bad-input refusal: exit 2, one line naming the field, nothing on standard output.
void check_refused(const CliResult& r, const std::string& line) {
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "candor-cli: error: " + line + "\n");
}

bool has_nan_or_inf(const std::string& s) {
    return std::regex_search(s, std::regex(R"(\b(inf|nan)\b|∞)", std::regex::icase));
}

const std::vector<std::string> zero_day = {"--principal", "5000",       "--asset",     "USDT",
                                           "--start",     "2026-01-30", "--day-count", "30/360",
                                           "--payout",    "5100"};

std::vector<std::string> with(std::vector<std::string> head, const std::vector<std::string>& a,
                              const std::vector<std::string>& b = {}) {
    head.insert(head.end(), a.begin(), a.end());
    head.insert(head.end(), b.begin(), b.end());
    return head;
}

const std::string offer_file = R"({
  "format": "candor-offers",
  "version": 1,
  "offers": [
    {"name": "A", "principal": "5000 USDT", "asset": "USDT", "days": 20, "payout": "6350",
     "assumptions": {"benchmark_rate": 0.04}}
  ]
}
)";

} // namespace

TEST_CASE("a term that 30/360 counts as no time is refused naming the flag given") {
    const std::string by_end =
        "--end: expected a term that counts at least one day under 30/360, got '2026-01-31'";
    const fs::path out = fs::path(CANDOR_BINARY_DIR) / "test-output" / "cli-edges" / "zero.pdf";
    fs::remove(out);
    for (const std::vector<std::string>& cmd : {std::vector<std::string>{"analyze"},
                                                {"analyze", "--format", "json"},
                                                {"report", "-o", out.string()},
                                                {"chart", "value", "-o", out.string() + ".png"},
                                                {"simulate", "--paths", "100"}}) {
        CAPTURE(cmd.front());
        const CliResult r = run_cli(with(cmd, zero_day, {"--end", "2026-01-31"}));
        check_refused(r, by_end);
        CHECK_FALSE(has_nan_or_inf(r.out + r.err));
    }
    CHECK_FALSE(fs::exists(out));
    // Through --days, and through --day-count over an example's dates.
    check_refused(run_cli(with({"simulate", "--paths", "100"}, zero_day, {"--days", "1"})),
                  "--days: expected a term that counts at least one day under 30/360, got '1'");
    // The same in a .candor file names its key and line.
    const fs::path file = scratch("zero.candor", R"({"format": "candor-offers", "version": 1,
"offers": [{"name": "Z", "principal": "5000 USDT", "asset": "USDT",
  "start": "2026-01-30", "end": "2026-01-31", "day_count": "30/360", "payout": "5100"}]})");
    check_refused(run_cli({"analyze", file.string()}),
                  file.string() +
                      ":3: offers[0].end: expected a term that counts at least one day under "
                      "30/360");
}

TEST_CASE("a negative simple rate that loses everything over the term is a field error") {
    const CliResult r = run_cli({"analyze", "--principal", "5000", "--asset", "USDT", "--days",
                                 "36500", "--rate", "-0.01"});
    check_refused(r, "--rate: expected an annual rate that leaves a positive payout at maturity "
                     "over this term, got '-0.01'");
    // Compounded so hard that the payout rounds to nothing: the same.
    check_refused(run_cli({"analyze", "--principal", "5000", "--asset", "USDT", "--days", "36500",
                           "--rate", "-99%", "--compounding", "annual"}),
                  "--rate: expected an annual rate that leaves a positive payout at maturity "
                  "over this term, got '-99%'");
    // Translated.
    const CliResult de = run_cli({"--lang", "de", "analyze", "--principal", "5000", "--asset",
                                  "USDT", "--days", "36500", "--rate", "-0.01"});
    CHECK(de.code == 2);
    CHECK(de.err.find("--rate") != std::string::npos);
    CHECK(de.err.find("positive payout") == std::string::npos);
    CHECK(de.err.find("internal") == std::string::npos);
}

TEST_CASE("a number beyond a double or a key given twice in an input file names file, line, key") {
    std::string big = offer_file;
    big.replace(big.find("0.04"), 4, "1e400");
    const fs::path candor = scratch("big.candor", big);
    check_refused(run_cli({"analyze", candor.string()}),
                  candor.string() +
                      ":6: offers[0].assumptions.benchmark_rate: a number beyond the range of a "
                      "double");
    std::string twice = offer_file;
    twice.replace(twice.find("\"days\": 20,"), 11, "\"days\": 20,\n     \"days\": 30,");
    const fs::path dup = scratch("twice.candor", twice);
    check_refused(run_cli({"analyze", dup.string()}),
                  dup.string() + ":6: offers[0].days: given twice in the same object");
    // A --data file.
    const fs::path data = scratch("data.json", "{\"schema_version\": 1,\n\"x\": -1e999}");
    check_refused(run_cli({"analyze", "--example", "--data", data.string()}),
                  data.string() + ":2: x: a number beyond the range of a double");
}

TEST_CASE("-0 is read as 0: JSON shows 0, never -0.0") {
    const CliResult r = run_cli({"analyze", "--example", "--inflation", "-0", "--benchmark-rate",
                                 "-0%", "--tax", "-0", "--format", "json"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("\"inflation\": 0.0,") != std::string::npos);
    CHECK_FALSE(std::regex_search(r.out, std::regex(R"(: -0(\.0)?[,\n])")));
}

TEST_CASE("an empty value is refused like a missing one, never taken as 'keep the example's'") {
    check_refused(run_cli({"analyze", "--example", "--principal", ""}),
                  "--principal needs a value (Amount paid in, e.g. 5000 or \"30000 USD\")");
    check_refused(run_cli({"analyze", "--example", "--days="}),
                  "--days needs a value (Term in days)");
    const fs::path pdf = fs::path(CANDOR_BINARY_DIR) / "test-output" / "cli-edges" / "empty.pdf";
    check_refused(run_cli({"report", "--example", "--name", "", "-o", pdf.string()}),
                  "--name needs a value (A label for the offer)");
    CHECK_FALSE(fs::exists(pdf));
    check_refused(run_cli({"simulate", "--example", "--hazard", ""}),
                  "--hazard needs a value (Annual failure hazard rate of the platform, e.g. 0.1)");
}

TEST_CASE("range errors echo what was typed, not a reformatted number") {
    check_refused(run_cli({"analyze", "--example", "--recovery", "-100%"}),
                  "--recovery: expected a fraction from 0 to 1, e.g. 0.4, got '-100%'");
    check_refused(run_cli({"analyze", "--example", "--recovery", "-1"}),
                  "--recovery: expected a fraction from 0 to 1, e.g. 0.4, got '-1'");
    check_refused(run_cli({"analyze", "--example", "--principal", "0"}),
                  "--principal: expected a positive amount, e.g. 5000 or 5,000.00 USDT, got '0'");
    check_refused(run_cli({"analyze", "--example", "--inflation", "1e3"}),
                  "--inflation: expected an annual rate as a fraction from -0.5 to 10, e.g. "
                  "0.03, got '1e3'");
    check_refused(run_cli({"analyze", "--example", "--mix", "bonds=0.5, gold=0.6"}),
                  "--mix: expected weights that add up to 1, got 'bonds=0.5, gold=0.6'");
    check_refused(run_cli({"simulate", "--example", "--hazard", "6000%"}),
                  "--hazard: expected an annual hazard rate from 0 to 50, got '6000%'");
}

TEST_CASE("figures that overflow are n/a in text and null in JSON, never inf or nan") {
    const std::vector<std::string> huge = {"--principal", "0.01", "--asset",  "USD",
                                           "--days",      "1",    "--payout", "1e13"};
    for (const std::vector<std::string>& cmd :
         {std::vector<std::string>{"analyze"},
          {"analyze", "--format", "json"},
          {"analyze", "--format", "csv"},
          {"simulate", "--paths", "1000"},
          {"simulate", "--paths", "1000", "--format", "json"}}) {
        CAPTURE(cmd.front());
        const CliResult r = run_cli(with(cmd, huge));
        CHECK(r.code == 0);
        CHECK_FALSE(has_nan_or_inf(r.out));
    }
    const CliResult sim = run_cli(with({"simulate", "--paths", "1000"}, huge));
    CHECK(std::regex_search(sim.out, std::regex("Certainty-equivalent rate +n/a +n/a")));
}
