#pragma once
/// \file offer.hpp
/// A fixed-term offer as advertised, and the assumptions it is read against.

#include "money.hpp"
#include "rate.hpp"
#include "safe_rates.hpp"
#include "term.hpp"

#include <map>
#include <optional>
#include <string>

namespace candor::core {

class MarketData;

/// A fee charged on entry (on the principal) or on exit (on the payout).
struct Fee {
    double flat = 0.0;    ///< in major units of the principal's currency
    double percent = 0.0; ///< fraction of the amount it applies to (0.01 is 1%)
    double on(double amount) const { return flat + percent * amount; }
};

/// Parses "10" (flat), "1%" (percentage) or "10+1%" (both). \throws InputError naming field.
Fee parse_fee(std::string_view text, const std::string& field);

struct Offer {
    std::string name;
    Money principal; ///< what the investor pays in, e.g. 5,000 USDT or 30,000 USD
    Asset held;      ///< what the principal is held in during the term (USDT, XRP, ...)
    Term term;
    DayCount day_count = DayCount::Act365F;
    /// Exactly one of the two is set: the payout as advertised, or an advertised rate.
    std::optional<Money> advertised_payout;
    std::optional<Rate> advertised_rate;
    /// Claimed mix of underlying assets, asset-class id -> weight (weights sum to 1).
    std::map<std::string, double> claimed_mix;
    /// The user's statement that the offer is a deposit at an institution covered by a
    /// deposit-insurance scheme (deposit_insurance.hpp): empty for none, "auto" for the scheme
    /// of the principal's currency, or a scheme id ("FDIC"). Never the platform's own claim.
    std::string insured;
};

struct Assumptions {
    double benchmark_rate = 0.0; ///< annual, compounded annually
    double annual_inflation = 0.0;
    double recovery = 0.0; ///< fraction of principal recovered if the platform fails
    Fee entry_fee;
    Fee exit_fee;
    double tax_on_gains = 0.0; ///< fraction of a positive gain paid as tax
    /// Where benchmark_rate and annual_inflation come from. Kind Stated when the user gave
    /// them; otherwise resolve_rates() reads them from the safe rates of the offer's currency
    /// and term (until then they hold the market data's defaults).
    RateBasis benchmark_basis;
    RateBasis inflation_basis;

    /// Defaults from the built-in market data: the current T-bill yield and CPI inflation.
    static Assumptions defaults();
    /// Defaults from `market`: its default benchmark's and inflation series' current figures.
    static Assumptions defaults(const MarketData& market);
};

/// `a` with every rate the user did not state read from `rates` for the offer's currency and
/// term (benchmark_for); stated rates are kept.
Assumptions resolve_rates(const Offer& offer, Assumptions a, const SafeRates& rates);

/// The payout at maturity: as advertised, or the principal grown at the advertised rate over
/// the term, in minor units. \throws InputError ("rate") when the rate leaves nothing (a
/// negative simple rate over a long term) or more than Money holds, ("term") when the day
/// count counts the term as no time.
Money advertised_payout(const Offer& offer);

/// Checks an offer's fields and throws InputError naming the first that is wrong (a name
/// longer than max_name_characters, limits.hpp, is refused as "name"). A term that its day
/// count counts as no time (30/360 from the 30th to the 31st) is refused as "term"; an
/// `insured` scheme the built-in table refuses for the offer (insured_scheme()) as "insured".
void validate(const Offer& offer);
void validate(const Assumptions& a);

} // namespace candor::core
