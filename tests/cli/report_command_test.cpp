#include "cli_harness.hpp"

#include "core/analysis.hpp"
#include "core/examples.hpp"
#include "core/offer_file.hpp"
#include "core/scenario.hpp"
#include "core/scenario_data.hpp"
#include "present/number_format.hpp"
#include "render/chart.hpp"
#include "render/output.hpp"
#include "render/report.hpp"

#include <doctest/doctest.h>

#include <cairo.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

using namespace candor;
namespace fs = std::filesystem;

namespace {

using Result = candor::test::CliResult;
using candor::test::run_cli;

fs::path scratch_dir(const std::string& name) {
    const fs::path dir = fs::path(CANDOR_BINARY_DIR) / "test-output" / "cli" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

/// Runs a program and returns its standard output.
std::string capture(const std::string& command) {
    std::string text;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe.get())) > 0) {
        text.append(buf.data(), n);
    }
    return text;
}

std::string pdfinfo(const fs::path& pdf) {
    return capture(std::string(CANDOR_PDFINFO) + " '" + pdf.string() + "' 2>&1");
}

std::string pdftotext(const fs::path& pdf) {
    return capture(std::string(CANDOR_PDFTOTEXT) + " -layout '" + pdf.string() + "' - 2>&1");
}

/// A word of a PDF page with its box in points (origin top left), from `pdftotext -bbox`.
struct Word {
    std::string text;
    double x_min = 0.0;
    double y_min = 0.0;
    double x_max = 0.0;
    double y_max = 0.0;
};

std::vector<Word> words_of(const fs::path& pdf, int page) {
    const std::string html =
        capture(std::string(CANDOR_PDFTOTEXT) + " -bbox -f " + std::to_string(page) + " -l " +
                std::to_string(page) + " '" + pdf.string() + "' - 2>&1");
    const std::regex word(
        R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
    std::vector<Word> out;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), word);
         it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        out.push_back({m[5].str(), std::stod(m[1].str()), std::stod(m[2].str()),
                       std::stod(m[3].str()), std::stod(m[4].str())});
    }
    return out;
}

/// True when the UTF-8 text holds an Arabic letter (U+0621 to U+064A; not the digits).
bool has_arabic_letter(const std::string& s) {
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if (b0 == 0xD8 || b0 == 0xD9) {
            const unsigned cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
            if (cp >= 0x621 && cp <= 0x64A) {
                return true;
            }
        }
    }
    return false;
}

/// The words on the same line as `w` (their vertical middles within 2 points).
std::vector<Word> same_line(const std::vector<Word>& words, const Word& w) {
    std::vector<Word> out;
    const double mid = (w.y_min + w.y_max) / 2.0;
    for (const auto& o : words) {
        if (std::abs((o.y_min + o.y_max) / 2.0 - mid) < 2.0) {
            out.push_back(o);
        }
    }
    return out;
}

int pages_of(const std::string& info) {
    const auto pos = info.find("Pages:");
    REQUIRE(pos != std::string::npos);
    return std::stoi(info.substr(pos + 6));
}

int count_lines(const std::string& s) {
    int n = 0;
    for (char c : s) {
        n += c == '\n' ? 1 : 0;
    }
    return n;
}

} // namespace

