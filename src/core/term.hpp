#pragma once
/// \file term.hpp
/// The term of a fixed-term contract: a number of days, or start and maturity dates.

#include "day_count.hpp"
#include "input_error.hpp"

#include <cstddef>
#include <optional>

namespace candor::core {

namespace detail {
/// Whether `text` ends with the decimal digits of `n` (a check that a message states a limit).
constexpr bool ends_with_number(const char* text, long n) {
    std::size_t len = 0;
    while (text[len] != '\0') {
        ++len;
    }
    do {
        if (len == 0 || text[--len] != static_cast<char>('0' + n % 10)) {
            return false;
        }
        n /= 10;
    } while (n > 0);
    return len == 0 || text[len - 1] < '0' || text[len - 1] > '9';
}
} // namespace detail

class Term {
  public:
    /// The longest term accepted: 100 years of days.
    static constexpr long max_days = 36'500;
    /// What a term in days accepts, marked for translation: the one text every input of a
    /// term (flag, form field, file key, scenario) refuses with.
    static constexpr const char* days_expected =
        CANDOR_N_("a whole number of days from 1 to 36500");

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

static_assert(detail::ends_with_number(Term::days_expected, Term::max_days),
              "Term::days_expected must state Term::max_days");

} // namespace candor::core
