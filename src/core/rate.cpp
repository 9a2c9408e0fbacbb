#include "rate.hpp"

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

CompoundingChoice parse_compounding(std::string_view text, const std::string& field) {
    std::string s;
    for (char ch : text) {
        s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
    }
    if (s == "simple") {
        return {Compounding::Simple, Frequency::Annual};
    }
    if (s == "continuous") {
        return {Compounding::Continuous, Frequency::Annual};
    }
    const struct {
        const char* name;
        Frequency f;
    } names[] = {{"annual", Frequency::Annual},
                 {"semiannual", Frequency::Semiannual},
                 {"quarterly", Frequency::Quarterly},
                 {"monthly", Frequency::Monthly},
                 {"daily", Frequency::Daily}};
    for (const auto& e : names) {
        if (s == e.name) {
            return {Compounding::Compounded, e.f};
        }
    }
    throw InputError(field,
                     CANDOR_N_("one of simple, annual, semiannual, quarterly, monthly, daily, "
                               "continuous"),
                     std::string(text));
}

std::string_view compounding_name(Compounding c, Frequency f) {
    if (c == Compounding::Simple) {
        return "simple";
    }
    if (c == Compounding::Continuous) {
        return "continuous";
    }
    switch (f) {
    case Frequency::Annual:
        return "annual";
    case Frequency::Semiannual:
        return "semiannual";
    case Frequency::EveryFourthMonth:
        return "every-fourth-month";
    case Frequency::Quarterly:
        return "quarterly";
    case Frequency::Bimonthly:
        return "bimonthly";
    case Frequency::Monthly:
        return "monthly";
    case Frequency::Daily:
        return "daily";
    }
    return "annual";
}

} // namespace candor::core
