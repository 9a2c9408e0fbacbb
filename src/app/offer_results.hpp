#pragma once
/// \file offer_results.hpp
/// What the window shows for one offer, computed from core in one call, and a background
/// worker that computes it off the UI thread. No wxWidgets type here: the window hands the
/// worker a callback that posts the result back with CallAfter.

#include "core/analysis.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace candor::app {

/// Everything shown for one valid offer. Built by compute_results(); never edited after.
struct OfferResults {
    core::Analysis analysis;
    std::string scenario;    ///< the scenario preset it was computed under
    double elapsed_ms = 0.0; ///< wall time of compute_results()
};

/// Runs core for one offer (the analysis; the scenario engine once it is available).
/// \throws core::InputError when core rejects the input.
OfferResults compute_results(const core::Offer& offer, const core::Assumptions& assumptions,
                             const std::string& scenario);

/// One worker thread that computes the latest request only: a request made while another is
/// running replaces any request still waiting, so typing fast never queues stale work.
class ResultsWorker {
  public:
    using Done = std::function<void(
        std::uint64_t generation, std::shared_ptr<const OfferResults> results, std::string error)>;
    explicit ResultsWorker(Done done);
    ~ResultsWorker();
    ResultsWorker(const ResultsWorker&) = delete;
    ResultsWorker& operator=(const ResultsWorker&) = delete;

    /// Queues a computation; `done` is later called on the worker thread with `generation`.
    void request(std::uint64_t generation, core::Offer offer, core::Assumptions assumptions,
                 std::string scenario);

  private:
    struct Job {
        std::uint64_t generation;
        core::Offer offer;
        core::Assumptions assumptions;
        std::string scenario;
    };
    void run();

    Done done_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<Job> pending_;
    bool stop_ = false;
    std::thread thread_;
};

} // namespace candor::app
