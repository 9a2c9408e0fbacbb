#include "scenario.hpp"

#include "input_error.hpp"
#include "scenario_detail.hpp"

#include <boost/math/quadrature/gauss.hpp>
#include <boost/math/special_functions/beta.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numbers>
#include <stdexcept>

namespace candor::core {

namespace {

std::string num(double v) {
    return fmt::format("{}", v);
}

void require(bool ok, const char* field, const char* expected, double got) {
    if (!ok || std::isnan(got)) {
        throw InputError(field, expected, num(got));
    }
}

} // namespace

void validate(const ScenarioModel& m) {
    using L = ScenarioLimits;
    require(std::isfinite(m.principal) && m.principal > 0.0, "principal",
            CANDOR_N_("a positive amount, e.g. 5000 or 5,000.00 USDT"), m.principal);
    require(std::isfinite(m.payout) && m.payout > 0.0, "payout",
            CANDOR_N_("a positive amount, e.g. 6350"), m.payout);
    require(std::isfinite(m.term_years) && m.term_years > 0.0, "term", Term::days_expected,
            m.term_years);
    if (m.rollovers < 0 || m.rollovers > L::max_rollovers) {
        throw InputError("rollovers", CANDOR_N_("a whole number from 0 to 10000"),
                         std::to_string(m.rollovers));
    }
    require(m.horizon_years() <= L::max_horizon_years, "rollovers",
            CANDOR_N_("fewer rollovers: the horizon must stay within 200 years and the "
                      "advertised growth below 1e260"),
            m.horizon_years());
    require(m.hazard >= 0.0 && m.hazard <= L::max_hazard, "hazard",
            CANDOR_N_("an annual hazard rate from 0 to 50"), m.hazard);
    require(m.recovery >= 0.0 && m.recovery <= 1.0, "recovery",
            CANDOR_N_("a fraction from 0 to 1, e.g. 0.4"), m.recovery);
    require(m.recovery_spread >= 0.0 && m.recovery_spread <= 0.5, "recovery_spread",
            CANDOR_N_("a standard deviation from 0 to 0.5"), m.recovery_spread);
    if (m.recovery_spread > 0.0) {
        require(m.recovery_spread * m.recovery_spread < m.recovery * (1.0 - m.recovery),
                "recovery_spread",
                CANDOR_N_("a spread below sqrt(R (1 - R)) for the recovery mean R (a Beta "
                          "distribution needs 0 < R < 1)"),
                m.recovery_spread);
    }
    require(m.recovery_delay_years >= 0.0 && m.recovery_delay_years <= L::max_delay_years,
            "recovery_delay", CANDOR_N_("a delay from 0 to 50 years"), m.recovery_delay_years);
    require(std::isfinite(m.benchmark_rate) && m.benchmark_rate > -1.0 && m.benchmark_rate <= 10.0,
            "benchmark_rate", CANDOR_N_("an annual rate as a fraction above -1, e.g. 0.27"),
            m.benchmark_rate);
    require(m.volatility >= 0.0 && m.volatility <= L::max_volatility, "volatility",
            CANDOR_N_("an annual volatility from 0 to 5"), m.volatility);
    require(std::abs(m.drift) <= L::max_abs_drift, "drift",
            CANDOR_N_("an annual drift from -2 to 2"), m.drift);
    require(m.depeg_probability >= 0.0 && m.depeg_probability < 1.0, "depeg_probability",
            CANDOR_N_("a probability from 0 to below 1, e.g. 0.05"), m.depeg_probability);
    require(m.depeg_loss >= 0.0 && m.depeg_loss <= 1.0, "depeg_loss",
            CANDOR_N_("a fraction from 0 to 1, e.g. 0.2"), m.depeg_loss);
    // The largest outcome must stay far from overflow: n ln g plus the price spread.
    const double g = std::log(m.payout / m.principal);
    const double top = std::log(m.principal) + std::max(0.0, g) * m.terms() +
                       std::abs(m.drift) * m.horizon_years() +
                       12.0 * m.volatility * std::sqrt(m.horizon_years());
    require(top < 600.0, "rollovers",
            CANDOR_N_("fewer rollovers: the horizon must stay within 200 years and the "
                      "advertised growth below 1e260"),
            static_cast<double>(m.rollovers));
}

double hazard_from_annual_probability(double p) {
    require(p >= 0.0 && p < 1.0, "failure_probability",
            CANDOR_N_("a probability from 0 to below 1, e.g. 0.05"), p);
    return -std::log1p(-p);
}

double hazard_from_probability_within(double p, double years) {
    require(years > 0.0, "term", Term::days_expected, years);
    return hazard_from_annual_probability(p) / years;
}

double annual_probability_from_hazard(double hazard) {
    return -std::expm1(-hazard);
}

ScenarioModel scenario_model(const Offer& offer, const Assumptions& assumptions) {
    validate(offer);
    ScenarioModel m;
    m.principal = offer.principal.to_major();
    // Time runs in actual days / 365; the day count only accrues the advertised rate.
    m.term_years = static_cast<double>(offer.term.days()) / 365.0;
    if (offer.advertised_payout) {
        m.payout = offer.advertised_payout->to_major();
    } else {
        m.payout =
            m.principal * offer.advertised_rate->growth(offer.term.year_fraction(offer.day_count));
    }
    m.benchmark_rate = assumptions.benchmark_rate;
    m.recovery = assumptions.recovery;
    return m;
}

namespace detail {

double depeg_hazard(const ScenarioModel& m) {
    return m.has_depeg() ? -std::log1p(-m.depeg_probability) : 0.0;
}

std::vector<Branch> branches(const ScenarioModel& m) {
    const int n = m.terms();
    const double t = m.term_years;
    const double lp = std::log(m.principal);
    const double g = m.payout / m.principal;
    const double lg = std::log(g);
    const double lb = std::log1p(m.benchmark_rate);
    const double lr = m.recovery > 0.0 ? std::log(m.recovery) : log_zero;
    std::vector<Branch> out;
    out.reserve(static_cast<std::size_t>(n) + 1);
    for (int k = 1; k <= n; ++k) {
        Branch b;
        b.failure = true;
        b.weight = failure_weight(m.hazard, t, k);
        // Products rather than exp(sum of logs), so that simple cases give exact amounts.
        b.scale = m.recovery * m.principal * std::pow(g, k - 1) *
                  std::pow(1.0 + m.benchmark_rate, (n - k) * t - m.recovery_delay_years);
        b.log_scale = m.recovery > 0.0
                          ? lr + lp + lg * (k - 1) + lb * ((n - k) * t - m.recovery_delay_years)
                          : log_zero;
        b.time = k * t;
        out.push_back(b);
    }
    Branch s;
    s.weight = survival_weight(m.hazard, t, n);
    s.scale = m.payout * std::pow(g, n - 1);
    s.log_scale = lp + lg * n;
    s.time = n * t;
    out.push_back(s);
    return out;
}

double failure_weight(double hazard, double term_years, int k) {
    const double q_term = -std::expm1(-hazard * term_years); // chance of failing within a term
    return std::exp(-hazard * term_years * (k - 1)) * q_term;
}

double survival_weight(double hazard, double term_years, int n) {
    return std::exp(-hazard * term_years * n);
}

MeanByHazard::MeanByHazard(const ScenarioModel& m) : term_years_(m.term_years), n_(m.terms()) {
    const double h = depeg_hazard(m);
    const std::vector<Branch> all = branches(m);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Branch& b = all[i];
        if (b.log_scale <= log_zero) {
            continue;
        }
        // E[de-peg factor] = 1 - (1 - e^{-h s}) L = 1 + expm1(-h s) L
        const double depeg = m.has_depeg() ? 1.0 + std::expm1(-h * b.time) * m.depeg_loss : 1.0;
        parts_.push_back({static_cast<int>(i) + 1, b.scale, std::exp(m.drift * b.time), depeg});
    }
}

double MeanByHazard::operator()(double hazard) const {
    double mean = 0.0;
    for (const Part& p : parts_) {
        const double weight = p.k <= n_ ? failure_weight(hazard, term_years_, p.k)
                                        : survival_weight(hazard, term_years_, n_);
        mean += weight * p.scale * p.growth * p.depeg; // in this order: as the branches are summed
    }
    return mean;
}

double exact_mean(const ScenarioModel& m) {
    return MeanByHazard(m)(m.hazard);
}

void beta_parameters(double mean, double spread, double& a, double& b) {
    const double kappa = mean * (1.0 - mean) / (spread * spread) - 1.0;
    a = mean * kappa;
    b = (1.0 - mean) * kappa;
}

void fill_rates(const ScenarioModel& m, ScenarioStats& s) {
    const double h = m.horizon_years();
    s.benchmark_rate = m.benchmark_rate;
    s.benchmark_payout = m.principal * std::exp(std::log1p(m.benchmark_rate) * h);
    s.certainty_equivalent_rate =
        s.expected_payout > 0.0 ? std::expm1(std::log(s.expected_payout / m.principal) / h) : -1.0;
    s.probability_of_failure = -std::expm1(-m.hazard * h);
}

} // namespace detail

