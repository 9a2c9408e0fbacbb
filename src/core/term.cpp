#include "term.hpp"

#include "input_error.hpp"

#include <string>

namespace candor::core {

Term Term::of_days(long days) {
    if (days <= 0 || days > max_days) {
        throw InputError("days", days_expected, std::to_string(days));
    }
    return {days, std::nullopt};
}

Term Term::between(const Date& start, const Date& maturity) {
    if (!(maturity > start)) {
        throw InputError("end", CANDOR_N_("a maturity date after the start date"),
                         format_date(maturity));
    }
    const long days = static_cast<long>((maturity - start).days());
    if (days > max_days) {
        throw InputError("end", CANDOR_N_("a maturity at most 100 years after the start"),
                         format_date(maturity));
    }
    return {days, start};
}

Term Term::from_start(const Date& start, long days) {
    const Term t = of_days(days);
    return {t.days_, start};
}

std::optional<Date> Term::maturity() const {
    if (!start_) {
        return std::nullopt;
    }
    return *start_ + boost::gregorian::days(days_);
}

double Term::year_fraction(DayCount dc) const {
    if (start_) {
        return core::year_fraction(dc, *start_, *maturity());
    }
    return year_fraction_of_days(dc, days_);
}

} // namespace candor::core
