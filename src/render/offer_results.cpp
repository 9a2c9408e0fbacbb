#include "offer_results.hpp"

#include "core/analysis.hpp"
#include "core/disclosures.hpp"
#include "core/evaluation.hpp"
#include "core/plausible.hpp"
#include "core/scenario_data.hpp"
#include "i18n/tr.hpp"
#include "present/disclosure_text.hpp"

#include <algorithm>
#include <cmath>

namespace candor::render {

using i18n::tr;

namespace {

Severity severity_of(core::Severity s) {
    switch (s) {
    case core::Severity::Warning:
        return Severity::Warning;
    case core::Severity::Caution:
        return Severity::Caution;
    case core::Severity::Info:
        return Severity::Info;
    }
    return Severity::Info;
}

/// Standard normal CDF.
double phi(double z) {
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

/// A value factor at the horizon: point masses (value, probability) and, with price risk, a
/// lognormal part (log-mean, log-sd, probability).
struct Factor {
    std::vector<std::pair<double, double>> atoms;
    bool lognormal = false;
    double mu = 0.0;
    double sd = 0.0;
};

Factor value_factor(const core::ScenarioModel& m, double s) {
    Factor f;
    if (m.volatility > 0.0 || m.drift != 0.0) {
        if (m.volatility > 0.0) {
            f.lognormal = true;
            f.mu = (m.drift - 0.5 * m.volatility * m.volatility) * s;
            f.sd = m.volatility * std::sqrt(s);
        } else {
            f.atoms.emplace_back(std::exp(m.drift * s), 1.0);
        }
    } else if (m.depeg_probability > 0.0 && m.depeg_loss > 0.0) {
        const double p = 1.0 - std::pow(1.0 - m.depeg_probability, s);
        f.atoms.emplace_back(1.0, 1.0 - p);
        f.atoms.emplace_back(1.0 - m.depeg_loss, p);
    } else {
        f.atoms.emplace_back(1.0, 1.0);
    }
    return f;
}

} // namespace

std::vector<HistogramBin> outcome_bins(const core::ScenarioModel& m) {
    const double t = m.term_years;
    const double survive = std::exp(-m.hazard * t);
    const double paid = m.payout;
    const double on_failure =
        m.recovery * m.principal * std::pow(1.0 + m.benchmark_rate, -m.recovery_delay_years);
    const Factor v = value_factor(m, t);
    // Branches: (scale, probability).
    const std::vector<std::pair<double, double>> branches{{paid, survive},
                                                          {on_failure, 1.0 - survive}};
    std::vector<HistogramBin> bins;
    const auto add_atom = [&](double x, double p) {
        if (p <= 0.0) {
            return;
        }
        for (auto& b : bins) { // merge point masses at the same value
            if (std::abs((b.lower + b.upper) / 2.0 - x) <= 1e-9 * std::max(1.0, std::abs(x))) {
                b.probability += p;
                return;
            }
        }
        const double w = std::max(std::abs(paid), 1.0) * 0.004;
        const double lo = std::max(0.0, x - w);
        bins.push_back({lo, lo + 2.0 * w, p});
    };
    if (!v.lognormal) {
        for (const auto& [scale, p] : branches) {
            for (const auto& [factor, q] : v.atoms) {
                add_atom(scale * factor, p * q);
            }
        }
        return bins;
    }
    // Lognormal: one grid of equal-width bins over both branches' central 99.9%.
    double lo = std::numeric_limits<double>::infinity();
    double hi = 0.0;
    for (const auto& [scale, p] : branches) {
        if (p > 0.0 && scale > 0.0) {
            lo = std::min(lo, scale * std::exp(v.mu - 3.3 * v.sd));
            hi = std::max(hi, scale * std::exp(v.mu + 3.3 * v.sd));
        }
    }
    const int n = 48;
    const double width = (hi - lo) / n;
    std::vector<HistogramBin> grid;
    for (int i = 0; i < n && width > 0.0; ++i) {
        grid.push_back({lo + i * width, lo + (i + 1) * width, 0.0});
    }
    for (const auto& [scale, p] : branches) {
        if (p <= 0.0) {
            continue;
        }
        if (scale <= 0.0) {
            add_atom(0.0, p);
            continue;
        }
        for (auto& b : grid) {
            const double z0 = (std::log(b.lower / scale) - v.mu) / v.sd;
            const double z1 = (std::log(b.upper / scale) - v.mu) / v.sd;
            b.probability += p * (phi(z1) - phi(z0));
        }
    }
    bins.insert(bins.end(), grid.begin(), grid.end());
    return bins;
}

std::string claim_label(const std::string& id) {
    // TRANSLATORS: short labels of the offer-claims checklist, in the report's inputs table.
    if (id == "guaranteed") {
        return tr("guaranteed returns");
    }
    if (id == "referral") {
        return tr("referral bonuses");
    }
    if (id == "insurance") {
        return tr("deposits said to be insured");
    }
    if (id == "lockup") {
        return tr("lock-up");
    }
    if (id == "unregistered") {
        return tr("unregistered issuer");
    }
    if (id == "pressure") {
        return tr("pressure to act fast");
    }
    return id;
}

OfferResults compute_offer_results(const OfferInputs& in, const core::MarketData& market) {
    std::string listed;
    for (const auto& c : in.claims) {
        listed += listed.empty() ? c : "," + c;
    }
    const std::vector<core::Claim> claims =
        listed.empty() ? std::vector<core::Claim>{} : core::parse_claims(listed, "claims");
    // The same evaluation as `candor-cli analyze`: analysis, plausible payout, disclosures.
    core::Evaluation ev = core::evaluate(in.offer, in.assumptions, market, claims);
    OfferResults r(std::move(ev.analysis));
    for (const core::Claim c : claims) {
        r.claims.push_back(claim_label(std::string(core::claim_id(c))));
    }
    if (ev.plausible) {
        r.plausible =
            PlausiblePayout{ev.plausible->central_payout, ev.plausible->optimistic_payout};
    }
    for (const auto& d : present::render(ev.disclosures)) {
        r.disclosures.push_back({severity_of(d.severity), d.headline, d.detail});
    }

    if (!in.scenario.empty()) {
        const core::ScenarioPreset& preset =
            core::ScenarioPresets::builtin().get(in.scenario, "scenario");
        core::ScenarioModel m = core::scenario_model(in.offer, in.assumptions);
        core::PriceRiskTable::builtin().apply_to(in.offer.held.code, m);
        preset.apply_to(m);
        core::ScenarioStats stats;
        if (core::has_closed_form(m)) {
            stats = core::closed_form(m);
        } else {
            core::MonteCarloSettings mc;
            mc.paths = 1'000'000;
            stats = core::monte_carlo(m, mc).stats;
        }
        ScenarioOutcome s;
        s.name = tr(preset.name);
        s.annual_hazard = m.hazard;
        s.recovery = m.recovery;
        s.recovery_delay_years = m.recovery_delay_years;
        s.expected_payout = stats.expected_payout;
        s.probability_of_loss = stats.probability_of_loss;
        s.median_payout = stats.median_payout;
        s.p05_payout = stats.p05_payout;
        s.p95_payout = stats.p95_payout;
        s.distribution = outcome_bins(m);
        r.scenario = std::move(s);
    }
    return r;
}

} // namespace candor::render
