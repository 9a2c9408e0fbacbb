// Report speed: a three-offer report end to end from the CLI (a new candor-cli process per
// iteration, as a user runs it), and the in-process steps it is made of.
// Target (issue 6): the three-offer report in under 300 ms end to end. docs/performance.md.

#include "core/analysis.hpp"
#include "core/offer_file.hpp"
#include "core/request.hpp"
#include "render/chart_data.hpp"
#include "render/output.hpp"
#include "render/report_builder.hpp"

#include <benchmark/benchmark.h>

#include <spawn.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

extern char** environ;

namespace {

using namespace candor;

const std::string example_file = std::string(CANDOR_SOURCE_DIR) + "/examples/platform-a.candor";
const std::string out_dir = std::string(CANDOR_BINARY_DIR) + "/bench-output";

int spawn_and_wait(std::vector<std::string> args) {
    std::vector<char*> argv;
    for (auto& a : args) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
        return -1;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::vector<core::OfferResult> three_offers() {
    const core::OfferSet set = core::load_offer_set(example_file);
    std::vector<core::OfferResult> offers;
    for (const auto& e : set.offers) {
        offers.push_back(core::execute(core::request_of(e), core::MarketData::builtin()));
    }
    return offers;
}

/// candor-cli report examples/platform-a.candor -o FILE, in a new process each time.
void BM_ReportCliThreeOffers(benchmark::State& state) {
    std::filesystem::create_directories(out_dir);
    const std::string pdf = out_dir + "/three.pdf";
    for (auto _ : state) {
        const int rc = spawn_and_wait({CANDOR_CLI, "report", example_file, "-o", pdf});
        if (rc != 0) {
            state.SkipWithError("candor-cli report failed");
            break;
        }
    }
}
BENCHMARK(BM_ReportCliThreeOffers)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The same as a user of the library: analyze, build, lay out and write the PDF.
void BM_ReportInProcessThreeOffers(benchmark::State& state) {
    std::filesystem::create_directories(out_dir);
    const std::string pdf = out_dir + "/three-in-process.pdf";
    render::ReportOptions options;
    options.version = "bench";
    options.printed_date = "2026-11-25";
    for (auto _ : state) {
        const auto offers = three_offers();
        const render::Report report = render::build_report(offers, options);
        benchmark::DoNotOptimize(render::write_report_pdf(report, {}, pdf));
    }
}
BENCHMARK(BM_ReportInProcessThreeOffers)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Pagination only (what the app's print preview does once per change).
void BM_ReportLayoutThreeOffers(benchmark::State& state) {
    render::ReportOptions options;
    options.printed_date = "2026-11-25";
    const render::Report report = render::build_report(three_offers(), options);
    for (auto _ : state) {
        const render::ReportLayout layout(report, {});
        benchmark::DoNotOptimize(layout.page_count());
    }
}
BENCHMARK(BM_ReportLayoutThreeOffers)->Unit(benchmark::kMillisecond)->UseRealTime();

/// One chart drawn into an 800 x 500 image (what the app does on a repaint).
void BM_DrawChart(benchmark::State& state) {
    const auto offers = three_offers();
    const auto kind = static_cast<render::ChartKind>(state.range(0));
    const render::ChartData data =
        render::chart_for(kind, offers.front(), render::default_magnitudes());
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 800, 500);
    cairo_t* cr = cairo_create(surface);
    for (auto _ : state) {
        render::draw_chart(cr, kind, data, {0, 0, 800, 500}, {});
        cairo_surface_flush(surface);
    }
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
    state.SetLabel(render::chart_kind_id(kind));
}
BENCHMARK(BM_DrawChart)->DenseRange(0, 3)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