TEST_CASE("report: a valid PDF holding the figures core computes for the example") {
    const auto dir = scratch_dir("report");
    const auto pdf = dir / "report.pdf";
    const auto r = run_cli(
        {"report", "--example", "platform-a-usdt", "-o", pdf.string(), "--date", "2026-11-25"});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.err.empty());

    const std::string info = pdfinfo(pdf);
    CHECK(info.find("Page size:       595.276 x 841.89 pts (A4)") != std::string::npos);
    const int pages = pages_of(info);
    CHECK(pages >= 3);
    CHECK(pages <= 5);

    const auto& e = core::find_example("platform-a-usdt");
    const core::Analysis a = test::executed(e.offer).analysis();
    const std::string text = pdftotext(pdf);
    const std::vector<std::string> figures{
        present::money(a.advertised_payout),                   // 6,350.00 USDT
        present::money(a.benchmark_payout),                    // benchmark over the term
        present::percent(a.nominal.effective_annual_rate, ""), // EAR
        present::percent(a.nominal.simple_annual_rate),        // APR
        present::percent(a.real_effective_annual_rate, ""),    // real
        present::percent(a.break_even->default_probability),   // break-even chance of failure
        present::percent(a.break_even->one_year_survival),
        present::percent(a.assumptions.annual_inflation),
        "Page 1 of " + std::to_string(pages),
        "2026-11-25",
        "Candor 0.1.0",
    };
    for (const auto& f : figures) {
        CAPTURE(f);
        CHECK(text.find(f) != std::string::npos);
    }
    CHECK(fs::directory_iterator(dir)->path() == pdf); // only the PDF, no temp file
}

TEST_CASE("report: a mix with sources of no public return series says how they are counted") {
    const auto dir = scratch_dir("report-unexplained");
    const auto pdf = dir / "report.pdf";
    const auto r =
        run_cli({"report", "--principal", "1000 USD", "--days", "365", "--rate", "0.09",
                 "--compounding", "annual", "--mix", "mining=0.6,gold=0.4", "-o", pdf.string()});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    std::string text = pdftotext(pdf);
    // One space for every run of white space: lines wrap anywhere.
    text = std::regex_replace(text, std::regex("\\s+"), " ");
    CHECK_MESSAGE(text.find("Unchecked share: 60% of the claimed mix (mining) has no public "
                            "return series and is counted at the safe rate in USD") !=
                      std::string::npos,
                  text);
    CHECK(text.find("has no public return series; it cannot be checked") != std::string::npos);
}

TEST_CASE("report: Letter paper and the one-page handout") {
    const auto dir = scratch_dir("handout");
    const auto letter = dir / "letter.pdf";
    REQUIRE(run_cli({"report", "--example", "platform-a-xrp", "--paper", "letter", "-o",
                     letter.string()})
                .code == 0);
    CHECK(pdfinfo(letter).find("612 x 792 pts (letter)") != std::string::npos);

    const auto handout = dir / "handout.pdf";
    REQUIRE(run_cli({"report", "--example", "platform-a-usdt", "--handout", "-o", handout.string()})
                .code == 0);
    CHECK(pages_of(pdfinfo(handout)) == 1);
    const auto& e = core::find_example("platform-a-usdt");
    const core::Analysis a = test::executed(e.offer).analysis();
    const std::string text = pdftotext(handout);
    CHECK(text.find(present::money(a.advertised_payout)) != std::string::npos);
    CHECK(text.find(present::percent(a.break_even->default_probability)) != std::string::npos);
}

TEST_CASE("chart: PNG and SVG of the requested size") {
    const auto dir = scratch_dir("chart");
    const auto png = dir / "rollover.png";
    REQUIRE(run_cli({"chart", "rollover", "--example", "platform-a-usdt", "-o", png.string(),
                     "--width", "900", "--height", "450"})
                .code == 0);
    cairo_surface_t* s = cairo_image_surface_create_from_png(png.c_str());
    REQUIRE(cairo_surface_status(s) == CAIRO_STATUS_SUCCESS);
    CHECK(cairo_image_surface_get_width(s) == 900);
    CHECK(cairo_image_surface_get_height(s) == 450);
    cairo_surface_destroy(s);

    const auto svg = dir / "survival.svg";
    REQUIRE(
        run_cli({"chart", "survival", "--example", "platform-a-usdt", "-o", svg.string()}).code ==
        0);
    std::ifstream in(svg);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    CHECK(text.find("<svg") != std::string::npos);
    CHECK(text.find("width=\"800pt\"") != std::string::npos);
    CHECK(text.find("height=\"500pt\"") != std::string::npos);
}

