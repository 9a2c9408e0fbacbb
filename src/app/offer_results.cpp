#include "offer_results.hpp"

#include "core/data_error.hpp"
#include "core/input_error.hpp"
#include "core/scenario_data.hpp"
#include "i18n/tr.hpp"
#include "present/error_text.hpp"

#include <fmt/format.h>

namespace candor::app {

double OfferResults::plausible_payout() const {
    return core::plausible_payout(evaluation);
}

OfferResults compute_results(const ResultsRequest& q) {
    const auto t0 = std::chrono::steady_clock::now();
    OfferResults r;
    r.evaluation = core::evaluate(q.offer, q.assumptions, *q.market, q.claims);
    r.disclosures = present::render(r.evaluation.disclosures);
    if (q.scenario) {
        // The model of docs/scenarios.md: the offer, the held asset's built-in price risk, the
        // preset's failure and recovery figures, then whatever the user edited.
        core::ScenarioModel m = core::scenario_model(q.offer, q.assumptions);
        core::PriceRiskTable::builtin().apply_to(q.offer.held.code, m);
        const core::ScenarioPreset& preset =
            core::ScenarioPresets::builtin().get(q.scenario->preset, field::scenario);
        preset.apply_to(m);
        if (q.scenario->annual_failure) {
            m.hazard = core::hazard_from_annual_probability(*q.scenario->annual_failure);
        }
        if (q.scenario->recovery) {
            m.recovery = *q.scenario->recovery;
        }
        if (q.scenario->recovery_delay_years) {
            m.recovery_delay_years = *q.scenario->recovery_delay_years;
        }
        ScenarioResult s;
        s.preset = preset.id;
        s.name = preset.name;
        s.model = m;
        if (core::has_closed_form(m)) {
            s.stats = core::closed_form(m);
        } else {
            core::MonteCarloSettings mc;
            mc.paths = q.monte_carlo_paths;
            mc.seed = app_monte_carlo_seed;
            mc.threads = q.threads;
            const core::MonteCarloResult res = core::monte_carlo(m, mc);
            s.stats = res.stats;
            s.exact = false;
            s.paths = res.paths;
            s.standard_error = res.standard_error;
        }
        r.scenario = std::move(s);
    }
    r.elapsed_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

ResultsWorker::ResultsWorker(Done done) : done_(std::move(done)), thread_([this] { run(); }) {}

ResultsWorker::~ResultsWorker() {
    {
        const std::lock_guard lock(mutex_);
        stop_ = true;
        pending_.reset();
    }
    wake_.notify_all();
    thread_.join();
}

void ResultsWorker::request(std::uint64_t generation, ResultsRequest request) {
    {
        const std::lock_guard lock(mutex_);
        pending_ = Job{generation, std::move(request)};
    }
    wake_.notify_one();
}

void ResultsWorker::run() {
    for (;;) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stop_ || pending_.has_value(); });
            if (stop_) {
                return;
            }
            job = std::move(*pending_);
            pending_.reset();
        }
        try {
            auto results = std::make_shared<const OfferResults>(compute_results(job.request));
            done_(job.generation, std::move(results), {});
        } catch (const core::InputError& e) {
            done_(job.generation, nullptr,
                  fmt::format(fmt::runtime(i18n::tr("{0}: expected {1}")), e.field(),
                              present::expected_text(e)));
        } catch (const core::DataError& e) {
            done_(job.generation, nullptr, present::data_error_text(e));
        } catch (const std::exception& e) {
            done_(job.generation, nullptr, e.what());
        }
    }
}

} // namespace candor::app
