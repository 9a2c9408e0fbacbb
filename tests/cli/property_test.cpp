/// \file property_test.cpp
/// Property: random valid offers, from a seeded generator, through every output of candor-cli
/// (analyze as text, JSON and CSV; report; chart; simulate with few paths) never print nan, inf
/// or an internal error. Each offer is written both as offer flags and as an entry of a
/// .candor file, so that both ways in are read. The report and the charts are checked on what
/// they lay out (every text block and table cell of the report, every label and number of each
/// chart's data) and by running the commands on a share of the offers.
///
/// CANDOR_PROPERTY_OFFERS (default 2000) and CANDOR_PROPERTY_SEED (default 13) change the run:
/// a failure prints the seed, the offer and the command line that failed.

#include "cli_harness.hpp"
#include "non_finite.hpp"

#include "core/data_error.hpp"
#include "core/day_count.hpp"
#include "core/disclosures.hpp"
#include "core/input_error.hpp"
#include "core/market_data.hpp"
#include "core/offer_file.hpp"
#include "core/request.hpp"
#include "core/scenario_data.hpp"
#include "present/analysis_json.hpp"
#include "present/error_text.hpp"
#include "render/chart_data.hpp"
#include "render/chart_table.hpp"
#include "render/report_builder.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <unistd.h>
#include <variant>
#include <vector>