TEST_CASE("chart ladder: PNG with the offer's rung in its colour - --schemes replaces the data") {
    const auto dir = scratch_dir("ladder");
    const auto png = dir / "ladder.png";
    REQUIRE(run_cli({"chart", "ladder", "--example", "platform-a-usdt", "-o", png.string()}).code ==
            0);
    cairo_surface_t* s = cairo_image_surface_create_from_png(png.c_str());
    REQUIRE(cairo_surface_status(s) == CAIRO_STATUS_SUCCESS);
    CHECK(cairo_image_surface_get_width(s) == 800);
    // The offer's rung: thick vermillion (213, 94, 0) pixels.
    cairo_surface_flush(s);
    const int stride = cairo_image_surface_get_stride(s);
    const unsigned char* data = cairo_image_surface_get_data(s);
    int vermillion = 0;
    for (int y = 0; y < cairo_image_surface_get_height(s); ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
        for (int x = 0; x < cairo_image_surface_get_width(s); ++x) {
            const int r = static_cast<int>((row[x] >> 16) & 0xFFU);
            const int g = static_cast<int>((row[x] >> 8) & 0xFFU);
            const int b = static_cast<int>(row[x] & 0xFFU);
            vermillion += std::abs(r - 213) < 12 && std::abs(g - 94) < 12 && b < 12 ? 1 : 0;
        }
    }
    cairo_surface_destroy(s);
    CHECK(vermillion > 100);

    // A schemes file of the same schema replaces the built-in one; a bad one is named.
    const auto schemes = dir / "schemes.json";
    {
        std::ofstream f(schemes);
        f << R"({"schema_version": 1, "schemes": [{"id": "x", "name": "X", "description": "d",
 "promise": {"return": 0.1, "period_days": 30, "what": "w"}, "ran": {"from": "2020", "to": "2021"},
 "record": {"title": "t", "publisher": "p", "date": "2021"}, "check": "c"}]})";
    }
    const auto svg = dir / "ladder.svg";
    REQUIRE(run_cli({"chart", "ladder", "--example", "platform-a-usdt", "--schemes",
                     schemes.string(), "-o", svg.string()})
                .code == 0);
    std::ifstream in(svg);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    CHECK(text.find("<svg") != std::string::npos);
    {
        std::ofstream f(schemes);
        f << R"({"schema_version": 1, "schemes": [{"id": "x"}]})";
    }
    const auto bad = run_cli({"chart", "ladder", "--example", "platform-a-usdt", "--schemes",
                              schemes.string(), "-o", (dir / "bad.png").string()});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("schemes[0].name") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "bad.png"));
}

TEST_CASE("bad flags: exit 2 with a one-line error naming the flag, and no file") {
    const auto dir = scratch_dir("bad");
    const auto out = (dir / "x.pdf").string();
    struct Case {
        std::vector<std::string> args;
        std::string names;
    };
    const std::vector<Case> cases{
        {{"report", "--example", "platform-a-usdt", "--paper", "a5", "-o", out}, "--paper"},
        {{"report", "--example", "platform-a-usdt", "--lang", "../etc", "-o", out}, "--lang"},
        {{"report", "--example", "no-such-example", "-o", out}, "example"},
        {{"report", "--example", "platform-a-usdt"}, "--output"},
        {{"report", "--example", "platform-a-usdt", "--bogus", "-o", out}, "--bogus"},
        {{"chart", "pie", "--example", "platform-a-usdt", "-o", (dir / "c.png").string()}, "KIND"},
        {{"chart", "value", "--example", "platform-a-usdt", "-o", (dir / "c.gif").string()},
         "--output"},
        {{"chart", "value", "--example", "platform-a-usdt", "--width", "5", "-o",
          (dir / "c.png").string()},
         "--width"},
        {{"chart", "value", "--example", "platform-a-usdt", "--scale", "abc", "-o",
          (dir / "c.png").string()},
         "--scale"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.names);
        const auto r = run_cli(c.args);
        CHECK(r.code == 2);
        CHECK(count_lines(r.err) == 1);
        CHECK(r.err.find(c.names) != std::string::npos);
    }
    CHECK(fs::is_empty(dir));
}

