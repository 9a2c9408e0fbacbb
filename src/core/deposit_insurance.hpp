#pragma once
/// \file deposit_insurance.hpp
/// Deposit-insurance schemes (data/deposit_insurance.json) and what the user's statement that
/// an offer is an insured deposit changes: the covered part (principal and accrued interest up
/// to the scheme's limit, in its currency) is paid in full if the institution fails; the rest
/// stays under the chosen scenario. This is the user's statement, never the platform's (the
/// `insurance` claim stays a red flag). Rules: docs/methodology.md, "Insured deposits".

#include "market_data.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace candor::core {

struct Offer;
struct ScenarioModel;
struct Verdict;

/// One scheme: the most it pays one depositor at one covered institution.
struct InsuranceScheme {
    std::string id;       ///< "FDIC", "EU-DGS", ...
    std::string name;     ///< English name of the scheme
    std::string country;  ///< English name of the country or area
    std::string currency; ///< ISO 4217 code of the limit and of the deposits it covers
    double limit = 0.0;   ///< major units of `currency`, principal and accrued interest
    std::string covers;   ///< per whom and per what the limit counts
    std::string as_of;
    Source source;
    std::string check; ///< how far the figure could be checked
    std::string note;
};

class DepositInsurance {
  public:
    /// The built-in data (data/deposit_insurance.json as compiled in).
    static const DepositInsurance& builtin();
    /// \throws DataError naming file, key and line.
    static DepositInsurance parse(std::string_view json_text, const std::string& file_name);
    static DepositInsurance load_file(const std::string& path);

    const std::vector<InsuranceScheme>& schemes() const { return schemes_; }
    /// nullptr when no scheme has this id (compared case-insensitively).
    const InsuranceScheme* find(std::string_view id) const;
    /// The scheme of a currency; nullptr when it has none.
    const InsuranceScheme* for_currency(std::string_view currency) const;
    /// Days from the institution's failure to the scheme's payment (Candor's assumption).
    double payout_delay_days() const { return payout_delay_days_; }
    const std::string& payout_delay_basis() const { return payout_delay_basis_; }
    const std::string& file_name() const { return file_name_; }

  private:
    std::vector<InsuranceScheme> schemes_;
    double payout_delay_days_ = 0.0;
    std::string payout_delay_basis_;
    std::string file_name_;
};

/// The value of Offer::insured that picks the scheme of the offer's currency.
inline constexpr std::string_view insured_auto = "auto";

/// The scheme an offer's `insured` field names (empty field: nullptr). "auto" picks the scheme
/// of the principal's currency. \throws InputError (field "insured") for a crypto asset or a
/// stablecoin (principal or held asset), a currency without a scheme, an unknown id (listing the
/// accepted ids) or a scheme of another currency.
const InsuranceScheme* insured_scheme(const Offer& offer, const DepositInsurance& table);

/// How an insured deposit's premium over the safe rate of its currency and term stands.
enum class InsuredStanding {
    WithinMargin,  ///< at most the verdict's in-line margin: what insured deposits pay
    WithinSpreads, ///< within ordinary term and credit spreads (the verdict's ordinary spread)
    BeyondDeposits ///< beyond them: no insured deposit pays this; coverage is not credited
};

/// "within_margin", "within_spreads", "beyond_deposits" (JSON, CSV).
std::string_view insured_standing_id(InsuredStanding s);

/// An offer stated to be an insured deposit, read against its scheme and its verdict.
struct InsuredDeposit {
    InsuranceScheme scheme;
    bool automatic = false; ///< picked from the currency ("auto")
    double payout = 0.0;    ///< the claim at maturity: principal and interest, major units
    double covered = 0.0;   ///< min(payout, limit)
    double uncovered = 0.0; ///< payout - covered: at risk as any claim on the institution
    double principal_covered_share = 0.0; ///< min(1, limit / principal)
    InsuredStanding standing = InsuredStanding::WithinMargin;
    double premium = 0.0;         ///< the verdict's premium over the safe rate
    bool overflow = false;        ///< the verdict's: the EAR does not fit a double
    double in_line_margin = 0.0;  ///< the verdict's in-line margin
    double ordinary_spread = 0.0; ///< the verdict's ordinary spread (Baa over bills)
    /// Whether the coverage is credited in the scenario: not beyond what deposits pay.
    bool credited() const { return standing != InsuredStanding::BeyondDeposits; }
};

/// The insured deposit of an offer whose `insured` field is set (empty otherwise), its
/// standing from the verdict's premium against the verdict's own in-line margin and ordinary
/// spread. \throws InputError as insured_scheme().
std::optional<InsuredDeposit> insured_deposit(const Offer& offer, double payout,
                                              const Verdict& verdict,
                                              const DepositInsurance& table);

/// The scenario model under the coverage: a failure pays the covered share of the largest
/// balance at risk, min(1, L / (P g^(n-1))), at once (after the table's payout delay), and the
/// preset's recovery, delay and spread on the rest, its extra delay folded into the recovery
/// by discounting at the benchmark rate. Does nothing unless `d.credited()`.
void apply_deposit_insurance(ScenarioModel& m, const InsuredDeposit& d,
                             const DepositInsurance& table);

} // namespace candor::core
