#pragma once
/// \file disclosures.hpp
/// The disclosure rules: an Analysis (plus the claimed mix, the ticked offer claims and the held
/// asset's volatility) becomes an ordered list of structured disclosures. Each carries the
/// numbers it rests on and message ids with parameters; no English sentence lives here. Front
/// ends render them (src/present/disclosure_text.hpp). Rules and thresholds: docs/disclosures.md.

#include "analysis.hpp"
#include "deposit_insurance.hpp"
#include "market_data.hpp"
#include "plausible.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace candor::core {

enum class Severity { Info, Caution, Warning };

/// "info", "caution", "warning".
std::string_view severity_id(Severity s);

/// How a value is meant to be shown; the number is always in the unit named here.
enum class ValueKind {
    Fraction, ///< a rate or probability as a fraction (0.27 is 27%)
    Amount,   ///< major units of the currency in `text`
    Log10,    ///< the base-10 logarithm of an amount in the currency in `text`
    Multiple, ///< a ratio, e.g. 12.5 times
    Years,    ///< a length of time in years
    Days,     ///< a whole number of days
    Year,     ///< a calendar year
    Text,     ///< `text` only (a display name from the data file); not a number
};

namespace detail {
/// Not constexpr: a ValueName made from an empty constant calls it, which stops the build (that
/// it is made from a constant at all, consteval sees to).
void value_name_must_be_a_constant();
/// One stored copy of `text` for each distinct text, kept until the program ends. Thread-safe.
std::string_view interned_text(std::string_view text);
} // namespace detail

/// The name of a value ("term_return"): a constant written in the program (checked while it is
/// built) or a name made from data and kept for the life of the program (interned), so only
/// viewed, never copied: an offer's disclosures hold dozens of values.
class ValueName {
  public:
    // NOLINTNEXTLINE(google-explicit-constructor,hicpp-explicit-conversions): {"days", ...}
    consteval ValueName(const char* name) : text_(name) {
        if (text_.empty()) {
            detail::value_name_must_be_a_constant();
        }
    }
    /// A name made at run time ("years_to_" and a magnitude's id from the data): one stored
    /// copy per distinct name, kept until the program ends. Thread-safe.
    static ValueName interned(std::string_view name);
    [[nodiscard]] constexpr std::string_view view() const { return text_; }
    /// NUL-terminated, as every constant string is.
    [[nodiscard]] constexpr const char* c_str() const { return text_.data(); }
    friend constexpr bool operator==(ValueName a, std::string_view b) { return a.text_ == b; }

  private:
    struct Stored {};
    constexpr ValueName(Stored /*unused*/, std::string_view name) : text_(name) {}
    std::string_view text_;
};

/// A named value: a number of a kind, or a text.
struct Value {
    ValueName name;
    ValueKind kind = ValueKind::Fraction;
    double number = 0.0;
    std::string text; ///< the currency code for Amount and Log10; the text for Text
};

/// The id of a rule or of a message ("break_even", "break_even.headline"): a constant written in
/// the program, or an id made at run time and interned (a claim's), so a disclosure holds a view
/// of it, never a copy. Empty: no message.
class MessageId {
  public:
    constexpr MessageId() = default;
    // NOLINTNEXTLINE(google-explicit-constructor,hicpp-explicit-conversions): {"x.headline", ..}
    consteval MessageId(const char* id) : text_(id) {}
    /// An id made at run time: one stored copy per distinct id, kept until the program ends.
    static MessageId interned(std::string_view id) {
        MessageId m;
        m.text_ = detail::interned_text(id);
        return m;
    }
    [[nodiscard]] constexpr std::string_view view() const { return text_; }
    [[nodiscard]] constexpr bool empty() const { return text_.empty(); }
    friend constexpr bool operator==(MessageId a, MessageId b) { return a.text_ == b.text_; }
    friend constexpr bool operator==(MessageId a, std::string_view b) { return a.text_ == b; }
    friend constexpr bool operator==(MessageId a, const char* b) {
        return a.text_ == std::string_view(b);
    }

  private:
    std::string_view text_;
};