TEST_CASE("an unwritable output: exit 3, one line, nothing written") {
    const auto dir = scratch_dir("unwritable");
    const auto target = dir / "missing" / "r.pdf";
    const auto r = run_cli({"report", "--example", "platform-a-usdt", "-o", target.string()});
    CHECK(r.code == 3);
    CHECK(count_lines(r.err) == 1);
    CHECK(r.err.find(target.string()) != std::string::npos);
    CHECK(fs::is_empty(dir));
}

TEST_CASE("analyze --format csv: a header and one row holding core's figures") {
    const auto r = run_cli({"analyze", "--example", "platform-a-usdt", "--format", "csv"});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const auto eol = r.out.find("\r\n");
    REQUIRE(eol != std::string::npos);
    const std::string header = r.out.substr(0, eol);
    const std::string row = r.out.substr(eol + 2);
    CHECK(count_lines(r.out) == 2);
    CHECK(header.rfind("name,currency,asset,principal,term_days,", 0) == 0);
    // The name holds commas, so it is quoted (RFC 4180).
    CHECK(row.rfind("\"Example platform A: 5,000 USDT for 20 days\",USDT,USDT,5000,20,", 0) == 0);
    const auto& e = core::find_example("platform-a-usdt");
    const core::Analysis a = test::executed(e.offer).analysis();
    // Find a column by name and compare its value with core's, to full precision.
    const auto column = [&](const std::string& name) {
        std::vector<std::string> names;
        std::stringstream hs(header);
        for (std::string n; std::getline(hs, n, ',');) {
            names.push_back(n);
        }
        // RFC 4180: a quoted field may hold commas and doubled quotes.
        std::vector<std::string> values{""};
        bool quoted = false;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const char c = row[i];
            if (c == '"') {
                if (quoted && i + 1 < row.size() && row[i + 1] == '"') {
                    values.back() += '"';
                    ++i;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                values.emplace_back();
            } else if (c != '\r' && c != '\n') {
                values.back() += c;
            }
        }
        REQUIRE(values.size() == names.size());
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (names[i] == name) {
                return std::stod(values.at(i));
            }
        }
        FAIL("no column " << name);
        return 0.0;
    };
    CHECK(column("effective_annual_rate") == *a.nominal.effective_annual_rate);
    CHECK(column("break_even_default_probability") == a.break_even->default_probability);
    CHECK(column("benchmark_payout") == a.benchmark_payout.to_major());
    const auto bad = run_cli({"analyze", "--example", "platform-a-usdt", "--format", "xml"});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("--format") != std::string::npos);
}

TEST_CASE("report FILE.candor: every offer of the file, side by side") {
    const auto dir = scratch_dir("file");
    const auto pdf = dir / "three.pdf";
    const std::string file = std::string(CANDOR_SOURCE_DIR) + "/examples/platform-a.candor";
    const auto r = run_cli({"report", file, "-o", pdf.string()});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const std::string text = pdftotext(pdf);
    const core::OfferSet set = core::load_offer_set(file);
    REQUIRE(set.offers.size() == 3);
    for (const auto& entry : set.offers) {
        const core::Analysis a = test::executed(entry.offer, entry.assumptions).analysis();
        CAPTURE(entry.offer.name);
        CHECK(text.find(present::money(a.advertised_payout)) != std::string::npos);
        CHECK(text.find(present::money(a.benchmark_payout)) != std::string::npos);
        CHECK(text.find(present::percent(a.nominal.effective_annual_rate, "")) !=
              std::string::npos);
        if (a.break_even) {
            CHECK(text.find(present::percent(a.break_even->default_probability)) !=
                  std::string::npos);
        }
    }
    CHECK(text.find("Comparison of 3 offers") != std::string::npos);
    const int pages = pages_of(pdfinfo(pdf));
    CHECK(pages >= 4);
    CHECK(text.find("Page " + std::to_string(pages) + " of " + std::to_string(pages)) !=
          std::string::npos);
    // A file and --example together are refused.
    const auto both = run_cli({"report", file, "--example", "platform-a-usdt", "-o", pdf.string()});
    CHECK(both.code == 2);
    CHECK(both.err.find("--example") != std::string::npos);
    // A missing file names the file.
    const auto missing = run_cli({"report", (dir / "nope.candor").string(), "-o", pdf.string()});
    CHECK(missing.code == 2);
    CHECK(missing.err.find("nope.candor") != std::string::npos);
}

