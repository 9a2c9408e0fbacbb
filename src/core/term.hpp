#pragma once
/// \file term.hpp
/// The term of a fixed-term contract: a number of days, or start and maturity dates.

#include "day_count.hpp"

#include <optional>

namespace candor::core {

class Term {
  public:
    /// The longest term accepted: 100 years of days.
    static constexpr long max_days = 36'500;

    /// One day; a placeholder for aggregates that fill it in later.
    Term() : days_(1) {}

    /// \throws InputError when days is not in 1..max_days.
    static Term of_days(long days);
    /// \throws InputError when maturity is not after start, or the term is too long.
    static Term between(const Date& start, const Date& maturity);
    /// A term of `days` actual days starting on `start`.
    static Term from_start(const Date& start, long days);

    /// Actual calendar days from start to maturity.
    long days() const { return days_; }
    const std::optional<Date>& start() const { return start_; }
    std::optional<Date> maturity() const;

    /// The term as a fraction of a year under `dc`.
    /// \throws InputError when `dc` needs dates and the term has none.
    double year_fraction(DayCount dc) const;

  private:
    Term(long days, std::optional<Date> start) : days_(days), start_(start) {}
    long days_;
    std::optional<Date> start_;
};

} // namespace candor::core