/// For each of `keys` (an enum's values, listed in order from 0), `prefix`, the key's `name` and
/// each of `suffixes` joined and interned: the message ids of rules named at run time (a
/// claim's, a verdict's), made once into a table that a key's value indexes.
template <std::size_t N, class Keys, class Name>
std::vector<std::array<MessageId, N>>
interned_ids(const Keys& keys, Name name, std::string_view prefix,
             const std::array<std::string_view, N>& suffixes) {
    std::vector<std::array<MessageId, N>> out;
    for (const auto key : keys) {
        if (static_cast<std::size_t>(key) != out.size()) {
            throw std::logic_error("interned_ids: keys not in the order of their values");
        }
        const std::string stem = std::string(prefix) + std::string(name(key));
        std::array<MessageId, N> ids{};
        for (std::size_t i = 0; i < N; ++i) {
            ids[i] = MessageId::interned(stem + std::string(suffixes[i]));
        }
        out.push_back(ids);
    }
    return out;
}

/// A message id and its named parameters, e.g. {"break_even.headline", {probability, days}}.
struct Message {
    MessageId id;
    std::vector<Value> params;
};

struct Disclosure {
    MessageId id; ///< rule id, e.g. "break_even", "claim.guaranteed"
    Severity severity = Severity::Info;
    std::vector<Value> values; ///< the numbers the disclosure rests on (no Text values)
    Message headline;          ///< one line
    Message detail;            ///< a short plain-language explanation
};

/// Offer claims the user can tick, following the SEC's and FINRA's published red-flag lists.
enum class Claim { Guaranteed, Referral, Insurance, LockUp, Unregistered, Pressure };

/// "guaranteed", "referral", "insurance", "lockup", "unregistered", "pressure".
std::string_view claim_id(Claim c);
/// Every claim in checklist order.
const std::vector<Claim>& all_claims();
/// Parses "guaranteed,referral" (ids as above, case-insensitive; "lock-up" and "lock_up" are
/// accepted too). \throws InputError naming `field` and the accepted ids.
std::vector<Claim> parse_claims(std::string_view text, const std::string& field);

/// Thresholds of the rules; docs/disclosures.md gives the reasoning for each default.
struct DisclosureThresholds {
    /// annual_equivalent: caution above this effective annual rate (above the long-run
    /// arithmetic mean of every broad asset class in the built-in data).
    double ear_caution = 0.15;
    /// annual_equivalent: warning above this effective annual rate (money doubling in a year).
    double ear_warning = 1.0;
    /// break_even: warning when the implied chance of lasting a year falls below this.
    double one_year_survival_warning = 0.5;
    /// fees_taxes: caution when fees and tax take at least this share of the advertised gain.
    double fee_share_caution = 0.5;
    /// rollover: years of rolling over that are set beside the magnitudes.
    int rollover_years = 10;
};

struct DisclosureInput {
    const Analysis* analysis = nullptr; ///< required
    const MarketData* market = nullptr; ///< required (magnitudes)
    /// The plausible payout of the claimed mix; empty when no mix was claimed.
    std::optional<PlausiblePayout> plausible;
    std::vector<Claim> claims;
    /// The held asset's annual volatility (standard deviation of its yearly log move), for
    /// principal held in a volatile asset; empty when unknown.
    std::optional<double> held_asset_annual_volatility;
    /// The offer's verdict level (verdict.hpp); at 1 or below (within ordinary spreads of the
    /// safe rate) the break-even chance is information, not a caution. Empty: not judged.
    std::optional<int> verdict_level;
    /// The user's statement that the offer is an insured deposit, read against its verdict
    /// (deposit_insurance.hpp); empty when not stated.
    std::optional<InsuredDeposit> insured;
    DisclosureThresholds thresholds{};
};

/// The user's statement that the offer is an insured deposit, said in every output (id
/// "insured"): the scheme and its limit, and how the premium over the safe rate stands
/// (docs/methodology.md, "Insured deposits"). Warning when beyond what deposits pay.
Disclosure insured_disclosure(const InsuredDeposit& d);

/// Every disclosure that applies, most severe first (rule order within a severity). Pure.
std::vector<Disclosure> disclose(const DisclosureInput& in);

/// Convenience: the plausible payout of an analysis's claimed mix (offer.claimed_mix resolved
/// against `market`; a share with no public return series counted at the analysis's benchmark
/// rate), or empty when the offer claims no mix. \throws InputError naming "mix".
std::optional<PlausiblePayout> plausible_for(const Analysis& a, const MarketData& market);

} // namespace candor::core
