/// \file monte_carlo.cpp
/// The Monte Carlo engine of scenario.hpp. Compiled with -O3 -ffp-contract=off in every
/// build type (see src/core/CMakeLists.txt): the results are the same bits in Debug and
/// Release, with or without vector instructions.
///
/// Reproducibility: paths come in blocks of `block_paths`; block i draws from its own
/// xoshiro256+ streams seeded by SplitMix64 from (seed, i), whichever thread runs it. A
/// block's sums are accumulated in a fixed lane order; block sums are added in block order;
/// the histogram holds integer counts. So the numbers do not depend on the thread count.
/// Memory: a fixed histogram per thread and one round of block sums, whatever the path count.

#include "input_error.hpp"
#include "mc_math.hpp"
#include "scenario.hpp"
#include "scenario_detail.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <thread>
#include <vector>

namespace candor::core {

namespace {

constexpr int lanes = mc::lanes;
constexpr int chunk = 2048; // paths processed together (a multiple of 2 * lanes)
constexpr int rows = chunk / lanes;
constexpr std::uint64_t block_paths = 16384; // a multiple of chunk
constexpr int hist_bins = 1 << 14;
constexpr std::size_t round_blocks = 256;
constexpr unsigned max_threads = 256;

struct Tables {
    int n = 1;
    std::vector<double> log_scale, drift, sd, pdep;
    bool failure = false;
    bool price = false;
    bool depeg = false;
    bool beta = false;
    double q_term = 0.0;    // chance of failing within one term (n == 1 fast path)
    double inv_lam_t = 0.0; // 1 / (lambda t)
    double log_keep = 0.0;  // ln(1 - L)
    double beta_a = 0.0, beta_b = 0.0, log_r = 0.0;
    double lo = 0.0, w = 1.0, inv_w = 1.0; // histogram over ln X
    double principal = 0.0, half = 0.0, shift = 0.0;
};

Tables make_tables(const ScenarioModel& m) {
    Tables t;
    t.n = m.terms();
    t.failure = m.hazard > 0.0;
    t.price = m.volatility > 0.0;
    t.depeg = m.has_depeg();
    t.beta = m.beta_recovery() && t.failure;
    t.q_term = -std::expm1(-m.hazard * m.term_years);
    t.inv_lam_t = t.failure ? 1.0 / (m.hazard * m.term_years) : 0.0;
    t.log_keep = m.depeg_loss < 1.0 ? std::log1p(-m.depeg_loss) : detail::log_zero;
    if (t.beta) {
        detail::beta_parameters(m.recovery, m.recovery_spread, t.beta_a, t.beta_b);
        t.log_r = std::log(m.recovery);
    }
    const double h = detail::depeg_hazard(m);
    const double lp = std::log(m.principal);
    double lo = 1e300;
    double hi = -1e300;
    for (const auto& b : detail::branches(m)) {
        const double drift = (m.drift - 0.5 * m.volatility * m.volatility) * b.time;
        const double sd = m.volatility * std::sqrt(b.time);
        t.log_scale.push_back(b.log_scale);
        t.drift.push_back(drift);
        t.sd.push_back(sd);
        t.pdep.push_back(t.depeg ? -std::expm1(-h * b.time) : 0.0);
        if (b.weight <= 0.0 || b.log_scale <= detail::log_zero) {
            continue;
        }
        double top = b.log_scale + drift + 9.0 * sd;
        double bottom = b.log_scale + drift - 9.0 * sd;
        if (b.failure && t.beta) {
            top -= t.log_r;     // B <= 1
            bottom = lp - 14.0; // B has no positive lower bound
        }
        if (t.depeg) {
            bottom += t.log_keep;
        }
        lo = std::min(lo, bottom);
        hi = std::max(hi, top);
    }
    lo = std::max(lo, lp - 14.0); // below a millionth of the principal counts as zero
    hi = std::max(hi, lo);
    const double pad = 1e-9 * std::max(1.0, std::abs(hi));
    t.lo = lo - pad;
    t.w = (hi + pad - t.lo) / hist_bins;
    t.inv_w = 1.0 / t.w;
    t.principal = m.principal;
    t.half = 0.5 * m.principal;
    t.shift = detail::exact_mean(m);
    return t;
}

/// Standard normals from a scalar stream, both of each Box-Muller pair.
struct ScalarNormal {
    mc::Xoshiro* r;
    double spare = 0.0;
    bool has_spare = false;
    double next() {
        if (has_spare) {
            has_spare = false;
            return spare;
        }
        const double u1 = 1.0 - r->next();
        const double u2 = r->next();
        double s = 0.0;
        double c = 0.0;
        mc::sincos_2pi(u2, s, c);
        const double rad = std::sqrt(-2.0 * mc::log(u1));
        spare = rad * s;
        has_spare = true;
        return rad * c;
    }
};

/// Gamma(a, 1) by Marsaglia and Tsang, "A simple method for generating gamma variables",
/// ACM TOMS 26(3), 2000, with their squeeze (most draws need no logarithm); for a < 1 via
/// Gamma(a + 1) U^(1/a).
double gamma_draw(mc::Xoshiro& r, ScalarNormal& normal, double a) {
    const double boost = a < 1.0 ? mc::exp(mc::log(1.0 - r.next()) / a) : 1.0;
    const double aa = a < 1.0 ? a + 1.0 : a;
    const double d = aa - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        const double z = normal.next();
        double v = 1.0 + c * z;
        if (v <= 0.0) {
            continue;
        }
        v = v * v * v;
        const double u = 1.0 - r.next();
        const double z2 = z * z;
        if (u < 1.0 - 0.0331 * z2 * z2 || mc::log(u) < 0.5 * z2 + d - d * v + d * mc::log(v)) {
            return d * v * boost;
        }
    }
}

struct BlockSums {
    double sum = 0.0;  // of x - shift
    double sum2 = 0.0; // of (x - shift)^2
    std::uint64_t loss = 0;
    std::uint64_t half = 0;
};

// The steps of one chunk of paths. Always inlined, so that each target clone of run_block
// compiles them for its own instruction set.
#if defined(__GNUC__)
#define CANDOR_MC_STEP inline __attribute__((always_inline))
#else
#define CANDOR_MC_STEP inline
#endif

/// The working arrays of one chunk of paths.
struct Chunk {
    alignas(64) double uf[chunk];
    alignas(64) double ud[chunk];
    alignas(64) double ua[chunk / 2];
    alignas(64) double ub[chunk / 2];
    alignas(64) double z[chunk];
    alignas(64) double lx[chunk];
    alignas(64) double x[chunk];
    alignas(64) std::int32_t idx[chunk];
    alignas(64) std::int32_t bin[chunk];
};

/// The four independent streams of a block: failure, depeg, price normals, recovery draws.
struct BlockStreams {
    mc::XoshiroLanes rf;
    mc::XoshiroLanes rd;
    mc::XoshiroLanes rn;
    mc::Xoshiro rb;
    ScalarNormal rbn{&rb};

