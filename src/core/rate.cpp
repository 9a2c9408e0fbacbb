#include "rate.hpp"

#include "find_by_id.hpp"
#include "input_error.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cmath>
#include <stdexcept>

namespace candor::core {

Rate::Rate(double value, Compounding c, Frequency f, DayCount dc)
    : value_(value), compounding_(c), frequency_(f), day_count_(dc) {}

double Rate::log_growth(double t) const {
    if (!(t >= 0.0)) {
        throw std::domain_error(fmt::format("negative year fraction ({})", t));
    }
    const double n = static_cast<int>(frequency_);
    switch (compounding_) {
    case Compounding::Simple:
        if (!(value_ * t > -1.0)) {
            throw std::domain_error(
                fmt::format("simple rate {} loses everything in {}y", value_, t));
        }
        return std::log1p(value_ * t);
    case Compounding::Compounded:
        if (!(value_ / n > -1.0)) {
            throw std::domain_error(
                fmt::format("compounded rate {} is below -100% a period", value_));
        }
        return n * t * std::log1p(value_ / n);
    case Compounding::Continuous:
        return value_ * t;
    }
    throw std::logic_error("unhandled Compounding");
}

double Rate::growth(double t) const {
    return std::exp(log_growth(t));
}
double Rate::discount(double t) const {
    return std::exp(-log_growth(t));
}

Rate Rate::implied(double growth, double t, Compounding c, Frequency f, DayCount dc) {
    if (!(growth > 0.0)) {
        throw std::domain_error(fmt::format("growth factor must be positive ({})", growth));
    }
    return implied_from_log(std::log(growth), t, c, f, dc);
}

Rate Rate::implied_from_log(double log_growth, double t, Compounding c, Frequency f, DayCount dc) {
    if (!(t > 0.0)) {
        throw std::domain_error(fmt::format("year fraction must be positive ({})", t));
    }
    const double n = static_cast<int>(f);
    switch (c) {
    case Compounding::Simple:
        return {std::expm1(log_growth) / t, c, f, dc};
    case Compounding::Compounded:
        return {n * std::expm1(log_growth / (n * t)), c, f, dc};
    case Compounding::Continuous:
        return {log_growth / t, c, f, dc};
    }
    throw std::logic_error("unhandled Compounding");
}

Rate Rate::restated(Compounding c, Frequency f, double t) const {
    return implied_from_log(log_growth(t), t, c, f, day_count_);
}

double doubling_time(const Rate& r) {
    // Solve log_growth(t) = ln 2; log_growth is linear in t except for simple rates.
    if (r.compounding() == Compounding::Simple) {
        return r.value() > 0 ? 1.0 / r.value() : INFINITY;
    }
    const double per_year = r.log_growth(1.0);
    return per_year > 0 ? std::log(2.0) / per_year : INFINITY;
}

const std::array<CompoundingOption, 7>& compounding_options() {
    static const std::array<CompoundingOption, 7> options{{
        {"simple", CANDOR_N_("Simple (no compounding)"), {Compounding::Simple, Frequency::Annual}},
        {"annual", CANDOR_N_("Annual"), {Compounding::Compounded, Frequency::Annual}},
        {"semiannual", CANDOR_N_("Semiannual"), {Compounding::Compounded, Frequency::Semiannual}},
        {"quarterly", CANDOR_N_("Quarterly"), {Compounding::Compounded, Frequency::Quarterly}},
        {"monthly", CANDOR_N_("Monthly"), {Compounding::Compounded, Frequency::Monthly}},
        {"daily", CANDOR_N_("Daily"), {Compounding::Compounded, Frequency::Daily}},
        {"continuous", CANDOR_N_("Continuous"), {Compounding::Continuous, Frequency::Annual}},
    }};
    return options;
}

CompoundingChoice parse_compounding(std::string_view text, const std::string& field) {
    for (const CompoundingOption& o : compounding_options()) {
        if (same_code(text, o.id)) {
            return o.choice;
        }
    }
    throw InputError(field,
                     CANDOR_N_("one of simple, annual, semiannual, quarterly, monthly, daily, "
                               "continuous"),
                     std::string(text));
}

std::string_view compounding_name(Compounding c, Frequency f) {
    for (const CompoundingOption& o : compounding_options()) {
        if (o.choice.compounding == c &&
            (c != Compounding::Compounded || o.choice.frequency == f)) {
            return o.id;
        }
    }
    return f == Frequency::EveryFourthMonth ? "every-fourth-month" : "bimonthly";
}

} // namespace candor::core
