#include "form_fields.hpp"

#include "core/input_error.hpp"
#include "core/term.hpp"

#include <algorithm>
#include <string_view>

namespace candor::app {

namespace {

using In = OfferFormInput;
constexpr auto amount = NumberKind::Amount;
constexpr auto percent = NumberKind::Percent;
constexpr auto plain = NumberKind::Plain;
constexpr std::optional<NumberKind> words;

// Labels with a literal percent sign that xgettext would otherwise take for a C format.
// xgettext:no-c-format
constexpr const char* inflation_label = CANDOR_N_("&Inflation (% a year):");
// xgettext:no-c-format
constexpr const char* benchmark_label = CANDOR_N_("&Benchmark (% a year):");
// xgettext:no-c-format
constexpr const char* fail_year_label = CANDOR_N_("&Failure within a year (%):");

std::vector<FormField> make_fields() {
    using K = FieldKind;
    return {
        {field::name, K::Text, &In::name, words, CANDOR_N_("&Name:"),
         CANDOR_N_("A label for this offer, shown on its tab"), CANDOR_N_("Offer")},
        {field::principal, K::Text, &In::principal, amount, CANDOR_N_("&Principal:"),
         CANDOR_N_("The amount paid in; in the asset held unless it names a currency, e.g. "
                   "30000 USD"),
         nullptr},
        {field::asset, K::Choice, &In::asset, words, CANDOR_N_("Asset &held:"),
         CANDOR_N_("What the principal is held in during the term"), nullptr},
        {field::term_mode, K::Mode, nullptr, words, CANDOR_N_("Term given as:"), "", nullptr},
        {field::days, K::Text, &In::days, plain, CANDOR_N_("Term in da&ys:"),
         core::Term::days_expected, nullptr},
        {field::start, K::Date, &In::start, words, CANDOR_N_("&Start date:"),
         CANDOR_N_("The first day of the term"), nullptr},
        {field::end, K::Date, &In::end, words, CANDOR_N_("&Maturity date:"),
         CANDOR_N_("The day the payout is due"), nullptr},
        {field::day_count, K::Choice, &In::day_count, words, CANDOR_N_("Day &count:"),
         CANDOR_N_("How days become a fraction of a year; ACT/365F unless the offer says "
                   "otherwise"),
         nullptr},
        {field::payout_mode, K::Mode, nullptr, words, CANDOR_N_("Advertised as:"), "",
         CANDOR_N_("What is advertised")},
        {field::payout, K::Text, &In::payout, amount, CANDOR_N_("Payout at ma&turity:"),
         CANDOR_N_("The amount promised at the end of the term, in the principal's currency"),
         nullptr},
        {field::rate, K::Text, &In::rate, percent, CANDOR_N_("Advertised rate (%):"),
         CANDOR_N_("The advertised annual rate in percent"), nullptr},
        {field::compounding, K::Choice, &In::compounding, words, CANDOR_N_("Compounding:"),
         CANDOR_N_("How the advertised rate compounds"), nullptr},
        {field::entry_fee, K::Text, &In::entry_fee, words, CANDOR_N_("&Entry fee:"),
         CANDOR_N_("Charged on the principal: flat (10), a percentage (1%) or both (10+1%)"),
         CANDOR_N_("Costs and assumptions")},
        {field::exit_fee, K::Text, &In::exit_fee, words, CANDOR_N_("E&xit fee:"),
         CANDOR_N_("Charged on the payout"), nullptr},
        {field::tax, K::Text, &In::tax, percent, CANDOR_N_("Ta&x on gains (%):"),
         CANDOR_N_("Percent of a positive gain paid as tax"), nullptr},
        {field::inflation, K::Text, &In::inflation, percent, inflation_label,
         CANDOR_N_("Empty: the latest 12-month inflation of the offer's currency (see Assumptions "
                   "in use)"),
         nullptr},
        {field::benchmark, K::Text, &In::benchmark, percent, benchmark_label,
         CANDOR_N_("A safe alternative's annual rate; empty: the government rate of the offer's "
                   "currency for its term, or the one chosen in Preferences"),
         nullptr},
        {field::recovery, K::Text, &In::recovery, percent, CANDOR_N_("Rec&overy on failure (%):"),
         CANDOR_N_("Percent of the principal recovered if the platform fails"), nullptr},
        {field::mix, K::Text, &In::mix, words, CANDOR_N_("Claimed asset &mix (%):"),
         CANDOR_N_("Asset classes the yield is said to come from, with weights in percent "
                   "adding up to 100"),
         CANDOR_N_("What the platform claims")},
        {field::scenario, K::Choice, &In::scenario, words, CANDOR_N_("Counterparty sce&nario:"),
         CANDOR_N_("What happens if the platform fails: a preset of failure and recovery "
                   "figures"),
         nullptr},
        {field::fail_year, K::Text, &In::fail_year, percent, fail_year_label,
         CANDOR_N_("The chance that the platform fails within a year; empty uses the preset's"),
         nullptr},
        {field::recovery_delay, K::Text, &In::recovery_delay, plain,
         CANDOR_N_("Recovery &delay (years):"),
         CANDOR_N_("Years until a recovery is paid out; empty uses the preset's"), nullptr},
        // The user's statement, not the platform's claim (which is on the checklist below).
        {field::insured, K::Choice, &In::insured, words, CANDOR_N_("Deposit ins&ured by:"),
         CANDOR_N_("Your own statement that the offer is a deposit at an institution covered by "
                   "a deposit-insurance scheme; a platform's claim to be insured is not enough"),
         nullptr},
        {field::claims, K::Claims, nullptr, words, CANDOR_N_("Claims made by the offer:"), "",
         nullptr},
    };
}

} // namespace

const std::vector<FormField>& form_fields() {
    static const std::vector<FormField> fields = make_fields();
    return fields;
}

const FormField* find_form_field(const std::string& id) {
    const auto& fields = form_fields();
    const auto it =
        std::find_if(fields.begin(), fields.end(), [&](const FormField& f) { return id == f.id; });
    return it == fields.end() ? nullptr : &*it;
}

std::string field_value(const OfferFormInput& in, const FormField& f) {
    if (f.text != nullptr) {
        return in.*f.text;
    }
    if (std::string_view(f.id) == field::term_mode) {
        return in.term_mode == TermMode::Dates ? "dates" : "days";
    }
    if (std::string_view(f.id) == field::payout_mode) {
        return in.payout_mode == PayoutMode::Rate ? "rate" : "payout";
    }
    return {};
}

void set_field_value(OfferFormInput& in, const FormField& f, std::string value) {
    if (f.text != nullptr) {
        in.*f.text = std::move(value);
    } else if (std::string_view(f.id) == field::term_mode) {
        in.term_mode = value == "dates" ? TermMode::Dates : TermMode::Days;
    } else if (std::string_view(f.id) == field::payout_mode) {
        in.payout_mode = value == "rate" ? PayoutMode::Rate : PayoutMode::Payout;
    }
}

} // namespace candor::app
