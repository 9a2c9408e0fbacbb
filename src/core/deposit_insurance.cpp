#include "deposit_insurance.hpp"

#include "asset.hpp"
#include "find_by_id.hpp"
#include "input_error.hpp"
#include "json_reader.hpp"
#include "offer.hpp"
#include "scenario.hpp"
#include "verdict.hpp"

#include <algorithm>
#include <cmath>

namespace candor::embedded {
std::string_view deposit_insurance_json();
} // namespace candor::embedded

namespace candor::core {

namespace {

InsuranceScheme read_scheme(const JsonReader::Node& n) {
    InsuranceScheme s;
    s.id = n.string("id");
    if (s.id.empty()) {
        n.fail("id", CANDOR_N_("expected a non-empty id"));
    }
    s.name = n.string("name");
    s.country = n.string("country");
    s.currency = n.string("currency");
    const auto asset = find_asset(s.currency);
    if (!asset || asset->kind != AssetKind::Fiat) {
        n.fail("currency", CANDOR_N_("expected an ISO 4217 currency code, got '{0}'"),
               {s.currency});
    }
    s.currency = asset->code;
    s.limit = n.number("limit", 1.0, 1e12);
    s.covers = n.string("covers");
    s.as_of = n.string("as_of");
    s.source = read_source(n.at("source"));
    s.check = n.string("check");
    s.note = n.optional_string("note").value_or("");
    return s;
}

std::string accepted_ids(const DepositInsurance& table) {
    std::string ids;
    for (const InsuranceScheme& s : table.schemes()) {
        ids += (ids.empty() ? "" : ", ") + s.id;
    }
    return ids;
}

} // namespace

DepositInsurance DepositInsurance::parse(std::string_view json_text, const std::string& file_name) {
    const JsonReader doc(json_text, file_name);
    const auto root = doc.root();
    root.integer("schema_version", 1, 1);
    DepositInsurance t;
    t.file_name_ = file_name;
    t.payout_delay_days_ = root.number("payout_delay_days", 0.0, 365.0);
    t.payout_delay_basis_ = root.string("payout_delay_basis");
    const auto list = root.at("schemes");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto n = list.at(i);
        InsuranceScheme s = read_scheme(n);
        if (t.find(s.id) != nullptr) {
            n.fail("id", CANDOR_N_("duplicate id '{0}'"), {s.id});
        }
        if (t.for_currency(s.currency) != nullptr) {
            // "auto" picks the scheme of a currency: one per currency keeps it unambiguous.
            n.fail("currency", CANDOR_N_("expected one scheme per currency, got '{0}' twice"),
                   {s.currency});
        }
        t.schemes_.push_back(std::move(s));
    }
    return t;
}

const DepositInsurance& DepositInsurance::builtin() {
    static const DepositInsurance t =
        parse(embedded::deposit_insurance_json(), "deposit_insurance.json (built-in)");
    return t;
}

DepositInsurance DepositInsurance::load_file(const std::string& path) {
    return parse(read_text_file(path), path);
}

const InsuranceScheme* DepositInsurance::find(std::string_view id) const {
    const auto it = std::find_if(schemes_.begin(), schemes_.end(),
                                 [&](const InsuranceScheme& s) { return same_code(s.id, id); });
    return it == schemes_.end() ? nullptr : &*it;
}

const InsuranceScheme* DepositInsurance::for_currency(std::string_view currency) const {
    const auto it = std::find_if(schemes_.begin(), schemes_.end(), [&](const InsuranceScheme& s) {
        return same_code(s.currency, currency);
    });
    return it == schemes_.end() ? nullptr : &*it;
}

