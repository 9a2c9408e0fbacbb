#pragma once
/// \file offer_results.hpp
/// What the window shows for one offer, computed by core's one executor (core::execute) with
/// present's disclosure text, and a background worker that computes it off the UI thread. No
/// wxWidgets type here: the window hands the worker a callback that posts the result back with
/// CallAfter.

#include "offer_form.hpp"

#include "core/request.hpp"
#include "present/disclosure_text.hpp"

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

/// Everything shown for one valid offer: core's result (core::execute, the executor behind the
/// CLI and the reports too) and its disclosures as translated text. Built by compute_results();
/// never edited after.
struct OfferResults : core::OfferResult {
    std::vector<present::DisclosureText> disclosures; ///< translated, most severe first
    double elapsed_ms = 0.0;                          ///< wall time of compute_results()

    /// The plausible payout shown beside the advertised one: the claimed mix's long-run
    /// average when the offer claims a mix, else the benchmark's payout.
    double plausible_payout() const;
};

/// What the worker computes from: the form's offer request and the market data in use.
struct ResultsRequest {
    core::Offer offer;
    core::Assumptions assumptions;
    std::optional<ScenarioRequest> scenario;
    std::vector<core::Claim> claims;
    std::shared_ptr<const core::MarketData> market;
    core::ExecutionSettings settings; ///< the same defaults as the CLI and the reports
};

/// Runs core for one offer. \throws core::InputError when core rejects the input.
OfferResults compute_results(const ResultsRequest& request);

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
    void request(std::uint64_t generation, ResultsRequest request);

  private:
    struct Job {
        std::uint64_t generation = 0;
        ResultsRequest request;
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
