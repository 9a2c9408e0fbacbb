// Streamed analysis (issue 13, section 5): offers per second per core, read one at a time from
// JSON Lines or CSV, analysed with their disclosures and closed-form scenarios (one offer in
// three names crypto-lender-2022, which has a closed form; no Monte Carlo), each written as a
// JSON Lines record or a CSV row. In-process (the per-offer loop of `candor-cli analyze`) and
// end to end (a candor-cli process over 20,000 offers, with its peak resident memory).
// Target: 100,000 offers a second per core. Figures and commands in docs/performance.md.

#include "core/offer_stream.hpp"
#include "core/request.hpp"
#include "present/offer_record.hpp"

#include <benchmark/benchmark.h>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h> // environ

namespace {

using namespace candor;

const std::string out_dir = std::string(CANDOR_BINARY_DIR) + "/bench-output";

/// `n` offers of varied principal, term and payout; a third with a closed-form scenario, a
/// fifth with claims, a seventh with stated assumptions and fees.
std::string offers_jsonl(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t p = 5000 + i % 1000;
        const std::size_t days = 10 + i % 300;
        out += R"({"name": "Offer )" + std::to_string(i) + R"(", "principal": ")" +
               std::to_string(p) + R"( USDT", "asset": "USDT", "days": )" + std::to_string(days) +
               R"(, "payout": ")" + std::to_string(p + (i % 97) * 13) + R"( USDT")";
        if (i % 3 == 0) {
            out += R"(, "scenario": "crypto-lender-2022")";
        }
        if (i % 5 == 0) {
            out += R"(, "claims": ["guaranteed", "referral"])";
        }
        if (i % 7 == 0) {
            out += R"(, "assumptions": {"benchmark_rate": 0.043, "inflation": 0.0274, )"
                   R"("entry_fee": "10+1%"})";
        }
        out += "}\n";
    }
    return out;
}

std::string input_file(std::size_t n) {
    std::filesystem::create_directories(out_dir);
    std::string path = out_dir + "/offers-" + std::to_string(n) + ".jsonl";
    if (!std::filesystem::exists(path)) {
        std::ofstream(path, std::ios::binary) << offers_jsonl(n);
    }
    return path;
}

/// The offers of input_file(n) as a .candor document.
std::string candor_file(std::size_t n) {
    std::filesystem::create_directories(out_dir);
    std::string path = out_dir + "/offers-" + std::to_string(n) + ".candor";
    if (!std::filesystem::exists(path)) {
        std::string lines = offers_jsonl(n);
        lines.pop_back(); // the last line break
        std::string doc = "{\"format\": \"candor-offers\", \"version\": 1, \"offers\": [\n";
        for (const char c : lines) {
            doc += c == '\n' ? std::string(",\n") : std::string(1, c);
        }
        std::ofstream(path, std::ios::binary) << doc << "\n]}\n";
    }
    return path;
}