TEST_CASE("report --scenario: the expected payout and chance of loss core computes") {
    const auto dir = scratch_dir("scenario");
    const auto pdf = dir / "scenario.pdf";
    const auto r = run_cli({"report", "--example", "platform-a-usdt", "--scenario",
                            "crypto-lender-2022", "-o", pdf.string()});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const auto& e = core::find_example("platform-a-usdt");
    const core::OfferResult res =
        test::executed(e.offer, core::Assumptions::defaults(), "crypto-lender-2022");
    REQUIRE(res.scenario);
    REQUIRE(res.scenario->exact);
    const core::ScenarioStats stats = res.scenario->stats;
    const std::string text = pdftotext(pdf);
    CHECK(text.find(present::money(stats.expected_payout, e.offer.principal.asset())) !=
          std::string::npos);
    CHECK(text.find(present::percent(stats.probability_of_loss)) != std::string::npos);
    const auto bad = run_cli(
        {"report", "--example", "platform-a-usdt", "--scenario", "nope", "-o", pdf.string()});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("nope") != std::string::npos);
}

namespace {

constexpr double a4_width = 210.0 / 25.4 * 72.0;
constexpr double margin = 48.0;        // render::PageStyle::margin
constexpr double cell_pad = 9.0 * 0.3; // body size 9 pt

/// Words of a level-1 heading (13.5 to 14.8 points tall in pdftotext's boxes: 1.35 x 9 pt).
std::vector<Word> heading_words(const std::vector<Word>& words) {
    std::vector<Word> out;
    for (const auto& w : words) {
        const double h = w.y_max - w.y_min;
        if (h > 13.5 && h < 14.8) {
            out.push_back(w);
        }
    }
    return out;
}

/// The table lines of page 1 holding an amount in USDT: the lines of the "USDT" words between
/// the first heading ("Side by side") and the second ("Disclosures").
std::vector<std::vector<Word>> usdt_table_lines(const std::vector<Word>& words) {
    auto headings = heading_words(words);
    REQUIRE(!headings.empty());
    std::sort(headings.begin(), headings.end(),
              [](const Word& a, const Word& b) { return a.y_min < b.y_min; });
    // The section under a heading with the most USDT figures: the comparison table (the
    // verdict above it names no amount).
    std::vector<std::vector<Word>> best;
    for (const auto& h : headings) {
        const double top = h.y_max;
        double bottom = 1e9;
        for (const auto& g : headings) {
            if (g.y_min > top + 20.0) {
                bottom = std::min(bottom, g.y_min);
            }
        }
        std::vector<std::vector<Word>> lines;
        for (const auto& w : words) {
            if (w.text == "USDT" && w.y_min > top && w.y_max < bottom) {
                lines.push_back(same_line(words, w));
            }
        }
        if (lines.size() > best.size()) {
            best = std::move(lines);
        }
    }
    return best;
}

} // namespace

