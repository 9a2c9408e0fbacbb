#pragma once
/// \file scenario_detail.hpp
/// Internals shared by the closed form and the Monte Carlo (not part of the public API).

#include "scenario.hpp"

#include <vector>

namespace candor::core::detail {

/// One way the horizon can end, before price and de-peg risk: failure during term k (index
/// k-1) or survival (index n). X = exp(log_scale) * V(time) (times B/R for Beta recovery).
struct Branch {
    double weight = 0.0;    ///< probability
    double scale = 0.0;     ///< the amount at the horizon before price and de-peg risk
    double log_scale = 0.0; ///< ln(scale); log_zero for zero
    double time = 0.0;      ///< years at which the held asset is valued (k t or n t)
    bool failure = false;
};

inline constexpr double log_zero = -1.0e300;

/// The n + 1 branches, in index order. \pre validate(m) passed.
std::vector<Branch> branches(const ScenarioModel& m);

/// Annual de-peg hazard h = -ln(1 - p).
double depeg_hazard(const ScenarioModel& m);

/// The chance that the platform fails in term k (1 for the first) of `term_years` each, at an
/// annual `hazard`: it lasted k - 1 terms, then failed within one.
double failure_weight(double hazard, double term_years, int k);
/// The chance that it lasts all n terms.
double survival_weight(double hazard, double term_years, int n);

/// E[X] of a model as a function of its hazard alone, for searches over the hazard: each
/// branch's amount, price growth and de-peg factor, which do not depend on it, are computed
/// once. Equal, bit for bit, to exact_mean of the model with that hazard.
class MeanByHazard {
  public:
    explicit MeanByHazard(const ScenarioModel& m);
    double operator()(double hazard) const;

  private:
    struct Part {
        int k;         ///< the branch: failure in term k (1..n), survival (n + 1)
        double scale;  ///< Branch::scale
        double growth; ///< e^{drift time}
        double depeg;  ///< E[de-peg factor]
    };
    double term_years_;
    int n_;
    std::vector<Part> parts_;
};

/// E[X], which is closed-form for every model (the factors are independent).
double exact_mean(const ScenarioModel& m);

/// Beta parameters (a, b) with mean R and standard deviation `spread`.
void beta_parameters(double mean, double spread, double& a, double& b);

/// Fills the statistics that follow from the mean alone (CE rate, benchmark).
void fill_rates(const ScenarioModel& m, ScenarioStats& s);

} // namespace candor::core::detail
