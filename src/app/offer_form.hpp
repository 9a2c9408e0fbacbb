#pragma once
/// \file offer_form.hpp
/// The offer form as typed, without any wxWidgets type: the text of every field, turned into
/// a validated Offer and Assumptions or into a list of field errors (one per wrong field, so
/// the window can mark each of them at once). The window (offer_page.*) only copies text in
/// and out; tests cover this layer without a display.

#include "core/analysis.hpp"
#include "core/disclosures.hpp"
#include "core/input_error.hpp"
#include "core/market_data.hpp"
#include "core/offer.hpp"
#include "core/request.hpp"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace candor::app {

/// Field ids: the window maps each to its control, errors name them.
namespace field {
inline constexpr const char* name = "name";
inline constexpr const char* principal = "principal";
inline constexpr const char* asset = "asset";
inline constexpr const char* term_mode = "term_mode";
inline constexpr const char* days = "days";
inline constexpr const char* start = "start";
inline constexpr const char* end = "end";
inline constexpr const char* day_count = "day_count";
inline constexpr const char* payout_mode = "payout_mode";
inline constexpr const char* payout = "payout";
inline constexpr const char* rate = "rate";
inline constexpr const char* compounding = "compounding";
inline constexpr const char* entry_fee = "entry_fee";
inline constexpr const char* exit_fee = "exit_fee";
inline constexpr const char* tax = "tax";
inline constexpr const char* inflation = "inflation";
inline constexpr const char* benchmark = "benchmark";
inline constexpr const char* recovery = "recovery";
inline constexpr const char* mix = "mix";
inline constexpr const char* scenario = "scenario";
inline constexpr const char* fail_year = "fail_year";
inline constexpr const char* recovery_delay = "recovery_delay";
inline constexpr const char* claims = "claims";
inline constexpr const char* insured = "insured";
} // namespace field

enum class TermMode { Days, Dates };
enum class PayoutMode { Payout, Rate };

/// Everything the form holds, as text. Percent fields (rate, tax, inflation, benchmark,
/// recovery, mix weights) are in percent: "27" and "27%" both mean 0.27.
struct OfferFormInput {
    std::string name;
    std::string principal; ///< "5000", "5,000.00", "30000 USD"; without a code, in `asset`
    std::string asset;     ///< code of the asset held: USDT, XRP, USD...
    TermMode term_mode = TermMode::Days;
    std::string days;  ///< whole days (TermMode::Days)
    std::string start; ///< YYYY-MM-DD (TermMode::Dates)
    std::string end;   ///< YYYY-MM-DD (TermMode::Dates)
    std::string day_count = "ACT/365F";
    PayoutMode payout_mode = PayoutMode::Payout;
    std::string payout; ///< amount at maturity (PayoutMode::Payout)
    std::string rate;   ///< annual rate in percent (PayoutMode::Rate)
    std::string compounding = "simple";
    std::string entry_fee; ///< "10", "1%", "10+1%"; empty is none
    std::string exit_fee;
    std::string tax;            ///< percent of a positive gain; empty is 0
    std::string inflation;      ///< percent a year; empty is the built-in CPI figure
    std::string benchmark;      ///< percent a year; empty is the built-in T-bill yield
    std::string recovery;       ///< percent of principal recovered on failure; empty is 0
    std::string mix;            ///< "sovereign_bonds=30, gold=20, ..." in percent; empty is none
    std::string scenario;       ///< counterparty scenario preset id (may be empty)
    std::string fail_year;      ///< chance of failing within a year, percent; empty: the preset's
    std::string recovery_delay; ///< years until a recovery is paid; empty: the preset's
    std::vector<std::string> claims; ///< ticked claim ids, e.g. "guaranteed"
    /// "Deposit insured by": empty for none, or a scheme id (core::Offer::insured; "auto" is
    /// accepted too and picks the scheme of the currency).
    std::string insured;

    friend bool operator==(const OfferFormInput&, const OfferFormInput&) = default;
};

/// One wrong field: which, what it accepts, what it had.
struct FieldError {
    std::string field;
    /// What the field accepts, ready to show: in the language in use when the form was read
    /// (present::expected_text: the marked text translated, then its values filled in).
    std::string expected;
    std::string got;
    /// The marked English text (the catalog's msgid) with placeholders {0}, {1}...
    std::string expected_template;
    /// The data filled into the placeholders (lists of ids, bounds).
    std::vector<std::string> values;

    /// The error for `field_id` from core's InputError, in the current language.
    static FieldError from(std::string field_id, const core::InputError& error);
};

/// The scenario the form asks for: a preset and the figures typed over it (core's request).
using ScenarioRequest = core::ScenarioRequest;

struct FormResult {
    std::optional<core::Offer> offer;
    std::optional<core::Assumptions> assumptions;
    std::optional<ScenarioRequest> scenario; ///< empty when no preset is chosen
    std::vector<core::Claim> claims;
    std::vector<FieldError> errors;

    bool ok() const { return errors.empty() && offer && assumptions; }
    /// The error for `field_id`, or nullptr.
    const FieldError* error_for(const std::string& field_id) const;
};

/// What empty assumption fields stand for (from the market data and the preferences), and
/// the market data the offer is read against.
struct FormDefaults {
    double benchmark_rate = 0.0;
    double annual_inflation = 0.0;
    std::shared_ptr<const core::MarketData> market; ///< never null
    /// A benchmark chosen in Preferences: an empty Benchmark field then takes benchmark_rate
    /// as stated instead of the safe rate of the offer's currency and term.
    bool benchmark_chosen = false;
    /// The built-in market data's current T-bill yield and CPI inflation.
    static FormDefaults builtin();
};

/// Parses and validates every field; never throws for bad input.
FormResult parse_offer_form(const OfferFormInput& in,
                            const FormDefaults& defaults = FormDefaults::builtin());

/// The form that shows `offer` under `assumptions` (the inverse of parse_offer_form for
/// valid input).
OfferFormInput form_from_offer(const core::Offer& offer, const core::Assumptions& assumptions,
                               std::string scenario = {}, std::vector<std::string> claims = {});

/// A plain decimal with up to `max_decimals` digits and no trailing zeros: 4.3 -> "4.3".
std::string plain_number(double value, int max_decimals = 6);

/// Parses the mix field ("id=30, id2=70" in percent, '%' optional) into fractions.
/// \throws core::InputError naming field::mix.
std::vector<std::pair<std::string, double>> parse_mix(const std::string& text);

} // namespace candor::app
