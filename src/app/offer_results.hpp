#pragma once
/// \file offer_results.hpp
/// What the window shows for one offer, computed from core in one call (core::evaluate, the
/// scenario engine, present's disclosure text), and a background worker that computes it off
/// the UI thread. No wxWidgets type here: the window hands the worker a callback that posts the
/// result back with CallAfter.

#include "offer_form.hpp"

#include "core/evaluation.hpp"
#include "core/scenario.hpp"
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

/// Monte Carlo paths per recalculation when a scenario has no closed form.
inline constexpr std::uint64_t app_monte_carlo_paths = 100'000;
/// Fixed seed: the same input always shows the same figures.
inline constexpr std::uint64_t app_monte_carlo_seed = 20260101;

/// A counterparty scenario applied to the offer.
struct ScenarioResult {
    std::string preset; ///< preset id
    std::string name;   ///< the preset's English display name
    core::ScenarioModel model;
    core::ScenarioStats stats;
    bool exact = true;       ///< closed form; otherwise Monte Carlo
    std::uint64_t paths = 0; ///< Monte Carlo paths (0 when exact)
    double standard_error = 0.0;
};

/// Everything shown for one valid offer. Built by compute_results(); never edited after.
struct OfferResults {
    core::Evaluation evaluation;
    std::optional<ScenarioResult> scenario;
    std::vector<present::DisclosureText> disclosures; ///< translated, most severe first
    double elapsed_ms = 0.0;                          ///< wall time of compute_results()

    const core::Analysis& analysis() const { return evaluation.analysis; }
    /// The plausible payout shown beside the advertised one: the claimed mix's long-run
    /// average when the offer claims a mix, else the benchmark's payout.
    double plausible_payout() const;
};

/// What the worker computes from.
struct ResultsRequest {
    core::Offer offer;
    core::Assumptions assumptions;
    std::optional<ScenarioRequest> scenario;
    std::vector<core::Claim> claims;
    std::shared_ptr<const core::MarketData> market;
    std::uint64_t monte_carlo_paths = app_monte_carlo_paths;
    unsigned threads = 0; ///< Monte Carlo threads; 0: one per core
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