namespace {

using namespace candor;
using candor::test::CliResult;
using candor::test::run_cli;

std::uint64_t env_number(const char* name, std::uint64_t fallback) {
    const char* v = std::getenv(name);
    return v != nullptr && *v != '\0' ? std::strtoull(v, nullptr, 10) : fallback;
}

/// A seeded source of choices; the same seed gives the same offers on every platform (the
/// engine's output is specified; the distributions below are computed here, not by the library).
class Gen {
  public:
    explicit Gen(std::uint64_t seed) : rng_(seed) {}
    /// Uniform in [lo, hi).
    double real(double lo, double hi) {
        return lo + (hi - lo) * static_cast<double>(rng_() >> 11) * 0x1.0p-53;
    }
    /// Uniform in [lo, hi].
    long whole(long lo, long hi) {
        return lo + static_cast<long>(rng_() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool chance(double p) { return real(0.0, 1.0) < p; }
    template <typename T> const T& pick(const std::vector<T>& v) {
        return v[static_cast<std::size_t>(whole(0, static_cast<long>(v.size()) - 1))];
    }

  private:
    std::mt19937_64 rng_;
};

/// One offer, as the strings a person would type; the same fields become flags and a
/// .candor entry.
struct GeneratedOffer {
    std::string name;
    std::string principal; ///< an amount with its code, e.g. "5000.00 USD"
    std::string asset;
    std::optional<long> days;
    std::string start;
    std::string end;
    std::string day_count; ///< empty: the default
    std::string payout;    ///< an amount with its code; empty when a rate is given
    std::optional<double> rate;
    std::string compounding;
    std::vector<std::pair<std::string, double>> mix;
    std::optional<double> benchmark_rate;
    std::optional<double> inflation;
    std::optional<double> recovery;
    std::optional<double> tax;
    std::string entry_fee;
    std::string exit_fee;
    std::string scenario;
    std::vector<std::string> claims;
};

std::string number_text(double v) {
    return fmt::format("{}", v);
}

std::string amount_text(double major, const core::Asset& a) {
    return fmt::format("{:.{}f} {}", major, a.decimals, a.code);
}

/// A term length: mostly under a year or two, some long ones up to the limit of 100 years.
long term_days(Gen& g) {
    const double u = g.real(0.0, 1.0);
    if (u < 0.6) {
        return g.whole(1, 400);
    }
    if (u < 0.9) {
        return g.whole(401, 3650);
    }
    return g.whole(3651, 36500);
}

std::string fee_text(Gen& g) {
    switch (g.whole(0, 2)) {
    case 0:
        return number_text(std::round(g.real(0.0, 50.0)));
    case 1:
        return number_text(std::round(g.real(0.0, 5.0) * 100.0) / 100.0) + "%";
    default:
        return number_text(std::round(g.real(0.0, 20.0))) + "+" +
               number_text(std::round(g.real(0.0, 3.0) * 10.0) / 10.0) + "%";
    }
}

GeneratedOffer random_offer(Gen& g, std::size_t index) {
    static const std::vector<std::string> fiat{"USD", "EUR", "GBP", "JPY", "CHF", "KWD", "BRL"};
    static const std::vector<std::string> crypto{"USDT", "USDC", "BTC", "ETH", "XRP", "SOL"};
    static const std::vector<std::string> day_counts{"ACT/365F", "ACT/360", "ACT/ACT-ISDA",
                                                     "30/360"};
    static const std::vector<std::string> compoundings{
        "simple", "annual", "semiannual", "quarterly", "monthly", "daily", "continuous"};
    static const std::vector<std::string> presets = [] {
        std::vector<std::string> ids;
        for (const auto& p : core::ScenarioPresets::builtin().presets()) {
            ids.push_back(p.id);
        }
        return ids;
    }();
    static const std::vector<std::string> mix_ids = core::MarketData::builtin().mix_ids();

    GeneratedOffer o;
    o.name = fmt::format("Offer {} ({})", index, g.chance(0.2) ? "Geldanlage ü" : "yield");
    o.asset = g.chance(0.5) ? g.pick(fiat) : g.pick(crypto);
    const core::Asset held = *core::find_asset(o.asset);
    // A volatile coin is often bought with dollars: the principal is then in USD.
    const core::Asset currency =
        held.kind == core::AssetKind::Volatile && g.chance(0.5) ? *core::find_asset("USD") : held;
    // Amounts stay below Money::max_minor (9e15 minor units) with room for a payout or a
    // benchmark payout 10,000 times the principal: up to 10 million, or 900 ETH.
    const double largest = std::min(1e7, 9e11 / std::pow(10.0, currency.decimals));
    const double principal = std::max(
        std::round(std::pow(10.0, g.real(0.0, std::log10(largest))) * 100.0) / 100.0, 0.01);
    o.principal = amount_text(principal, currency);

    // The term: days alone (ACT/365F or ACT/360), or dates under any day count.
    const long days = term_days(g);
    const int mode = static_cast<int>(g.whole(0, 2));
    if (mode == 0) {
        o.days = days;
        if (g.chance(0.3)) {
            o.day_count = g.chance(0.5) ? "ACT/365F" : "ACT/360";
        }
    } else {
        const core::Date start = core::Date(2020, 1, 1) + boost::gregorian::days(g.whole(0, 3650));
        o.start = core::format_date(start);
        o.day_count = g.pick(day_counts);
        if (mode == 1) {
            o.days = days;
        } else {
            o.end = core::format_date(start + boost::gregorian::days(days));
        }
    }

    // What is advertised: a payout (gains of every size, and losses) or a rate.
    if (g.chance(0.6)) {
        const double u = g.real(0.0, 1.0);
        const double growth = u < 0.5   ? g.real(1.0, 1.5)
                              : u < 0.7 ? g.real(0.5, 1.0)
                              : u < 0.9 ? std::exp(g.real(0.0, 5.0))
                                        : g.real(0.01, 0.5);
        o.payout = amount_text(std::max(principal * growth, 1.0), currency);
    } else {
        const double u = g.real(0.0, 1.0);
        // Growth over the term stays between 1/20 and 100 (a longer term, a smaller rate).
        const double years = static_cast<double>(days) / 365.0;
        const double r = u < 0.6    ? g.real(0.0, 0.3)
                         : u < 0.85 ? g.real(0.3, 5.0)
                                    : g.real(-0.3, 0.0);
        o.rate = std::round(std::clamp(r, -0.95 / years, std::log(100.0) / years) * 1e6) / 1e6;
        if (g.chance(0.8)) {
            o.compounding = g.pick(compoundings);
        }
    }

    if (g.chance(0.2)) {
        const long parts = g.whole(1, 3);
        long left = 10;
        for (long i = 0; i < parts; ++i) {
            const long tenths = i + 1 == parts ? left : g.whole(0, left);
            left -= tenths;
            const std::string& id = g.pick(mix_ids);
            bool seen = false;
            for (auto& [known, weight] : o.mix) {
                if (known == id) {
                    weight += static_cast<double>(tenths) / 10.0;
                    seen = true;
                }
            }
            if (!seen) {
                o.mix.emplace_back(id, static_cast<double>(tenths) / 10.0);
            }
        }
    }
    if (g.chance(0.3)) {
        o.benchmark_rate = std::round(std::min(g.real(-0.01, 0.2),
                                               std::log(50.0) * 365.0 / static_cast<double>(days)) *
                                      1e4) /
                           1e4;
    }
    if (g.chance(0.3)) {
        o.inflation = std::round(g.real(-0.02, 0.5) * 1e4) / 1e4;
    }
    if (g.chance(0.3)) {
        o.recovery = std::round(g.real(0.0, 1.0) * 100.0) / 100.0;
    }
    if (g.chance(0.2)) {
        o.tax = std::round(g.real(0.0, 0.5) * 100.0) / 100.0;
    }
    if (g.chance(0.2)) {
        o.entry_fee = fee_text(g);
    }
    if (g.chance(0.15)) {
        o.exit_fee = fee_text(g);
    }
    if (g.chance(0.4)) {
        o.scenario = g.pick(presets);
    }
    for (const core::Claim c : core::all_claims()) {
        if (g.chance(0.15)) {
            o.claims.emplace_back(core::claim_id(c));
        }
    }
    return o;
}

/// The offer flags of analyze, report, chart and simulate.
std::vector<std::string> offer_flags(const GeneratedOffer& o) {
    std::vector<std::string> a{"--name", o.name, "--principal", o.principal, "--asset", o.asset};
    if (o.days) {
        a.insert(a.end(), {"--days", std::to_string(*o.days)});
    }
    if (!o.start.empty()) {
        a.insert(a.end(), {"--start", o.start});
    }
    if (!o.end.empty()) {
        a.insert(a.end(), {"--end", o.end});
    }
    if (!o.day_count.empty()) {
        a.insert(a.end(), {"--day-count", o.day_count});
    }
    if (!o.payout.empty()) {
        a.insert(a.end(), {"--payout", o.payout});
    } else {
        a.insert(a.end(), {"--rate", number_text(*o.rate)});
        if (!o.compounding.empty()) {
            a.insert(a.end(), {"--compounding", o.compounding});
        }
    }
    if (!o.mix.empty()) {
        std::string mix;
        for (const auto& [id, w] : o.mix) {
            mix += (mix.empty() ? "" : ",") + id + "=" + number_text(w);
        }
        a.insert(a.end(), {"--mix", mix});
    }
    const auto optional = [&](const char* flag, const std::optional<double>& v) {
        if (v) {
            a.insert(a.end(), {flag, number_text(*v)});
        }
    };
    optional("--benchmark-rate", o.benchmark_rate);
    optional("--inflation", o.inflation);
    optional("--recovery", o.recovery);
    optional("--tax", o.tax);
    if (!o.entry_fee.empty()) {
        a.insert(a.end(), {"--fee", o.entry_fee});
    }
    if (!o.exit_fee.empty()) {
        a.insert(a.end(), {"--exit-fee", o.exit_fee});
    }
    if (!o.claims.empty()) {
        std::string claims;
        for (const auto& c : o.claims) {
            claims += (claims.empty() ? "" : ",") + c;
        }
        a.insert(a.end(), {"--claims", claims});
    }
    return a;
}

/// The offer as an entry of a .candor file (docs/file-format.md).
nlohmann::ordered_json candor_entry(const GeneratedOffer& o) {
    nlohmann::ordered_json j;
    j["name"] = o.name;
    j["principal"] = o.principal;
    j["asset"] = o.asset;
    if (o.days) {
        j["days"] = *o.days;
    }
    if (!o.start.empty()) {
        j["start"] = o.start;
    }
    if (!o.end.empty()) {
        j["end"] = o.end;
    }
    if (!o.day_count.empty()) {
        j["day_count"] = o.day_count;
    }
    if (!o.payout.empty()) {
        j["payout"] = o.payout;
    } else {
        j["rate"] = *o.rate;
        if (!o.compounding.empty()) {
            j["compounding"] = o.compounding;
        }
    }
    if (!o.mix.empty()) {
        nlohmann::ordered_json mix = nlohmann::ordered_json::object();
        for (const auto& [id, w] : o.mix) {
            mix[id] = w;
        }
        j["claimed_mix"] = mix;
    }
    nlohmann::ordered_json a = nlohmann::ordered_json::object();
    const auto optional = [&](const char* key, const std::optional<double>& v) {
        if (v) {
            a[key] = *v;
        }
    };
    optional("benchmark_rate", o.benchmark_rate);
    optional("inflation", o.inflation);
    optional("recovery", o.recovery);
    optional("tax_on_gains", o.tax);
    if (!o.entry_fee.empty()) {
        a["entry_fee"] = o.entry_fee;
    }
    if (!o.exit_fee.empty()) {
        a["exit_fee"] = o.exit_fee;
    }
    if (!a.empty()) {
        j["assumptions"] = a;
    }
    if (!o.scenario.empty()) {
        j["scenario"] = o.scenario;
    }
    if (!o.claims.empty()) {
        j["claims"] = o.claims;
    }
    return j;
}

std::string shown(const std::vector<std::string>& args) {
    std::string s = "candor-cli";
    for (const auto& a : args) {
        s += " '" + a + "'";
    }
    return s;
}

/// Counts what the run saw, for the closing checks.
struct Tally {
    std::size_t offers = 0;
    std::size_t commands = 0;
    std::size_t refused = 0; ///< commands that refused the input (exit 2), each with a message
    std::size_t failed = 0;  ///< commands that broke the property
    std::map<std::string, std::size_t> refusals; ///< by message, numbers left out
};

/// A refusal's message without its figures, to count refusals by kind.
std::string refusal_kind(const std::string& err) {
    std::string kind;
    for (const char c : err.substr(0, err.find('\n'))) {
        if (std::isdigit(static_cast<unsigned char>(c)) == 0) {
            kind += c;
        }
    }
    return kind;
}

enum class Outcome { Ok, Refused, Failed };

/// A command ended well (0), or refused the input with a message (2, counted); never an
/// internal error, and nothing it printed holds a non-finite number. Each failure names the
/// command line.
Outcome check_run(const std::vector<std::string>& args, const CliResult& r, Tally& tally) {
    ++tally.commands;
    std::string problem;
    if (r.code == 1 || r.err.find("internal error") != std::string::npos) {
        problem = "an internal error: " + r.err;
    } else if (r.code != 0 && r.code != 2) {
        problem = "exit code " + std::to_string(r.code) + ": " + r.err;
    } else if (r.code == 2 && r.err.empty()) {
        problem = "exit code 2 without a message";
    } else {
        std::size_t at = 0;
        const std::string& text = r.code == 0 ? r.out : r.err;
        const std::string_view bad = test::non_finite_word(text, &at);
        if (!bad.empty()) {
            const std::size_t from = text.rfind('\n', at);
            const std::size_t to = text.find('\n', at);
            problem = "prints '" + std::string(bad) + "' in: " +
                      text.substr(from == std::string::npos ? 0 : from + 1,
                                  to == std::string::npos ? std::string::npos : to - from - 1);
        }
    }
    if (!problem.empty()) {
        ++tally.failed;
        FAIL_CHECK((shown(args) + "\n  " + problem));
        return Outcome::Failed;
    }
    if (r.code == 2) {
        ++tally.refused;
        ++tally.refusals[refusal_kind(r.err)];
        return Outcome::Refused;
    }
    return Outcome::Ok;
}

void check_text(const std::string& text, const std::string& where) {
    const std::string_view bad = test::non_finite_word(text);
    if (!bad.empty()) {
        FAIL_CHECK((where + " shows '" + std::string(bad) + "'"));
    }
}

/// Keys the analysis JSON documents as numbers (never null): docs/cli.md.
void check_analysis_json(const nlohmann::json& j) {
    for (const char* key :
         {"term_days", "year_fraction", "principal", "advertised_payout", "holding_period_return",
          "simple_annual_rate", "log10_effective_growth", "continuous_annual_rate", "inflation",
          "real_payout", "benchmark_rate", "benchmark_payout", "recovery"}) {
        INFO(key);
        REQUIRE(j.contains(key));
        CHECK(j[key].is_number());
    }
    for (auto it = j["fees"].begin(); it != j["fees"].end(); ++it) {
        INFO("fees.", it.key());
        CHECK(it.value().is_number());
    }
    if (!j["net"].is_null()) {
        for (const char* key : {"payout", "holding_period_return", "simple_annual_rate",
                                "log10_effective_growth", "continuous_annual_rate"}) {
            INFO("net.", key);
            CHECK(j["net"][key].is_number());
        }
    }
    for (const auto& point : j["rollover"]) {
        CHECK(point["years"].is_number());
        CHECK(point["log10_value"].is_number());
    }
}

void check_chart(const render::ChartData& d, const std::string& where) {
    std::string text =
        d.title + "\n" + d.caption + "\n" + d.x.label + "\n" + d.y.label + "\n" + d.loss_label;
    const auto finite = [&](double v, const char* what) {
        if (!std::isfinite(v)) {
            FAIL_CHECK((where + ": " + what + " is " + fmt::format("{}", v)));
        }
    };
    for (const auto& s : d.series) {
        text += "\n" + s.label;
        for (const auto& p : s.points) {
            finite(p.x, "a point's x");
            finite(p.y, "a point's y");
        }
    }
    for (const auto& b : d.bins) {
        finite(b.lower, "a bin's lower end");
        finite(b.upper, "a bin's upper end");
        finite(b.probability, "a bin's probability");
    }
    for (const auto* marks : {&d.marks, &d.x_marks}) {
        for (const auto& m : *marks) {
            text += "\n" + m.label;
            finite(m.value, "a mark");
        }
    }
    for (const auto& v : {d.x.min, d.x.max, d.y.min, d.y.max, d.loss_below}) {
        if (v) {
            finite(*v, "an axis end");
        }
    }
    const render::ChartTable table = render::chart_table(d);
    text += "\n" + render::to_tab_separated(table);
    check_text(text, where);
}

void check_report(const render::Report& report) {
    std::string text =
        report.title + "\n" + report.subtitle + "\n" + report.running_header + "\n" + report.footer;
    for (const render::Block& block : report.blocks) {
        if (const auto* h = std::get_if<render::Heading>(&block)) {
            text += "\n" + h->text;
        } else if (const auto* p = std::get_if<render::Paragraph>(&block)) {
            text += "\n" + p->text;
        } else if (const auto* t = std::get_if<render::Table>(&block)) {
            for (const auto& cell : t->header) {
                text += "\n" + cell;
            }
            for (const auto& row : t->rows) {
                for (const auto& cell : row.cells) {
                    text += "\n" + cell;
                }
            }
        } else if (const auto* grid = std::get_if<render::ChartGrid>(&block)) {
            for (const auto& item : grid->charts) {
                check_chart(item.data, "a chart of the report");
            }
        } else if (const auto* d = std::get_if<render::Disclosure>(&block)) {
            text += "\n" + d->severity_label + "\n" + d->headline + "\n" + d->detail;
        }
    }
    check_text(text, "the report");
}

} // namespace

TEST_CASE("random valid offers never print nan, inf or an internal error") {
    const std::uint64_t seed = env_number("CANDOR_PROPERTY_SEED", 13);
    const std::uint64_t count = env_number("CANDOR_PROPERTY_OFFERS", 2000);
    INFO("CANDOR_PROPERTY_SEED=", seed, " CANDOR_PROPERTY_OFFERS=", count);
    Gen g(seed);
    Tally tally;
    const auto dir = std::filesystem::temp_directory_path() /
                     fmt::format("candor-property-{}-{}", seed, ::getpid());
    std::filesystem::create_directories(dir);
    const std::string file = (dir / "offers.candor").string();
    const core::MarketData& market = core::MarketData::builtin();
    const core::ExecutionSettings quick{200, seed, 1};
    const std::vector<render::ChartKind> kinds{
        render::ChartKind::ValueOverTerm, render::ChartKind::Rollover,
        render::ChartKind::OutcomeDistribution, render::ChartKind::Survival};
    const std::vector<std::string> kind_ids{"value", "rollover", "outcomes", "survival"};
    constexpr std::size_t batch = 25;

    for (std::size_t first = 0; first < count; first += batch) {
        std::vector<GeneratedOffer> offers;
        nlohmann::ordered_json doc{{"format", "candor-offers"}, {"version", 1}};
        doc["offers"] = nlohmann::ordered_json::array();
        for (std::size_t i = first; i < std::min<std::size_t>(first + batch, count); ++i) {
            offers.push_back(random_offer(g, i));
            doc["offers"].push_back(candor_entry(offers.back()));
        }
        tally.offers += offers.size();
        std::ofstream(file) << doc.dump(2);
        const std::string lang = (first / batch) % 4 == 3 ? "de" : "en";

        // analyze FILE, in each format; a failure is then narrowed to the offers that fail
        // alone (as flags).
        for (const std::string format : {"text", "json", "csv"}) {
            const std::vector<std::string> args{"analyze", file,     "--format",
                                                format,    "--lang", lang};
            const CliResult r = run_cli(args);
            const Outcome outcome = check_run(args, r, tally);
            if (outcome == Outcome::Ok && format == "json") {
                const auto j = nlohmann::json::parse(r.out);
                REQUIRE(j["offers"].size() == offers.size());
                for (std::size_t i = 0; i < offers.size(); ++i) {
                    INFO(offers[i].name);
                    check_analysis_json(j["offers"][i]);
                }
            } else if (outcome != Outcome::Ok) {
                for (const GeneratedOffer& o : offers) {
                    std::vector<std::string> one{"analyze", "--format", format, "--lang", lang};
                    const auto flags = offer_flags(o);
                    one.insert(one.end(), flags.begin(), flags.end());
                    check_run(one, run_cli(one), tally);
                }
            }
        }

        // What the report and the charts lay out, from the same results.
        core::OfferSet set;
        try {
            set = core::parse_offer_set(doc.dump(), "offers.candor");
        } catch (const core::DataError& e) {
            FAIL("a generated offer is refused: ", present::data_error_text(e));
        }
        std::vector<core::OfferResult> results;
        for (std::size_t i = 0; i < set.offers.size(); ++i) {
            const std::string where = offers[i].name + " " + candor_entry(offers[i]).dump();
            try {
                results.push_back(core::execute(core::request_of(set.offers[i]), market, quick));
            } catch (const core::InputError&) {
                continue; // refused by analyze as well, where it was counted
            } catch (const std::exception& error) {
                FAIL_CHECK(("core::execute fails: " + std::string(error.what()) + "\n  " + where));
                continue;
            }
            const std::string bad =
                test::non_finite_number(present::to_json(results.back().analysis()));
            if (!bad.empty()) {
                FAIL_CHECK(
                    fmt::format("the analysis JSON holds a non-finite {}\n  {}", bad, where));
            }
            for (std::size_t k = 0; k < kinds.size(); ++k) {
                check_chart(
                    render::chart_for(kinds[k], results.back(), render::magnitudes_of(market)),
                    "chart " + kind_ids[k] + " of " + where);
            }
        }
        for (std::size_t i = 0; i < results.size(); i += 5) {
            const std::vector<core::OfferResult> some(
                results.begin() + static_cast<std::ptrdiff_t>(i),
                results.begin() + static_cast<std::ptrdiff_t>(std::min(i + 5, results.size())));
            render::ReportOptions options;
            options.version = "property";
            options.printed_date = "2026-12-01";
            INFO("the report of offers ", first + i, " to ", first + i + some.size() - 1);
            check_report(render::build_report(some, options));
        }

        // Per offer: simulate (text and JSON) and, for some, the commands that write files.
        for (std::size_t i = 0; i < offers.size(); ++i) {
            const GeneratedOffer& o = offers[i];
            const auto flags = offer_flags(o);
            std::vector<std::string> sim{"simulate"};
            sim.insert(sim.end(), flags.begin(), flags.end());
            if (!o.scenario.empty()) {
                sim.insert(sim.end(), {"--scenario", o.scenario});
            } else {
                sim.insert(sim.end(),
                           {"--hazard", number_text(std::round(g.real(0.0, 2.0) * 1e3) / 1e3)});
            }
            if (g.chance(0.3)) {
                // A Beta-distributed recovery around the offer's recovery (or one drawn here).
                double recovery = o.recovery.value_or(0.0);
                if (recovery <= 0.0 || recovery >= 1.0) {
                    recovery = std::round(g.real(0.05, 0.95) * 100.0) / 100.0;
                    if (!o.recovery) {
                        sim.insert(sim.end(), {"--recovery", number_text(recovery)});
                    }
                }
                const double spread =
                    std::floor(g.real(0.0, 0.9) * std::sqrt(recovery * (1.0 - recovery)) * 1e3) /
                    1e3;
                if (!o.recovery || (*o.recovery > 0.0 && *o.recovery < 1.0)) {
                    sim.insert(sim.end(), {"--recovery-spread", number_text(spread)});
                }
            }
            const long term = o.days ? *o.days : 36500;
            if (g.chance(0.3) && term < 36500 / 2) {
                // The horizon stays within the model's 100 years.
                const long most = std::min(20L, 36500 / term - 1);
                sim.insert(sim.end(), {"--rollovers", std::to_string(g.whole(1, most))});
            }
            sim.insert(sim.end(), {"--paths", "200", "--threads", "1", "--seed",
                                   std::to_string(first + i), "--lang", lang});
            check_run(sim, run_cli(sim), tally);
            sim.insert(sim.end(), {"--format", "json"});
            const CliResult json = run_cli(sim);
            if (check_run(sim, json, tally) == Outcome::Ok) {
                const auto j = nlohmann::json::parse(json.out);
                std::string nulls;
                for (const char* key :
                     {"expected_payout", "standard_deviation", "median_payout", "p05_payout",
                      "p95_payout", "probability_of_loss", "probability_of_loss_over_half",
                      "expected_shortfall_5", "certainty_equivalent_rate", "benchmark_rate",
                      "benchmark_payout", "probability_of_failure", "standard_error"}) {
                    if (!j[key].is_number()) {
                        nulls += std::string(" ") + key;
                    }
                    if (j["exact"].is_object() && j["exact"].contains(key) &&
                        !j["exact"][key].is_number()) {
                        nulls += std::string(" exact.") + key;
                    }
                }
                if (!nulls.empty()) {
                    FAIL_CHECK((shown(sim) + "\n  not a number in the JSON:" + nulls));
                }
            }

            if ((first + i) % 40 == 0) {
                std::vector<std::string> chart{"chart", kind_ids[(first + i) / 40 % 4]};
                chart.insert(chart.end(), flags.begin(), flags.end());
                if (!o.scenario.empty()) {
                    chart.insert(chart.end(), {"--scenario", o.scenario});
                }
                chart.insert(chart.end(), {"-o", (dir / "chart.svg").string()});
                check_run(chart, run_cli(chart), tally);
            }
        }
        if (first % (batch * 16) == 0) {
            const std::vector<std::string> report{
                "report", file,         "-o",     (dir / "report.pdf").string(),
                "--date", "2026-12-01", "--lang", lang};
            check_run(report, run_cli(report), tally);
        }
    }
    std::filesystem::remove_all(dir);
    std::string refusals;
    for (const auto& [kind, n] : tally.refusals) {
        refusals += fmt::format("\n  {} x {}", n, kind);
    }
    MESSAGE(tally.offers, " offers, ", tally.commands, " commands: ", tally.refused, " refused, ",
            tally.failed, " failed", refusals);
    CHECK(tally.offers == count);
    CHECK(tally.failed == 0);
    // The generator makes valid offers: a refusal is rare (an edge such as a term that a day
    // count measures as zero), so most of what is checked is real output.
    CHECK(tally.refused * 50 <= tally.commands);
}

TEST_CASE("the property check itself catches non-finite words") {
    CHECK(test::non_finite_word("Effective annual rate: ∞%") == "\xE2\x88\x9E");
    CHECK(test::non_finite_word("rate -NaN%") == "NaN");
    CHECK(test::non_finite_word("about 10^inf USDT") == "inf");
    CHECK(test::non_finite_word("Infinity") == "Infinity");
    CHECK(test::non_finite_word("inflation 2.74%, info, nanosecond, Nancy").empty());
    const nlohmann::ordered_json j{{"a", 1.0}, {"b", {{"c", std::nan("")}}}};
    CHECK(test::non_finite_number(j) == "b.c");
    CHECK(test::non_finite_number(nlohmann::ordered_json{{"a", 1.5}}).empty());
}
