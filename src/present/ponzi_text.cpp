#include "ponzi_text.hpp"

#include "number_format.hpp"
#include "visible_text.hpp"

#include "i18n/tr.hpp"

#include <fmt/format.h>

#include <cmath>

namespace candor::present {

using i18n::tr;

namespace {

nlohmann::ordered_json opt(const std::optional<double>& v) {
    return v && std::isfinite(*v) ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

/// "78" or, too large to write out, in words ("1.2 sextillion", "a number with 175 digits"):
/// the yearly multiple of deposits.
std::string multiple_text(double growth) {
    const double log10_multiple = core::log10_yearly_multiple(growth);
    if (log10_multiple < 15.0) {
        const double multiple = core::yearly_multiple(growth);
        return number(multiple, multiple < 10.0 ? 2 : 0);
    }
    return large_number(log10_multiple);
}

} // namespace

std::string required_growth_line(double promised_rate, double nominal_rate,
                                 const std::optional<double>& required_growth) {
    if (!required_growth) {
        // TRANSLATORS: {0} the promised rate, {1} the rate the money earns (continuous, a year).
        return fmt::format(fmt::runtime(tr("The money earns {1} a year against {0} promised: "
                                           "the promise needs no new deposits.")),
                           percent(promised_rate), percent(nominal_rate));
    }
    // TRANSLATORS: {0} a continuous growth rate a year, {1} the factor deposits must multiply
    // by each year, {2} the rate the money earns.
    return fmt::format(fmt::runtime(tr("Paid from new deposits, this promise needs new deposits "
                                       "to grow at least {0} a year (continuous), that is x{1} "
                                       "every year, for as long as it pays: the promise's own "
                                       "pace, whatever share is withdrawn. The money itself "
                                       "earns {2}.")),
                       percent(*required_growth), multiple_text(*required_growth),
                       percent(nominal_rate));
}

std::vector<std::string> ponzi_reading_lines(const core::PonziReading& r) {
    std::vector<std::string> out;
    out.push_back(required_growth_line(r.promised_rate, r.nominal_rate, r.required_growth));
    if (!r.required_growth) {
        return out; // the money earns the promise: no fund runs dry
    }
    const std::string scheme = visible_text(r.preset_name);
    const std::string end = duration_years(r.deposits_end_years);
    if (!r.outcome) {
        // TRANSLATORS: {0} a collapsed scheme's name.
        out.push_back(fmt::format(
            fmt::runtime(tr("Under the deposits fitted to {0} no collapse time is computed: the "
                            "offer's term or rate lies outside the model's range (continuous "
                            "rates up to 20 a year, terms from about 18 days).")),
            scheme));
    } else if (r.outcome->collapsed) {
        // TRANSLATORS: {0} a collapsed scheme's name, {1} how long its deposits came in, {2}
        // when the fund runs dry, {3} a share.
        out.push_back(fmt::format(
            fmt::runtime(tr("With deposits like those fitted to {0}, ending when it collapsed "
                            "(after {1}), a fund paying this promise runs dry after {2}, with "
                            "{3} of what it promised unpaid.")),
            scheme, end, duration_years(*r.outcome->collapse_time),
            percent(r.outcome->unpaid_share, 1)));
    } else {
        const double years = std::round(r.outcome->at_end.t);
        // TRANSLATORS: {0} a collapsed scheme's name, {1} how long its deposits came in, {2}
        // years followed.
        out.push_back(fmt::format(
            fmt::runtime(i18n::trn("With deposits like those fitted to {0}, ending when it "
                                   "collapsed (after {1}), a fund paying this promise is still "
                                   "solvent after {2} year.",
                                   "With deposits like those fitted to {0}, ending when it "
                                   "collapsed (after {1}), a fund paying this promise is still "
                                   "solvent after {2} years.",
                                   static_cast<unsigned long>(years))),
            scheme, end, number(years, 0)));
    }
    return out;
}

nlohmann::ordered_json ponzi_reading_json(const core::PonziReading& r) {
    nlohmann::ordered_json j;
    j["promised_rate"] = r.promised_rate;
    j["nominal_rate"] = r.nominal_rate;
    j["withdrawal_rate"] = r.withdrawal_rate;
    j["required_inflow_growth"] = opt(r.required_growth);
    j["required_yearly_multiple"] = opt(r.required_yearly_multiple);
    j["inflow_preset"] = r.preset;
    j["deposits_end_years"] = r.deposits_end_years;
    if (!r.required_growth) {
        j["collapsed"] = false; // the money earns the promise: no fund runs dry
        j["collapse_years"] = nullptr;
        j["unpaid_share"] = 0.0;
    } else if (r.outcome) {
        j["collapsed"] = r.outcome->collapsed;
        j["collapse_years"] = opt(r.outcome->collapse_time);
        j["unpaid_share"] = r.outcome->unpaid_share;
    } else {
        j["collapsed"] = nullptr;
        j["collapse_years"] = nullptr;
        j["unpaid_share"] = nullptr;
    }
    return j;
}

} // namespace candor::present
