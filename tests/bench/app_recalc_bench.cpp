/// \file app_recalc_bench.cpp
/// What a keystroke costs in the desktop app, end to end, on the real window (issue 5: "a
/// keystroke's recalculation (with 100,000 Monte Carlo paths) under 50 ms").
///
/// BM_AppKeystroke: the real MainFrame with the built-in XRP example under the
/// "crypto-lender-2022" counterparty preset (lognormal price risk and a Beta recovery: the
/// heaviest model the app computes; it ran 100,000 Monte Carlo paths until core's closed form
/// integrated it numerically, and every recalculation now does that integration).
/// Each iteration types a new payout into the payout field (wxTextCtrl::SetValue sends the
/// same wxEVT_TEXT a keystroke does; two values alternate so that every iteration really
/// recalculates), skips the 150 ms debounce (OfferPage::recalculate_now()), runs the event
/// loop as the app does (blocking until the worker's result is posted back) until the new
/// figures are on the page, and paints the window (wxWindow::Update(), as the start-up
/// measurement does). The figures on screen are checked against core every iteration.
///
/// BM_ComputeResults: compute_results() alone (no window) on the same offer, for comparison.
///
/// Run under Xvfb: xvfb-run -a -s "-screen 0 1440x900x24" build/ci/tests/bench/candor_app_bench
/// (figures and command: docs/performance.md, "Desktop app"). Exits non-zero when a benchmark
/// reported an error, so the ctest smoke run fails on wrong figures.

#include "app/main_frame.hpp"
#include "app/offer_form.hpp"
#include "app/offer_page.hpp"
#include "app/offer_results.hpp"

#include "core/analysis.hpp"
#include "core/examples.hpp"
#include "core/money.hpp"
#include "present/number_format.hpp"

#include <benchmark/benchmark.h>

#include <wx/app.h>
#include <wx/evtloop.h>
#include <wx/init.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

