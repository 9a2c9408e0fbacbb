#include "offer.hpp"

#include "deposit_insurance.hpp"
#include "input_error.hpp"
#include "limits.hpp"
#include "market_data.hpp"

#include <fmt/format.h>

#include <cmath>
#include <string>

namespace candor::core {

Fee parse_fee(std::string_view text, const std::string& field) {
    const char* expected = CANDOR_N_("a flat amount (10), a percentage (1%) or both (10+1%)");
    Fee fee;
    std::string s(text);
    std::erase(s, ' ');
    if (s.empty()) {
        throw InputError(field, expected, std::string(text));
    }
    std::size_t start = 0;
    bool any = false;
    while (start <= s.size()) {
        std::size_t plus = s.find('+', start == 0 ? 0 : start);
        // A leading '+' sign is not a separator.
        if (plus == 0) {
            plus = s.find('+', 1);
        }
        const std::string part =
            s.substr(start, plus == std::string::npos ? std::string::npos : plus - start);
        if (part.empty()) {
            throw InputError(field, expected, std::string(text));
        }
        if (part.back() == '%') {
            const double pct = parse_number(part.substr(0, part.size() - 1), field, expected);
            if (pct < 0 || pct >= 100) {
                throw InputError(field, CANDOR_N_("a percentage from 0% to below 100%"),
                                 std::string(text));
            }
            fee.percent += pct / 100.0;
        } else {
            const double flat = parse_number(part, field, expected);
            if (flat < 0) {
                throw InputError(field, CANDOR_N_("a fee that is not negative"), std::string(text));
            }
            fee.flat += flat;
        }
        any = true;
        if (plus == std::string::npos) {
            break;
        }
        start = plus + 1;
    }
    if (!any) {
        throw InputError(field, expected, std::string(text));
    }
    // Parts are bounded together, as one is: percentages ("60%+60%") below 100%, flat amounts
    // within what one number may be (parse_number), so the sum reads back as it is stored.
    if (fee.percent >= 1.0) {
        throw InputError(field, CANDOR_N_("a percentage from 0% to below 100%"), std::string(text));
    }
    if (fee.flat > max_plain_number) {
        throw InputError(field, CANDOR_N_("a flat fee of at most 1,000,000,000,000"),
                         std::string(text));
    }
    return fee;
}

Assumptions Assumptions::defaults() {
    return defaults(MarketData::builtin());
}

Assumptions Assumptions::defaults(const MarketData& md) {
    Assumptions a;
    a.benchmark_rate = md.default_benchmark().current->value;
    a.annual_inflation = md.default_inflation().current->value;
    return a;
}

Assumptions resolve_rates(const Offer& offer, Assumptions a, const SafeRates& rates) {
    const bool benchmark = a.benchmark_basis.kind != BasisKind::Stated;
    const bool inflation = a.inflation_basis.kind != BasisKind::Stated;
    if (!benchmark && !inflation) {
        return a;
    }
    BenchmarkChoice c = benchmark_for(offer, rates);
    if (benchmark) {
        a.benchmark_rate = c.rate;
        a.benchmark_basis = std::move(c.basis);
    }
    if (inflation) {
        a.annual_inflation = c.inflation;
        a.inflation_basis = std::move(c.inflation_basis);
    }
    return a;
}

namespace {

std::string shortest(double v) {
    return fmt::format("{}", v);
}

/// The term's year fraction under the offer's day count; a term it counts as no time at all
/// (30/360 from the 30th to the 31st) is refused, naming the term ("term").
double checked_year_fraction(const Offer& offer) {
    const double t = offer.term.year_fraction(offer.day_count); // throws when dates are needed
    if (!(t > 0.0)) {
        const auto m = offer.term.maturity();
        throw InputError("term", CANDOR_N_("a term that counts at least one day under {0}"),
                         m ? format_date(*m) : std::to_string(offer.term.days()),
                         {std::string(day_count_name(offer.day_count))});
    }
    return t;
}

} // namespace

Money advertised_payout(const Offer& offer) {
    if (offer.advertised_payout) {
        return *offer.advertised_payout;
    }
    const Rate& rate = *offer.advertised_rate;
    const char* expected =
        CANDOR_N_("an annual rate that leaves a positive payout at maturity over this term");
    const double t = checked_year_fraction(offer);
    const double r = rate.value();
    const double periods = static_cast<int>(rate.frequency());
    const bool keeps_something = rate.compounding() == Compounding::Simple ? r * t > -1.0
                                 : rate.compounding() == Compounding::Compounded
                                     ? r / periods > -1.0
                                     : true;
    if (!keeps_something) {
        throw InputError("rate", expected, shortest(r));
    }
    Money payout = Money::from_major(offer.principal.to_major() * rate.growth(t),
                                     offer.principal.asset(), "rate");
    if (payout.minor() <= 0) {
        throw InputError("rate", expected, shortest(r));
    }
    return payout;
}

void validate(const Offer& offer) {
    // Count code points (every byte that does not continue a UTF-8 sequence).
    std::size_t characters = 0;
    std::size_t cut = offer.name.size();
    for (std::size_t i = 0; i < offer.name.size(); ++i) {
        if ((static_cast<unsigned char>(offer.name[i]) & 0xC0U) != 0x80U) {
            if (++characters == 33) {
                cut = i;
            }
        }
    }
    if (characters > max_name_characters) {
        // Echo the start of the name only: the whole of it could be megabytes.
        throw InputError("name", CANDOR_N_("a name of at most {0} characters"),
                         offer.name.substr(0, cut) + "\u2026",
                         {std::to_string(max_name_characters)});
    }
    if (offer.principal.minor() <= 0) {
        throw InputError("principal", CANDOR_N_("a positive amount, e.g. 5000 or 5,000.00 USDT"),
                         format_money(offer.principal));
    }
    if (offer.advertised_payout.has_value() == offer.advertised_rate.has_value()) {
        throw InputError("payout", CANDOR_N_("either an advertised payout or an advertised rate"),
                         "");
    }
    if (offer.advertised_payout) {
        if (offer.advertised_payout->asset().code != offer.principal.asset().code) {
            throw InputError("payout", CANDOR_N_("an amount in the principal's currency"),
                             format_money(*offer.advertised_payout));
        }
        if (offer.advertised_payout->minor() <= 0) {
            throw InputError("payout", CANDOR_N_("a positive amount, e.g. 6350"),
                             format_money(*offer.advertised_payout));
        }
    }
    if (offer.advertised_rate) {
        const double r = offer.advertised_rate->value();
        if (!std::isfinite(r) || r <= -1.0 || r > 1e6) {
            throw InputError("rate", CANDOR_N_("an annual rate as a fraction above -1, e.g. 0.27"),
                             shortest(r));
        }
    }
    (void)checked_year_fraction(offer);
    (void)advertised_payout(offer); // a rate must leave something at maturity
    double total = 0.0;
    for (const auto& [id, w] : offer.claimed_mix) {
        if (!(w >= 0.0 && w <= 1.0)) {
            throw InputError("mix", CANDOR_N_("weights from 0 to 1"), id);
        }
        total += w;
    }
    if (!offer.claimed_mix.empty() && std::fabs(total - 1.0) > 1e-6) {
        throw InputError("mix", CANDOR_N_("weights that add up to 1"), shortest(total));
    }
    (void)insured_scheme(offer, DepositInsurance::builtin());
}

void validate(const Assumptions& a) {
    const auto check = [](double v, double lo, double hi, const char* field, const char* expected) {
        if (!std::isfinite(v) || v < lo || v > hi) {
            throw InputError(field, expected, shortest(v));
        }
    };
    check(a.benchmark_rate, -0.5, 1.0, "benchmark-rate",
          CANDOR_N_("an annual rate as a fraction from -0.5 to 1, e.g. 0.043"));
    check(a.annual_inflation, -0.5, 10.0, "inflation",
          CANDOR_N_("an annual rate as a fraction from -0.5 to 10, e.g. 0.03"));
    check(a.recovery, 0.0, 1.0, "recovery", CANDOR_N_("a fraction from 0 to 1, e.g. 0.4"));
    check(a.tax_on_gains, 0.0, 1.0, "tax", CANDOR_N_("a fraction from 0 to 1, e.g. 0.2"));
}

} // namespace candor::core