/// The loop of `analyze FILE --format jsonl|csv`: read, execute (only the figures a record
/// writes: ExecutionSettings::record_only), write a record (to memory). Args 2 and 3: the same
/// without the Ponzi reading (no collapsed scheme with inflows), to show what the rest costs.
void BM_StreamAnalysis(benchmark::State& state) {
    const bool csv = state.range(0) % 2 == 1;
    const std::size_t n = 2000;
    const std::string path = input_file(n);
    const auto defaults = core::Assumptions::defaults();
    core::ExecutionSettings settings;
    settings.record_only = true;
    const core::CollapsedSchemes no_inflows; // Args 2 and 3: without the Ponzi reading
    if (state.range(0) >= 2) {
        settings.schemes = &no_inflows;
    }
    std::size_t bytes = 0;
    // The records go to a buffer handed on every 64 KiB, as candor-cli's output file does: a
    // buffer grown to the whole output's size would time the reallocations and page faults of
    // growing it (a fifth of the time, 2026-12-02), which the command does not have.
    std::string out;
    out.reserve(std::size_t{1} << 17);
    for (auto _ : state) {
        core::OfferStream stream(path, core::StreamFormat::JsonLines, defaults);
        core::OfferEntry e;
        out.clear();
        bool header = csv;
        while (stream.next(e)) {
            const core::OfferResult r = core::execute(core::request_of(std::move(e)),
                                                      core::MarketData::builtin(), settings);
            if (csv) {
                present::append_offer_record_csv(r, out, header);
                header = false;
            } else {
                present::append_offer_record_json(r, out, -1);
                out += '\n';
            }
            if (out.size() > (1U << 16)) {
                bytes += out.size();
                out.clear();
            }
        }
        bytes += out.size();
        benchmark::DoNotOptimize(out);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
    state.SetLabel(std::string(csv ? "jsonl in, csv out" : "jsonl in, jsonl out") +
                   (state.range(0) >= 2 ? ", no Ponzi reading" : ""));
}
BENCHMARK(BM_StreamAnalysis)->Arg(0)->Arg(1)->Arg(2)->Arg(3)->Unit(benchmark::kMillisecond);

/// Only core::execute of each offer (the analysis, disclosures and closed-form scenarios), as
/// analyze runs it (Arg 1: record_only) and with every figure (Arg 0: quantiles, distribution
/// and ladder, as the app and the reports ask); Arg 2: record_only without the Ponzi reading
/// (no collapsed scheme with inflows), which shows what the rest costs.
void BM_ExecuteOnly(benchmark::State& state) {
    const std::size_t n = 2000;
    const std::string path = input_file(n);
    std::vector<core::OfferRequest> requests;
    core::OfferStream stream(path, core::StreamFormat::JsonLines, core::Assumptions::defaults());
    core::OfferEntry e;
    while (stream.next(e)) {
        requests.push_back(core::request_of(e));
    }
    core::ExecutionSettings settings;
    settings.record_only = state.range(0) >= 1;
    const core::CollapsedSchemes no_inflows; // Arg 2: without the Ponzi reading, to see its share
    if (state.range(0) == 2) {
        settings.schemes = &no_inflows;
    }
    for (auto _ : state) {
        for (const auto& q : requests) {
            benchmark::DoNotOptimize(core::execute(q, core::MarketData::builtin(), settings));
        }
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * requests.size()));
    state.SetLabel(state.range(0) == 2    ? "record_only, no Ponzi reading"
                   : settings.record_only ? "record_only"
                                          : "every figure");
}
BENCHMARK(BM_ExecuteOnly)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

/// `candor-cli analyze offers.jsonl --format jsonl|csv -o FILE` over 20,000 offers in a new
/// process; counters: offers a second of the child's CPU time (per core) and its peak resident
/// memory (items_per_second is by the wall clock).
void BM_StreamCli(benchmark::State& state) {
    const bool csv = state.range(0) == 1;
    const bool candor = state.range(0) == 2; // the same offers as a .candor document, JSON out
    const std::size_t n = 20000;
    const std::string path = candor ? candor_file(n) : input_file(n);
    const std::string out = out_dir + (csv      ? "/stream-out.csv"
                                       : candor ? "/stream-out.json"
                                                : "/stream-out.jsonl");
    long max_rss_kb = 0;
    double cpu_seconds = 0.0;
    for (auto _ : state) {
        std::vector<std::string> args{
            CANDOR_CLI, "analyze", path, "--format", csv ? "csv" : candor ? "json" : "jsonl",
            "-o",       out};
        std::vector<char*> argv;
        argv.reserve(args.size() + 1);
        for (auto& a : args) {
            argv.push_back(a.data());
        }
        argv.push_back(nullptr);
        pid_t pid = 0;
        if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
            state.SkipWithError("cannot start candor-cli");
            break;
        }
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            state.SkipWithError("candor-cli analyze failed");
            break;
        }
        max_rss_kb = std::max(max_rss_kb, usage.ru_maxrss);
        const auto seconds = [](const timeval& t) {
            return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
        };
        cpu_seconds += seconds(usage.ru_utime) + seconds(usage.ru_stime);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
    state.counters["max_rss_MB"] = static_cast<double>(max_rss_kb) / 1024.0;
    // Per core: the child's own CPU time (user and system), whatever the machine's load.
    state.counters["offers_per_cpu_second"] =
        cpu_seconds > 0.0 ? static_cast<double>(state.iterations() * n) / cpu_seconds : 0.0;
}
BENCHMARK(BM_StreamCli)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
