#pragma once
/// \file rate.hpp
/// Rate: an annual interest rate with the conventions that turn it into growth, modelled on
/// QuantLib's InterestRate. Rates are fractions (0.27 is 27%); times are in years measured
/// with the rate's own day count.

#include "day_count.hpp"

#include <array>
#include <string>
#include <string_view>

namespace candor::core {

enum class Compounding {
    Simple,     ///< growth 1 + r t
    Compounded, ///< growth (1 + r/n)^(n t)
    Continuous  ///< growth e^(r t)
};

/// Compounding periods a year; the value is the number of periods.
enum class Frequency : int {
    Annual = 1,
    Semiannual = 2,
    EveryFourthMonth = 3,
    Quarterly = 4,
    Bimonthly = 6,
    Monthly = 12,
    Daily = 365
};

class Rate {
  public:
    /// \throws InputError when `value` is not finite.
    Rate(double value, Compounding c, Frequency f = Frequency::Annual,
         DayCount dc = DayCount::Act365F);

    double value() const { return value_; }
    Compounding compounding() const { return compounding_; }
    Frequency frequency() const { return frequency_; }
    DayCount day_count() const { return day_count_; }

    /// ln of the growth factor over t years; finite even where the factor overflows a double.
    /// \throws std::domain_error for negative t or a rate whose growth is not positive.
    double log_growth(double t) const;
    double growth(double t) const;
    double discount(double t) const;

    /// The rate with conventions (c, f) that grows by `growth` over t years.
    static Rate implied(double growth, double t, Compounding c, Frequency f = Frequency::Annual,
                        DayCount dc = DayCount::Act365F);
    /// The same, from ln(growth): exact for growth factors beyond a double's range
    /// (the implied rate itself may then be +inf).
    static Rate implied_from_log(double log_growth, double t, Compounding c,
                                 Frequency f = Frequency::Annual, DayCount dc = DayCount::Act365F);

    /// The equivalent rate under other conventions: the same growth over t years.
    Rate restated(Compounding c, Frequency f, double t) const;

  private:
    double value_;
    Compounding compounding_;
    Frequency frequency_;
    DayCount day_count_;
};

/// Years for money to double at this rate, compounding as the rate says.
double doubling_time(const Rate& r);

struct CompoundingChoice {
    Compounding compounding;
    Frequency frequency;
};

/// One way an advertised rate may compound, as people choose it: its id in flags and files
/// ("monthly") and its label for a pick-list, in English, marked for translation.
struct CompoundingOption {
    const char* id;
    const char* label;
    CompoundingChoice choice;
};

/// The choices offered everywhere (flags, .candor files, the app's form), in the order shown:
/// simple, annual, semiannual, quarterly, monthly, daily, continuous.
const std::array<CompoundingOption, 7>& compounding_options();

/// One of compounding_options()' ids, in any case. \throws InputError naming `field`.
CompoundingChoice parse_compounding(std::string_view text, const std::string& field);
/// The id of a choice ("every-fourth-month" and "bimonthly" for frequencies no option offers).
std::string_view compounding_name(Compounding c, Frequency f);

} // namespace candor::core