namespace {

/// The regularised incomplete beta function I_x(a, b), evaluated in double precision: Boost's
/// default evaluates a double in long double, several times slower, for digits a probability
/// shown to a tenth of a percent does not use.
double ibeta(double a, double b, double x) {
    using namespace boost::math::policies;
    return boost::math::ibeta(a, b, x, policy<promote_double<false>>());
}

/// One component of the outcome mixture.
struct Component {
    enum class Kind { Atom, Beta, LogNormal, BetaLogNormal } kind = Kind::Atom;
    double weight = 0.0;
    double scale = 0.0;        ///< Atom: the value; Beta: X = scale * B
    double a = 0.0, b = 0.0;   ///< Beta parameters
    double mu = 0.0, sd = 0.0; ///< LogNormal: ln X ~ N(mu, sd^2); BetaLogNormal: X = B e^L,
                               ///< L ~ N(mu, sd^2) independent of B
    std::shared_ptr<class BetaTail> tail; ///< BetaLogNormal: its integrals, kept per node
};

double norm_cdf(double z) {
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double norm_pdf(double z) {
    return std::exp(-0.5 * z * z) / std::sqrt(2.0 * std::numbers::pi);
}

/// The integrals over u >= 0 of I_{a,b}(e^(-sd u)) phi(z0 + u) (and the same with a + 1):
/// the part of P(B e^L <= x), with z0 = (ln x - mu) / sd, where e^L > x so that B must stay
/// below x e^(-L) = e^(-sd u); the a + 1 form, at z0 - sd, gives the partial mean. Only phi
/// depends on x, so the Beta factor is computed once per quadrature node and kept: the
/// bisections of the quantiles then cost one exp per node (docs/scenarios.md, "Beta recovery
/// with price risk"). Nodes: 8-point Gauss-Legendre on panels of 0.25 in u (phi varies on a
/// scale of 1), with panels shrinking geometrically towards u = 0 where I(e^(-sd u)) may have a
/// singular derivative; phi is cut 9 standard deviations from its peak (below 1e-18).
class BetaTail {
  public:
    BetaTail(double a, double b, double sd) : a_(a), b_(b), sd_(sd) {
        // [0, 0.25]: panels [0.25 4^-(k+1), 0.25 4^-k] for k = 0..11, then [0, 0.25 4^-12].
        double hi = panel;
        for (int k = 0; k < 12; ++k) {
            add_panel(hi / 4.0, hi, near_zero_);
            hi /= 4.0;
        }
        add_panel(0.0, hi, near_zero_);
    }

    /// The integral with (a, b) when `plus_one` is false, else with (a + 1, b).
    double integral(double z0, bool plus_one) {
        const double peak = -z0;
        if (peak + window <= 0.0) {
            return 0.0;
        }
        double sum = 0.0;
        if (peak - window < panel) {
            for (const Node& n : near_zero_) {
                sum += n.w * (plus_one ? n.i1 : n.i0) * norm_pdf(z0 + n.u);
            }
        }
        const auto first =
            static_cast<std::size_t>(std::max(1.0, std::floor((peak - window) / panel)));
        const auto last =
            static_cast<std::size_t>(std::max(0.0, std::ceil((peak + window) / panel)));
        for (std::size_t k = first; k < last; ++k) {
            for (const Node& n : far_panel(k)) {
                sum += n.w * (plus_one ? n.i1 : n.i0) * norm_pdf(z0 + n.u);
            }
        }
        return sum;
    }

  private:
    struct Node {
        double u = 0.0;
        double w = 0.0;
        double i0 = 0.0; ///< I_{a,b}(e^(-sd u))
        double i1 = 0.0; ///< I_{a+1,b}(e^(-sd u))
    };
    static constexpr double panel = 0.25;
    static constexpr double window = 9.0;

    void add_panel(double lo, double hi, std::vector<Node>& out) const {
        using rule = boost::math::quadrature::gauss<double, 8>;
        const double mid = 0.5 * (lo + hi);
        const double half = 0.5 * (hi - lo);
        for (std::size_t i = 0; i < rule::abscissa().size(); ++i) {
            for (const double sign : {-1.0, 1.0}) {
                const double u = mid + sign * half * rule::abscissa()[i];
                const double x = std::exp(-sd_ * u);
                out.push_back(
                    {u, half * rule::weights()[i], ibeta(a_, b_, x), ibeta(a_ + 1.0, b_, x)});
            }
        }
    }
    /// Panel k >= 1: [0.25 k, 0.25 (k + 1)], made the first time it is needed.
    const std::vector<Node>& far_panel(std::size_t k) {
        if (far_.size() <= k) {
            far_.resize(k + 1);
        }
        if (far_[k].empty()) {
            add_panel(panel * static_cast<double>(k), panel * static_cast<double>(k + 1), far_[k]);
        }
        return far_[k];
    }

    double a_, b_, sd_;
    std::vector<Node> near_zero_;
    std::vector<std::vector<Node>> far_;
};

class Mixture {
  public:
    explicit Mixture(std::vector<Component> c) : c_(std::move(c)) {}

    /// P(X <= x) when inclusive, else P(X < x).
    double cdf(double x, bool inclusive) const {
        double p = 0.0;
        for (const auto& c : c_) {
            p += c.weight * component_cdf(c, x, inclusive);
        }
        return std::min(1.0, p);
    }

    /// E[X; X < x].
    double partial_mean_below(double x) const {
        double e = 0.0;
        for (const auto& c : c_) {
            switch (c.kind) {
            case Component::Kind::Atom:
                e += c.scale < x ? c.weight * c.scale : 0.0;
                break;
            case Component::Kind::Beta: {
                const double z = std::clamp(x / c.scale, 0.0, 1.0);
                e += c.weight * c.scale * c.a / (c.a + c.b) *
                     (z <= 0.0 ? 0.0 : ibeta(c.a + 1.0, c.b, z));
                break;
            }
            case Component::Kind::LogNormal:
                if (x > 0.0) {
                    e += c.weight * std::exp(c.mu + 0.5 * c.sd * c.sd) *
                         norm_cdf((std::log(x) - c.mu - c.sd * c.sd) / c.sd);
                }
                break;
            case Component::Kind::BetaLogNormal:
                e += c.weight * beta_lognormal_partial_mean(c, x);
                break;
            }
        }
        return e;
    }

    double mean() const {
        double e = 0.0;
        for (const auto& c : c_) {
            e += c.weight * component_moment(c, 1);
        }
        return e;
    }
    double second_moment() const {
        double e = 0.0;
        for (const auto& c : c_) {
            e += c.weight * component_moment(c, 2);
        }
        return e;
    }

    /// The smallest x with P(X <= x) >= alpha, by bisection; snapped to an atom within 1e-12.
    double quantile(double alpha) const {
        double hi = 0.0;
        for (const auto& c : c_) {
            if (c.weight <= 0.0) {
                continue;
            }
            const bool spread =
                c.kind == Component::Kind::LogNormal || c.kind == Component::Kind::BetaLogNormal;
            const double top = spread ? std::exp(c.mu + 40.0 * c.sd) : c.scale;
            hi = std::max(hi, top);
        }
        if (cdf(0.0, true) >= alpha) {
            return 0.0;
        }
        double lo = 0.0;
        for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; ++i) {
            const double mid = 0.5 * (lo + hi);
            if (cdf(mid, true) >= alpha) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        for (const auto& c : c_) {
            if (c.kind == Component::Kind::Atom && c.weight > 0.0 &&
                std::abs(c.scale - hi) <= 1e-12 * std::max(1.0, hi) + (hi - lo)) {
                return c.scale;
            }
        }
        return hi;
    }

    const std::vector<Component>& components() const { return c_; }

    /// P(X <= x) of the lognormal components alone (the part a chart draws as a grid).
    double lognormal_cdf(double x) const {
        double p = 0.0;
        for (const auto& c : c_) {
            if (c.kind == Component::Kind::LogNormal) {
                p += c.weight * component_cdf(c, x, true);
            }
        }
        return p;
    }

  private:
    static double component_cdf(const Component& c, double x, bool inclusive) {
        switch (c.kind) {
        case Component::Kind::Atom:
            return inclusive ? (c.scale <= x ? 1.0 : 0.0) : (c.scale < x ? 1.0 : 0.0);
        case Component::Kind::Beta:
            if (x <= 0.0) {
                return 0.0;
            }
            if (x >= c.scale) {
                return 1.0;
            }
            return ibeta(c.a, c.b, x / c.scale);
        case Component::Kind::LogNormal:
            return x <= 0.0 ? 0.0 : norm_cdf((std::log(x) - c.mu) / c.sd);
        case Component::Kind::BetaLogNormal: {
            if (x <= 0.0) {
                return 0.0;
            }
            const double z0 = (std::log(x) - c.mu) / c.sd;
            return std::min(1.0, norm_cdf(z0) + c.tail->integral(z0, false));
        }
        }
        return 0.0;
    }
    /// E[X; X < x] = E[B] (e^(mu + sd^2/2)) [Phi(z0 - sd) + the tail integral with (a + 1, b)].
    static double beta_lognormal_partial_mean(const Component& c, double x) {
        if (x <= 0.0) {
            return 0.0;
        }
        const double z0 = (std::log(x) - c.mu) / c.sd - c.sd;
        const double mean_b = c.a / (c.a + c.b);
        return mean_b * std::exp(c.mu + 0.5 * c.sd * c.sd) *
               (norm_cdf(z0) + c.tail->integral(z0, true));
    }
    static double component_moment(const Component& c, int k) {
        switch (c.kind) {
        case Component::Kind::Atom:
            return std::pow(c.scale, k);
        case Component::Kind::Beta: {
            const double m1 = c.a / (c.a + c.b);
            if (k == 1) {
                return c.scale * m1;
            }
            return c.scale * c.scale * m1 * (c.a + 1.0) / (c.a + c.b + 1.0);
        }
        case Component::Kind::LogNormal:
            return std::exp(k * c.mu + 0.5 * k * k * c.sd * c.sd);
        case Component::Kind::BetaLogNormal: {
            const double m1 = c.a / (c.a + c.b);
            const double b_moment = k == 1 ? m1 : m1 * (c.a + 1.0) / (c.a + c.b + 1.0);
            return b_moment * std::exp(k * c.mu + 0.5 * k * k * c.sd * c.sd);
        }
        }
        return 0.0;
    }

    std::vector<Component> c_;
};

Mixture build_mixture(const ScenarioModel& m) {
    const double h = detail::depeg_hazard(m);
    const double log_keep = m.depeg_loss < 1.0 ? std::log1p(-m.depeg_loss) : detail::log_zero;
    double ba = 0.0;
    double bb = 0.0;
    if (m.beta_recovery()) {
        detail::beta_parameters(m.recovery, m.recovery_spread, ba, bb);
    }
    std::vector<Component> out;
    for (const auto& br : detail::branches(m)) {
        if (br.weight <= 0.0) {
            continue;
        }
        // De-peg splits the branch in two: de-pegged by br.time, or not.
        struct Part {
            double w;
            double log_scale;
            double scale;
        };
        std::vector<Part> parts;
        if (m.has_depeg()) {
            const double q = -std::expm1(-h * br.time);
            parts.push_back(
                {br.weight * q,
                 log_keep <= detail::log_zero ? detail::log_zero : br.log_scale + log_keep,
                 br.scale * (1.0 - m.depeg_loss)});
            parts.push_back({br.weight * (1.0 - q), br.log_scale, br.scale});
        } else {
            parts.push_back({br.weight, br.log_scale, br.scale});
        }
        for (const auto& p : parts) {
            if (p.w <= 0.0) {
                continue;
            }
            Component c;
            c.weight = p.w;
            if (p.log_scale <= detail::log_zero) {
                c.kind = Component::Kind::Atom;
                c.scale = 0.0;
            } else if (br.failure && m.beta_recovery() && m.volatility > 0.0) {
                // B e^L: the Beta recovery times the held asset's lognormal price factor.
                c.kind = Component::Kind::BetaLogNormal;
                c.mu = p.log_scale - std::log(m.recovery) +
                       (m.drift - 0.5 * m.volatility * m.volatility) * br.time;
                c.sd = m.volatility * std::sqrt(br.time);
                c.a = ba;
                c.b = bb;
                c.tail = std::make_shared<BetaTail>(ba, bb, c.sd);
            } else if (br.failure && m.beta_recovery()) {
                // log_scale includes ln R; the Beta component scales B with mean R.
                c.kind = Component::Kind::Beta;
                c.scale = std::exp(p.log_scale - std::log(m.recovery));
                c.a = ba;
                c.b = bb;
            } else if (m.volatility > 0.0) {
                c.kind = Component::Kind::LogNormal;
                c.mu = p.log_scale + (m.drift - 0.5 * m.volatility * m.volatility) * br.time;
                c.sd = m.volatility * std::sqrt(br.time);
            } else {
                c.kind = Component::Kind::Atom;
                c.scale = p.scale * std::exp(m.drift * br.time);
            }
            out.push_back(c);
        }
    }
    return Mixture(std::move(out));
}

} // namespace

double break_even_hazard(const ScenarioModel& m) {
    validate(m);
    const double target = m.principal * std::exp(std::log1p(m.benchmark_rate) * m.horizon_years());
    // Each step changes only the hazard: what does not depend on it is computed once.
    const detail::MeanByHazard mean_at(m);
    if (mean_at(0.0) <= target) {
        return 0.0;
    }
    double lo = 0.0;
    double hi = ScenarioLimits::max_hazard;
    if (mean_at(hi) > target) {
        return hi;
    }
    for (int i = 0; i < 100 && hi - lo > 1e-12 * std::max(1.0, hi); ++i) {
        const double mid = 0.5 * (lo + hi);
        (mean_at(mid) > target ? lo : hi) = mid;
    }
    return hi;
}

bool has_closed_form(const ScenarioModel& m) {
    const bool integrated = m.beta_recovery() && m.volatility > 0.0 && m.hazard > 0.0;
    return !integrated || m.terms() <= ScenarioLimits::max_integrated_terms;
}

ScenarioStats closed_form(const ScenarioModel& m, bool quantiles) {
    validate(m);
    if (!has_closed_form(m)) {
        throw std::logic_error("closed_form: too many terms for the integrated Beta recovery");
    }
    const Mixture mix = build_mixture(m);
    ScenarioStats s;
    s.expected_payout = mix.mean();
    // A second moment beyond a double (payouts near 1e200) has no standard deviation: NaN,
    // shown as n/a and written as null, never a false 0.
    const double second = mix.second_moment();
    s.standard_deviation =
        std::isfinite(second)
            ? std::sqrt(std::max(0.0, second - s.expected_payout * s.expected_payout))
            : std::numeric_limits<double>::quiet_NaN();
    s.probability_of_loss = mix.cdf(m.principal, false);
    s.probability_of_loss_over_half = mix.cdf(0.5 * m.principal, false);
    detail::fill_rates(m, s);
    if (!quantiles) {
        s.median_payout = s.p05_payout = s.p95_payout = s.expected_shortfall_5 =
            std::numeric_limits<double>::quiet_NaN();
        return s;
    }
    s.median_payout = mix.quantile(0.5);
    s.p05_payout = mix.quantile(0.05);
    s.p95_payout = mix.quantile(0.95);
    // ES_a = (E[X; X < q] + q (a - P(X < q))) / a  (Acerbi and Tasche 2002, for atoms at q).
    const double a = 0.05;
    const double q = s.p05_payout;
    s.expected_shortfall_5 = (mix.partial_mean_below(q) + q * (a - mix.cdf(q, false))) / a;
    return s;
}

std::vector<OutcomeBin> outcome_distribution(const ScenarioModel& m, int grid_bins) {
    validate(m);
    ScenarioModel at_mean = m;
    at_mean.recovery_spread = 0.0;
    const Mixture mix = build_mixture(at_mean);
    std::vector<OutcomeBin> bins;
    // Point masses, merged where they fall on the same value.
    const double w = std::max(std::abs(m.payout), 1.0) * 0.004;
    double lo = std::numeric_limits<double>::infinity();
    double hi = 0.0;
    for (const Component& c : mix.components()) {
        if (c.weight <= 0.0) {
            continue;
        }
        if (c.kind == Component::Kind::LogNormal) {
            lo = std::min(lo, std::exp(c.mu - 3.3 * c.sd));
            hi = std::max(hi, std::exp(c.mu + 3.3 * c.sd));
            continue;
        }
        const auto same = std::find_if(bins.begin(), bins.end(), [&](const OutcomeBin& b) {
            return std::abs((b.lower + b.upper) / 2.0 - c.scale) <=
                   1e-9 * std::max(1.0, std::abs(c.scale));
        });
        if (same != bins.end()) {
            same->probability += c.weight;
        } else {
            const double from = std::max(0.0, c.scale - w);
            bins.push_back({from, from + 2.0 * w, c.weight});
        }
    }
    // The lognormal parts: one grid over all of them.
    const double width = hi > lo ? (hi - lo) / grid_bins : 0.0;
    for (int i = 0; i < grid_bins && width > 0.0; ++i) {
        const double a = lo + i * width;
        const double b = lo + (i + 1) * width;
        bins.push_back({a, b, mix.lognormal_cdf(b) - mix.lognormal_cdf(a)});
    }
    return bins;
}

} // namespace candor::core