TEST_CASE("report in Arabic: the page is mirrored, labels right of their figures") {
    const auto dir = scratch_dir("report-ar");
    const auto ar = dir / "ar.pdf";
    const auto en = dir / "en.pdf";
    REQUIRE(run_cli({"--lang", "ar", "report", "--example", "platform-a-usdt", "-o", ar.string(),
                     "--date", "2026-11-25"})
                .code == 0);
    REQUIRE(run_cli({"--lang", "en", "report", "--example", "platform-a-usdt", "-o", en.string(),
                     "--date", "2026-11-25"})
                .code == 0);
    const auto ar1 = words_of(ar, 1);
    const auto en1 = words_of(en, 1);
    REQUIRE(!ar1.empty());
    REQUIRE(!en1.empty());

    SUBCASE("headings are right-aligned in Arabic, left-aligned in English") {
        const auto ah = heading_words(ar1);
        const auto eh = heading_words(en1);
        REQUIRE(ah.size() >= 4);
        REQUIRE(eh.size() >= 2);
        for (const auto& line : {same_line(ah, ah.front()), same_line(ah, ah.back())}) {
            double lo = 1e9;
            double hi = 0.0;
            for (const auto& w : line) {
                lo = std::min(lo, w.x_min);
                hi = std::max(hi, w.x_max);
            }
            CHECK(hi == doctest::Approx(a4_width - margin).epsilon(0.004));
            CHECK(lo > a4_width / 2.0); // a short heading: nothing near the left margin
        }
        for (const auto& w : eh) {
            CHECK(w.x_min < a4_width / 2.0);
        }
        CHECK(eh.front().x_min == doctest::Approx(margin).epsilon(0.02));
    }

    SUBCASE("table: the label column is on the right, the figures on its left, aligned") {
        const auto lines = usdt_table_lines(ar1);
        REQUIRE(lines.size() >= 4); // principal, advertised, plausible..., benchmark, rollover
        int with_label = 0;
        for (const auto& line : lines) {
            double usdt_right = 0.0;
            double left = 1e9;
            double label_right = 0.0;
            double label_left = 1e9;
            for (const auto& w : line) {
                left = std::min(left, w.x_min);
                if (w.text == "USDT") {
                    usdt_right = std::max(usdt_right, w.x_max);
                }
                if (w.x_min > a4_width / 2.0) {
                    CHECK(w.text != "USDT"); // only the label on the right
                    label_right = std::max(label_right, w.x_max);
                    label_left = std::min(label_left, w.x_min);
                }
            }
            CHECK(usdt_right < a4_width / 2.0);
            // Figures start at the left edge of their cell (the end of an Arabic line).
            CHECK(left == doctest::Approx(margin + cell_pad).epsilon(0.01));
            if (label_right > 0.0) {
                ++with_label;
                CHECK(label_left > usdt_right);
                CHECK(label_right == doctest::Approx(a4_width - margin - cell_pad).epsilon(0.004));
            }
        }
        CHECK(with_label >= 4);
        // The label's words are Arabic.
        bool arabic_label = false;
        for (const auto& w : lines.back()) {
            arabic_label = arabic_label || (w.x_min > a4_width / 2.0 && has_arabic_letter(w.text));
        }
        CHECK(arabic_label);

        // English is unchanged: the label on the left, the amounts ending at the right edge.
        const auto en_lines = usdt_table_lines(en1);
        REQUIRE(en_lines.size() >= 4);
        int en_with_label = 0;
        for (const auto& line : en_lines) {
            double right = 0.0;
            double left = 1e9;
            for (const auto& w : line) {
                right = std::max(right, w.x_max);
                left = std::min(left, w.x_min);
            }
            CHECK(right == doctest::Approx(a4_width - margin - cell_pad).epsilon(0.004));
            if (left == doctest::Approx(margin + cell_pad).epsilon(0.01)) {
                ++en_with_label;
            }
        }
        CHECK(en_with_label >= 4);
    }

    SUBCASE("footer: program and date on the right, the page number on the left") {
        const auto bottom = [](const std::vector<Word>& words) {
            std::vector<Word> out;
            for (const auto& w : words) {
                if (w.y_min > 778.0) { // below the content (footer rule at about 782)
                    out.push_back(w);
                }
            }
            return out;
        };
        bool found = false;
        bool found_number = false;
        for (const auto& w : bottom(ar1)) {
            if (w.text == "Candor") {
                found = true;
                CHECK(w.x_max > a4_width / 2.0);
            }
            if (w.text == "١") { // "Page 1 of n", in Arabic-Indic digits
                found_number = true;
                CHECK(w.x_max < a4_width / 3.0);
            }
        }
        CHECK(found);
        CHECK(found_number);
        for (const auto& w : bottom(en1)) {
            if (w.text == "Candor") {
                CHECK(w.x_min == doctest::Approx(margin).epsilon(0.02));
            }
            if (w.text == "Page") {
                CHECK(w.x_min > a4_width / 2.0);
            }
        }
    }
}

