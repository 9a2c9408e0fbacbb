#include "offer_results.hpp"

#include "core/input_error.hpp"

namespace candor::app {

OfferResults compute_results(const core::Offer& offer, const core::Assumptions& assumptions,
                             const std::string& scenario) {
    const auto t0 = std::chrono::steady_clock::now();
    OfferResults r{core::analyze(offer, assumptions), scenario, 0.0};
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

void ResultsWorker::request(std::uint64_t generation, core::Offer offer,
                            core::Assumptions assumptions, std::string scenario) {
    {
        const std::lock_guard lock(mutex_);
        pending_ = Job{generation, std::move(offer), std::move(assumptions), std::move(scenario)};
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
            auto results = std::make_shared<const OfferResults>(
                compute_results(job.offer, job.assumptions, job.scenario));
            done_(job.generation, std::move(results), {});
        } catch (const core::InputError& e) {
            done_(job.generation, nullptr, e.field() + ": " + e.expected());
        } catch (const std::exception& e) {
            done_(job.generation, nullptr, e.what());
        }
    }
}

} // namespace candor::app
