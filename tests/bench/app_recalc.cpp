// One keystroke's recalculation in the app (compute_results: evaluate, disclosures and a
// 100,000-path Monte Carlo for the XRP example under the crypto-lender preset), timed 20 times.
// Run: build/<preset>/tests/bench/candor_app_recalc (docs/performance.md, "Desktop app").
#include "app/offer_results.hpp"
#include "core/examples.hpp"
#include <algorithm>
#include <cstdio>
using namespace candor;
int main() {
    const auto& ex = core::find_example("platform-a-xrp");
    app::OfferFormInput in = app::form_from_offer(ex.offer, core::Assumptions::defaults());
    in.scenario = "crypto-lender-2022";
    const auto f = app::parse_offer_form(in);
    app::ResultsRequest q{*f.offer, *f.assumptions, f.scenario, f.claims,
                          app::FormDefaults::builtin().market};
    double best = 1e9, sum = 0;
    for (int i = 0; i < 20; ++i) {
        auto r = app::compute_results(q);
        best = std::min(best, r.elapsed_ms);
        sum += r.elapsed_ms;
        std::printf("%s", i == 0 ? (r.scenario->exact ? "exact\n" : "mc\n") : "");
    }
    std::printf("best %.2f ms, mean %.2f ms\n", best, sum / 20);
}
