#include "offer_results.hpp"

#include "core/data_error.hpp"
#include "core/input_error.hpp"
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
    static_cast<core::OfferResult&>(r) = core::execute(
        core::OfferRequest{q.offer, q.assumptions, q.claims, q.scenario}, *q.market, q.settings);
    r.disclosures = present::render(r.evaluation.disclosures);
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