const InsuranceScheme* insured_scheme(const Offer& offer, const DepositInsurance& table) {
    if (offer.insured.empty()) {
        return nullptr;
    }
    const Asset& money = offer.principal.asset();
    // A coin or a stablecoin, paid in or held, is not a bank deposit: no scheme covers it.
    for (const Asset* a : {&money, &offer.held}) {
        if (a->kind != AssetKind::Fiat) {
            throw InputError("insured",
                             CANDOR_N_("a deposit in a currency: no deposit-insurance scheme "
                                       "covers crypto assets or stablecoins ({0})"),
                             offer.insured, {a->code});
        }
    }
    if (same_code(offer.insured, insured_auto)) {
        const InsuranceScheme* s = table.for_currency(money.code);
        if (s == nullptr) {
            std::string currencies;
            for (const InsuranceScheme& x : table.schemes()) {
                currencies += (currencies.empty() ? "" : ", ") + x.currency;
            }
            throw InputError("insured",
                             CANDOR_N_("a deposit in a currency with a deposit-insurance scheme "
                                       "in the data ({0}); {1} has none"),
                             offer.insured, {currencies, money.code});
        }
        return s;
    }
    const InsuranceScheme* s = table.find(offer.insured);
    if (s == nullptr) {
        throw InputError("insured", CANDOR_N_("auto or the id of a deposit-insurance scheme: {0}"),
                         offer.insured, {accepted_ids(table)});
    }
    if (!same_code(s->currency, money.code)) {
        throw InputError("insured",
                         CANDOR_N_("a scheme of the deposit's currency: {0} covers deposits in "
                                   "{1}, not in {2}"),
                         offer.insured, {s->id, s->currency, money.code});
    }
    return s;
}

std::string_view insured_standing_id(InsuredStanding s) {
    switch (s) {
    case InsuredStanding::WithinMargin:
        return "within_margin";
    case InsuredStanding::WithinSpreads:
        return "within_spreads";
    case InsuredStanding::BeyondDeposits:
        return "beyond_deposits";
    }
    return "within_margin";
}

std::optional<InsuredDeposit> insured_deposit(const Offer& offer, double payout,
                                              const Verdict& verdict,
                                              const DepositInsurance& table) {
    const InsuranceScheme* s = insured_scheme(offer, table);
    if (s == nullptr) {
        return std::nullopt;
    }
    InsuredDeposit d;
    d.scheme = *s;
    d.automatic = same_code(offer.insured, insured_auto);
    d.payout = payout;
    d.covered = std::min(payout, s->limit);
    d.uncovered = payout - d.covered;
    d.principal_covered_share = std::min(1.0, s->limit / offer.principal.to_major());
    d.premium = verdict.premium;
    d.overflow = verdict.overflow;
    d.in_line_margin = verdict.in_line_margin;
    d.ordinary_spread = verdict.ordinary_spread;
    // The verdict's own thresholds, so that the rule is the verdict's: an insured deposit pays
    // at most the in-line margin over the safe rate; term and credit spreads may explain up to
    // the ordinary spread; beyond that, insurance does not make the rate plausible.
    if (!verdict.overflow && verdict.premium <= verdict.in_line_margin) {
        d.standing = InsuredStanding::WithinMargin;
    } else if (!verdict.overflow && verdict.premium <= verdict.ordinary_spread) {
        d.standing = InsuredStanding::WithinSpreads;
    } else {
        d.standing = InsuredStanding::BeyondDeposits;
    }
    return d;
}

void apply_deposit_insurance(ScenarioModel& m, const InsuredDeposit& d,
                             const DepositInsurance& table) {
    if (!d.credited()) {
        return;
    }
    // The largest balance a failure can fall on: the principal grown over n - 1 terms (the
    // model pays recovery on the balance at the start of the failing term).
    const double log_balance =
        std::log(m.principal) + (m.terms() - 1) * std::log(m.payout / m.principal);
    const double covered = std::min(1.0, std::exp(std::log(d.scheme.limit) - log_balance));
    const double insured_delay = table.payout_delay_days() / 365.0;
    // The uncovered part keeps the preset's recovery and delay; its delay beyond the scheme's is
    // folded into the recovery by discounting at the benchmark rate, so that one delay serves.
    const double discount =
        std::pow(1.0 + m.benchmark_rate, -(m.recovery_delay_years - insured_delay));
    const double rest = std::min(1.0, m.recovery * discount);
    double spread = m.recovery_spread * discount * (1.0 - covered);
    const double mean = covered + (1.0 - covered) * rest;
    if (mean >= 1.0) {
        spread = 0.0;
    } else if (spread > 0.0) {
        // Only where a negative safe rate made the discount a premium: stay a valid Beta.
        spread = std::min(spread, 0.999 * std::sqrt(mean * (1.0 - mean)));
    }
    m.recovery = std::min(1.0, mean);
    m.recovery_spread = spread;
    m.recovery_delay_years = insured_delay;
}

} // namespace candor::core