namespace {

using namespace candor;

constexpr const char* example_id = "platform-a-xrp";
constexpr const char* preset_id = "crypto-lender-2022";
/// The two payouts typed in turn (the example advertises 44,400 USD).
constexpr std::array<double, 2> typed_payouts{44400.0, 46800.0};

bool any_error = false;

void fail(benchmark::State& state, const std::string& message) {
    any_error = true;
    std::fprintf(stderr, "error: %s\n", message.c_str());
    state.SkipWithError(message.c_str());
}

/// The example offer with `payout` advertised.
core::Offer offer_with_payout(double payout) {
    core::Offer o = core::find_example(example_id).offer;
    o.advertised_payout = core::Money::from_major(payout, o.principal.asset());
    return o;
}

/// What the app computes for the example under the preset with `payout`, built from core's
/// offer directly (not from the form), with the built-in market data.
app::ResultsRequest request_for(double payout) {
    app::ResultsRequest q;
    q.offer = offer_with_payout(payout);
    q.assumptions = core::Assumptions::defaults();
    q.scenario = app::ScenarioRequest{preset_id, {}, {}, {}, false, {}};
    q.market = app::FormDefaults::builtin().market;
    return q;
}

/// The text the page must show for each typed payout: the advertised payout as core's
/// analysis gives it, and the expected payout under the preset (core::execute).
struct Expected {
    wxString typed;
    std::string advertised;
    std::string expected;
};

Expected expected_for(double payout) {
    const core::Offer o = offer_with_payout(payout);
    const app::OfferResults r = app::compute_results(request_for(payout));
    const core::Analysis& a = r.analysis();
    return {wxString::FromUTF8(present::editable_number(payout, 2)),
            present::money(a.advertised_payout),
            r.scenario ? present::money(r.scenario->stats.expected_payout, o.principal.asset())
                       : std::string()};
}

/// How long a loop waits for the window: 10 s, or CANDOR_BENCH_TIMEOUT_MS.
int loop_timeout_ms() {
    const char* env = std::getenv("CANDOR_BENCH_TIMEOUT_MS");
    const int ms = env != nullptr ? std::atoi(env) : 0;
    return ms > 0 ? ms : 10000;
}

/// Called by the app on every idle event (after the events of a loop pass are handled).
std::function<void()> on_idle;

/// Runs a nested event loop, as the app's own loop runs (blocking until an event comes),
/// until `done()` holds after a pass, or `timeout_ms` passes. Returns done().
/// CANDOR_BENCH_TIMEOUT_MS lengthens the wait for slow runs (under valgrind's callgrind).
bool run_loop_until(const std::function<bool()>& done, int timeout_ms = loop_timeout_ms()) {
    if (done()) {
        return true;
    }
    wxGUIEventLoop loop;
    on_idle = [&] {
        if (loop.IsRunning() && done()) {
            loop.Exit();
        }
    };
    wxTimer timeout;
    timeout.Bind(wxEVT_TIMER, [&](wxTimerEvent&) { loop.Exit(); });
    timeout.StartOnce(timeout_ms);
    loop.Run();
    timeout.Stop();
    on_idle = nullptr;
    return done();
}

/// The main window, made once and shared by every run of BM_AppKeystroke.
struct Window {
    app::MainFrame* frame = nullptr;
    app::OfferPage* page = nullptr;
    wxTextCtrl* payout = nullptr;
    std::array<Expected, 2> expected;
    std::string error; ///< why the window could not be set up; empty when it is ready
};

Window* window = nullptr;

Window& the_window() {
    if (window != nullptr) {
        return *window;
    }
    window = new Window;
    Window& w = *window;
    for (std::size_t i = 0; i < typed_payouts.size(); ++i) {
        w.expected[i] = expected_for(typed_payouts[i]);
    }
    w.frame = new app::MainFrame;
    w.frame->Show();
    w.page = w.frame->add_example(example_id);
    // Choose the preset as opening a file with it would, then wait for the first figures.
    app::OfferFormInput in = w.page->input();
    in.scenario = preset_id;
    w.page->set_input(in);
    if (!run_loop_until([&] { return !w.page->busy() && w.page->results() != nullptr; })) {
        w.error = "the window showed no results in time";
        return w;
    }
    w.frame->Update();
    const auto r = w.page->results();
    if (!r->scenario || !r->scenario->exact || r->scenario->model.recovery_spread <= 0.0 ||
        r->scenario->model.volatility <= 0.0) {
        w.error = std::string("the preset ") + preset_id +
                  " did not integrate a Beta recovery with price risk";
        return w;
    }
    w.payout = dynamic_cast<wxTextCtrl*>(w.page->field_control(app::field::payout));
    if (w.payout == nullptr) {
        w.error = "no payout field";
    }
    return w;
}

void close_window() {
    if (window != nullptr) {
        if (window->frame != nullptr) {
            window->frame->Destroy();
        }
        delete window;
        window = nullptr;
    }
}

/// Types `e.typed` into the payout field and returns once its figures are painted: one
/// iteration's work, in a function of its own so that valgrind can count it alone
/// (`--toggle-collect='*type_and_paint*'`, docs/performance.md). False if they never came.
[[gnu::noinline]] bool type_and_paint(Window& w, const Expected& e) {
    w.payout->SetValue(e.typed); // wxEVT_TEXT, as typing sends
    w.page->recalculate_now();   // without the debounce
    const bool shown = run_loop_until([&] {
        return !w.page->busy() && w.page->figure_text("advertised").utf8_string() == e.advertised;
    });
    w.frame->Update(); // paint what changed
    return shown;
}

/// One keystroke in the payout field, to new figures painted on screen.
void BM_AppKeystroke(benchmark::State& state) {
    Window& w = the_window();
    if (!w.error.empty()) {
        fail(state, w.error);
        return;
    }
    // Start with the value that is not in the field now, so the first iteration changes it.
    std::size_t next = w.payout->GetValue() == w.expected[0].typed ? 1 : 0;
    double compute_ms = 0.0;
    for (auto _ : state) {
        const Expected& e = w.expected[next];
        if (!type_and_paint(w, e)) {
            fail(state, "advertised payout on screen is \"" +
                            w.page->figure_text("advertised").utf8_string() + "\", core gives \"" +
                            e.advertised + "\" for " + e.typed.utf8_string());
            break;
        }
        const auto r = w.page->results();
        if (!r->scenario || !r->scenario->exact) {
            fail(state, "the recalculation did not use the integrated closed form");
            break;
        }
        if (w.page->figure_text("expected").utf8_string() != e.expected) {
            fail(state, "expected payout on screen is \"" +
                            w.page->figure_text("expected").utf8_string() +
                            "\", compute_results gives \"" + e.expected + "\"");
            break;
        }
        compute_ms += r->elapsed_ms;
        next = 1 - next;
    }
    if (state.iterations() > 0) {
        // The worker's share: compute_results() wall time, as shown under the results.
        state.counters["compute_ms"] = compute_ms / static_cast<double>(state.iterations());
    }
}
BENCHMARK(BM_AppKeystroke)->Unit(benchmark::kMillisecond)->UseRealTime();

/// compute_results() alone, on this thread, as the worker runs it (no window).
void BM_ComputeResults(benchmark::State& state) {
    const std::array<app::ResultsRequest, 2> requests{request_for(typed_payouts[0]),
                                                      request_for(typed_payouts[1])};
    std::size_t next = 0;
    for (auto _ : state) {
        const app::OfferResults r = app::compute_results(requests[next]);
        if (!r.scenario || !r.scenario->exact) {
            fail(state, std::string("the preset ") + preset_id + " was not integrated exactly");
            break;
        }
        benchmark::DoNotOptimize(r.scenario->stats.expected_payout);
        next = 1 - next;
    }
}
BENCHMARK(BM_ComputeResults)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Runs the benchmarks from inside the main loop, so that the window lives in a real wxApp.
class BenchApp : public wxApp {
  public:
    bool OnInit() override {
        Bind(wxEVT_IDLE, [](wxIdleEvent& e) {
            e.Skip();
            if (on_idle) {
                on_idle();
            }
        });
        CallAfter([this] {
            benchmark::RunSpecifiedBenchmarks();
            benchmark::Shutdown();
            close_window();
            ExitMainLoop();
        });
        return true;
    }
    int OnRun() override {
        wxApp::OnRun();
        return any_error ? 1 : 0;
    }
};

} // namespace

int main(int argc, char** argv) {
    // Google Benchmark takes its --benchmark_* options out of argv first.
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    wxApp::SetInstance(new BenchApp);
    return wxEntry(argc, argv);
}