TEST_CASE("chart for a right-to-left language: title and legend from the right, axes as is") {
    const auto dir = scratch_dir("chart-rtl");
    render::ChartData d;
    d.title = "Growth";
    d.y.label = "Value";
    d.series.push_back({"First", {{0.0, 1.0}, {10.0, 2.0}}, 0, true});
    d.series.push_back({"Second", {{0.0, 1.0}, {10.0, 1.5}}, 1, true});
    const auto find = [](const std::vector<Word>& words, const std::string& text) {
        for (const auto& w : words) {
            if (w.text == text) {
                return w;
            }
        }
        FAIL("no word " << text);
        return Word{};
    };
    const double width = 400.0;
    const auto ltr_pdf = dir / "ltr.pdf";
    render::write_chart_pdf(render::ChartKind::ValueOverTerm, d, width, 300.0, {},
                            ltr_pdf.string());
    d.right_to_left = true;
    const auto rtl_pdf = dir / "rtl.pdf";
    render::write_chart_pdf(render::ChartKind::ValueOverTerm, d, width, 300.0, {},
                            rtl_pdf.string());
    const auto ltr = words_of(ltr_pdf, 1);
    const auto rtl = words_of(rtl_pdf, 1);

    CHECK(find(ltr, "Growth").x_min < width / 4.0);
    CHECK(find(rtl, "Growth").x_max > width * 3.0 / 4.0);
    // The first legend entry comes first in reading order.
    CHECK(find(ltr, "First").x_max < find(ltr, "Second").x_min);
    CHECK(find(rtl, "First").x_min > find(rtl, "Second").x_max);
    CHECK(find(rtl, "First").x_max > width * 3.0 / 4.0);
    // The value axis stays on the left, with its title.
    CHECK(find(rtl, "Value").x_min < width / 4.0);
    CHECK(find(rtl, "Value").x_min == doctest::Approx(find(ltr, "Value").x_min));
}

TEST_CASE("report: control characters and direction overrides in names never reach the PDF") {
    const auto dir = scratch_dir("hostile-name");
    const fs::path pdf = dir / "r.pdf";
    // A terminal escape, a title escape, a right-to-left override and a line break in the name;
    // the same in the name of a file whose name is shown as the report's source.
    const std::string name = "Evil\x1b[2J\x1b]0;owned\a\xE2\x80\xAE"
                             "olleh\nTwo";
    const Result r = run_cli({"report", "--example", "--name", name, "-o", pdf.string()});
    REQUIRE(r.code == 0);
    const std::string text = pdftotext(pdf);
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(text.find("Evil" + fffd + "[2J" + fffd + "]0;owned" + fffd + fffd + "olleh" + fffd +
                    "Two") != std::string::npos);
    for (const char* bad : {"\x1b", "\a", "\xE2\x80\xAE"}) {
        CHECK(text.find(bad) == std::string::npos);
        CHECK(pdfinfo(pdf).find(bad) == std::string::npos); // the title in the metadata too
    }
}