    BlockStreams(std::uint64_t seed, std::uint64_t block) {
        rf.seed(seed, block * 4 + 0);
        rd.seed(seed, block * 4 + 1);
        rn.seed(seed, block * 4 + 2);
        rb.seed(seed, block * 4 + 3);
    }
};

/// Per-lane running sums of a block.
struct LaneSums {
    alignas(64) double s1[lanes] = {};
    alignas(64) double s2[lanes] = {};
    alignas(64) std::int64_t loss[lanes] = {};
    alignas(64) std::int64_t half[lanes] = {};

    CANDOR_MC_STEP void add(const Tables& t, int l, double xv) {
        const double d = xv - t.shift;
        s1[l] += d;
        s2[l] += d * d;
        loss[l] += xv < t.principal ? 1 : 0;
        half[l] += xv < t.half ? 1 : 0;
    }

    BlockSums total() const {
        BlockSums b;
        for (int l = 0; l < lanes; ++l) {
            b.sum += s1[l];
            b.sum2 += s2[l];
            b.loss += static_cast<std::uint64_t>(loss[l]);
            b.half += static_cast<std::uint64_t>(half[l]);
        }
        return b;
    }
};

/// idx: the index of the term in which the platform fails, or n for none.
CANDOR_MC_STEP void draw_failures(const Tables& t, mc::XoshiroLanes& rf, Chunk& c) {
    const int n = t.n;
    if (!t.failure) {
        std::fill(std::begin(c.idx), std::end(c.idx), n);
    } else if (n == 1) {
        rf.fill(c.uf, rows);
        for (int i = 0; i < chunk; ++i) {
            c.idx[i] = c.uf[i] < t.q_term ? 0 : 1;
        }
    } else {
        rf.fill(c.uf, rows);
        const double nd = n;
        for (int i = 0; i < chunk; ++i) {
            const double k = -mc::log(1.0 - c.uf[i]) * t.inv_lam_t; // failure time / t
            c.idx[i] = static_cast<std::int32_t>(k < nd ? k : nd);
        }
    }
}

/// Adds the price move of the principal's asset to ln X: Box-Muller normals in pairs.
CANDOR_MC_STEP void add_price_moves(const Tables& t, mc::XoshiroLanes& rn, Chunk& c) {
    const double* sdv = t.sd.data();
    rn.fill(c.ua, rows / 2);
    rn.fill(c.ub, rows / 2);
    for (int j = 0; j < chunk / 2; ++j) {
        const double r = std::sqrt(-2.0 * mc::log(1.0 - c.ua[j]));
        double s = 0.0;
        double co = 0.0;
        mc::sincos_2pi(c.ub[j], s, co);
        c.z[j] = r * co;
        c.z[j + chunk / 2] = r * s;
    }
    for (int i = 0; i < chunk; ++i) {
        c.lx[i] += sdv[c.idx[i]] * c.z[i];
    }
}

/// Adds a stablecoin's loss of its peg to ln X, where it happens.
CANDOR_MC_STEP void add_depegs(const Tables& t, mc::XoshiroLanes& rd, Chunk& c) {
    const double* pd = t.pdep.data();
    rd.fill(c.ud, rows);
    for (int i = 0; i < chunk; ++i) {
        c.lx[i] += c.ud[i] < pd[c.idx[i]] ? t.log_keep : 0.0;
    }
}

/// Replaces the mean recovery by a Beta draw on the paths where the platform failed.
CANDOR_MC_STEP void draw_recoveries(const Tables& t, BlockStreams& r, int cnt, Chunk& c) {
    for (int i = 0; i < cnt; ++i) {
        if (c.idx[i] < t.n) {
            const double ga = gamma_draw(r.rb, r.rbn, t.beta_a);
            const double gb = gamma_draw(r.rb, r.rbn, t.beta_b);
            c.lx[i] += mc::log(ga / (ga + gb)) - t.log_r;
        }
    }
}

/// X = exp(ln X) and its histogram bin.
CANDOR_MC_STEP void payouts_and_bins(const Tables& t, Chunk& c) {
    const double bins_d = hist_bins;
    for (int i = 0; i < chunk; ++i) {
        c.x[i] = mc::exp(c.lx[i]);
        double v = (c.lx[i] - t.lo) * t.inv_w + 1.0;
        v = v < 0.0 ? 0.0 : (v > bins_d ? bins_d : v);
        c.bin[i] = static_cast<std::int32_t>(v);
    }
}

/// Adds the first `cnt` payouts of the chunk to the sums and the histogram.
CANDOR_MC_STEP void accumulate(const Tables& t, const Chunk& c, int cnt, LaneSums& sums,
                               std::uint64_t* hist) {
    const int full_rows = cnt / lanes;
    for (int r = 0; r < full_rows; ++r) {
        for (int l = 0; l < lanes; ++l) {
            sums.add(t, l, c.x[r * lanes + l]);
        }
    }
    for (int i = full_rows * lanes; i < cnt; ++i) {
        sums.add(t, i % lanes, c.x[i]);
    }
    for (int i = 0; i < cnt; ++i) {
        ++hist[c.bin[i]];
    }
}

/// Runs one block of `count` paths; adds its histogram counts to `hist` (hist_bins + 1).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(CANDOR_NO_CLONES)
__attribute__((target_clones("avx512f", "avx2", "default")))
#endif
BlockSums
run_block(const Tables& t, std::uint64_t seed, std::uint64_t block, std::uint64_t count,
          std::uint64_t* hist) {
    Chunk c;
    BlockStreams streams(seed, block);
    LaneSums sums;
    const double* ls = t.log_scale.data();
    const double* dr = t.drift.data();
    for (std::uint64_t done = 0; done < count; done += chunk) {
        const int cnt = static_cast<int>(std::min<std::uint64_t>(chunk, count - done));
        draw_failures(t, streams.rf, c);
        for (int i = 0; i < chunk; ++i) { // ln X before price risk
            c.lx[i] = ls[c.idx[i]] + dr[c.idx[i]];
        }
        if (t.price) {
            add_price_moves(t, streams.rn, c);
        }
        if (t.depeg) {
            add_depegs(t, streams.rd, c);
        }
        if (t.beta) {
            draw_recoveries(t, streams, cnt, c);
        }
        payouts_and_bins(t, c);
        accumulate(t, c, cnt, sums, hist);
    }
    return sums.total();
}

double bin_value(const Tables& t, int j, double frac) {
    return j == 0 ? 0.0 : std::exp(t.lo + (j - 1 + frac) * t.w);
}

double hist_quantile(const Tables& t, const std::vector<std::uint64_t>& h, std::uint64_t total,
                     double alpha) {
    const double target = alpha * static_cast<double>(total);
    double cum = 0.0;
    for (int j = 0; j <= hist_bins; ++j) {
        const auto c = static_cast<double>(h[j]);
        if (c > 0.0 && cum + c >= target) {
            return bin_value(t, j, std::clamp((target - cum) / c, 0.0, 1.0));
        }
        cum += c;
    }
    return bin_value(t, hist_bins, 1.0);
}

double hist_shortfall(const Tables& t, const std::vector<std::uint64_t>& h, std::uint64_t total,
                      double alpha) {
    const double target = alpha * static_cast<double>(total);
    double cum = 0.0;
    double sum = 0.0;
    for (int j = 0; j <= hist_bins && cum < target; ++j) {
        const auto c = static_cast<double>(h[j]);
        const double take = std::min(c, target - cum);
        sum += take * bin_value(t, j, 0.5);
        cum += take;
    }
    return sum / target;
}

/// Every path's sums in block order (so the figures do not depend on the thread count) and
/// the histogram of all paths.
struct PathTotals {
    BlockSums sums;
    std::vector<std::uint64_t> hist;
};

void check_settings(const MonteCarloSettings& s) {
    if (s.paths < 1 || s.paths > MonteCarloSettings::max_paths) {
        throw InputError("paths", CANDOR_N_("a number of paths from 1 to 100000000000 (1e11)"),
                         std::to_string(s.paths));
    }
    if (s.threads > max_threads) {
        throw InputError("threads", CANDOR_N_("a number of threads from 0 (all cores) to 256"),
                         std::to_string(s.threads));
    }
}

/// Runs `work(id)` on `threads` threads (on this one when there is one) and waits for them.
template <typename Work> void run_on_threads(unsigned threads, const Work& work) {
    if (threads == 1) {
        work(0);
        return;
    }
    std::vector<std::thread> pool;
    pool.reserve(threads);
    for (unsigned id = 0; id < threads; ++id) {
        pool.emplace_back(work, id);
    }
    for (auto& th : pool) {
        th.join();
    }
}

PathTotals run_paths(const Tables& t, const MonteCarloSettings& s, unsigned threads) {
    const std::uint64_t blocks = (s.paths + block_paths - 1) / block_paths;
    std::vector<std::vector<std::uint64_t>> hists(
        threads, std::vector<std::uint64_t>(static_cast<std::size_t>(hist_bins) + 1, 0));
    std::vector<BlockSums> round(round_blocks);
    PathTotals total;
    for (std::uint64_t first = 0; first < blocks; first += round_blocks) {
        const std::uint64_t in_round = std::min<std::uint64_t>(round_blocks, blocks - first);
        std::atomic<std::uint64_t> next{0};
        run_on_threads(threads, [&](unsigned id) {
            for (std::uint64_t i = next.fetch_add(1); i < in_round; i = next.fetch_add(1)) {
                const std::uint64_t b = first + i;
                const std::uint64_t count = std::min(block_paths, s.paths - b * block_paths);
                round[i] = run_block(t, s.seed, b, count, hists[id].data());
            }
        });
        for (std::uint64_t i = 0; i < in_round; ++i) { // block order
            total.sums.sum += round[i].sum;
            total.sums.sum2 += round[i].sum2;
            total.sums.loss += round[i].loss;
            total.sums.half += round[i].half;
        }
    }
    total.hist.assign(static_cast<std::size_t>(hist_bins) + 1, 0);
    for (const auto& h : hists) {
        for (std::size_t j = 0; j < total.hist.size(); ++j) {
            total.hist[j] += h[j];
        }
    }
    return total;
}

void fill_stats(const Tables& t, const PathTotals& p, std::uint64_t paths, MonteCarloResult& r) {
    const auto nd = static_cast<double>(paths);
    const double sum = p.sums.sum;
    const double sum2 = p.sums.sum2;
    auto& st = r.stats;
    st.expected_payout = t.shift + sum / nd;
    const double var = paths > 1 ? std::max(0.0, (sum2 - sum * sum / nd) / (nd - 1.0)) : 0.0;
    // Payouts near 1e200 square beyond a double: no standard deviation then (NaN, shown as
    // n/a and written as null), never a false 0.
    st.standard_deviation = std::isfinite(sum2) && std::isfinite(sum)
                                ? std::sqrt(var)
                                : std::numeric_limits<double>::quiet_NaN();
    r.standard_error = st.standard_deviation / std::sqrt(nd);
    st.median_payout = hist_quantile(t, p.hist, paths, 0.5);
    st.p05_payout = hist_quantile(t, p.hist, paths, 0.05);
    st.p95_payout = hist_quantile(t, p.hist, paths, 0.95);
    st.probability_of_loss = static_cast<double>(p.sums.loss) / nd;
    st.probability_of_loss_over_half = static_cast<double>(p.sums.half) / nd;
    st.expected_shortfall_5 = hist_shortfall(t, p.hist, paths, 0.05);
    r.quantile_resolution = std::expm1(t.w);
}

} // namespace

MonteCarloResult monte_carlo(const ScenarioModel& m, const MonteCarloSettings& s) {
    validate(m);
    check_settings(s);
    const auto start = std::chrono::steady_clock::now();
    const Tables t = make_tables(m);
    const unsigned wanted =
        s.threads != 0 ? s.threads : std::max(1U, std::thread::hardware_concurrency());
    const std::uint64_t blocks = (s.paths + block_paths - 1) / block_paths;
    const auto threads = static_cast<unsigned>(std::min<std::uint64_t>(wanted, blocks));

    MonteCarloResult r;
    r.paths = s.paths;
    r.seed = s.seed;
    r.threads = threads;
    fill_stats(t, run_paths(t, s, threads), s.paths, r);
    detail::fill_rates(m, r.stats);
    r.elapsed_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const auto nd = static_cast<double>(s.paths);
    r.paths_per_second = r.elapsed_seconds > 0.0 ? nd / r.elapsed_seconds : 0.0;
    return r;
}

} // namespace candor::core
