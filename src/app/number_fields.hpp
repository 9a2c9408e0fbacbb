#pragma once
/// \file number_fields.hpp
/// The form's fields that hold numbers written the way the current language writes them
/// (principal, payout, rate and the percentages), read into a locale-free form and written
/// back in another language. Used when the language changes while the app runs (the text the
/// user typed in German reads the same in English afterwards) and by the session file, which
/// stores numbers locale-free. Text that does not read as a number is kept exactly as typed.
/// No wxWidgets type here.

#include "offer_form.hpp"

#include <optional>
#include <string>
#include <vector>

namespace candor::app {

/// How a field's text is read: an amount may carry an asset code before or after the number
/// ("5.000,50 USDT", "USDT 5000"); a percentage may end in a percent sign ("12,5 %"); a plain
/// number (days) is the number alone.
enum class NumberKind { Amount, Percent, Plain };

/// One field's text in a locale-free form.
struct FieldNumber {
    std::string typed;                 ///< the text exactly as typed
    std::optional<std::string> number; ///< "5000.5" (locale-free) when the text reads as one
    std::string before;                ///< kept before the number ("USDT ")
    std::string after;                 ///< kept after it (" USDT", " %")

    friend bool operator==(const FieldNumber&, const FieldNumber&) = default;
};

/// Reads `typed` as the current locale (present::current_locale()) writes numbers; `number`
/// stays empty when it does not read as one (invalid or empty text).
FieldNumber read_field_number(const std::string& typed, NumberKind kind);

/// The text for the current locale: the number as a person types it in this language
/// (present::editable_number: no grouping, no trailing zeros) between the kept affixes, or the
/// typed text when it held no number.
std::string write_field_number(const FieldNumber& n);

/// A form field whose numbers follow the locale.
struct LocalizedField {
    const char* id;                    ///< field::principal ...
    std::string OfferFormInput::*text; ///< where the form keeps it
    NumberKind kind;
};
/// Every such field of OfferFormInput, in the order of the form (the fields of form_fields()
/// with a number kind). Fees ("10+1%"), the mix ("gold=60, ...", where commas separate the
/// pairs) and dates (ISO) are written locale-free in every language and are not listed.
const std::vector<LocalizedField>& localized_fields();

/// A whole form with its localized fields read into locale-free numbers (in the order of
/// localized_fields()).
struct NeutralForm {
    OfferFormInput input;
    std::vector<FieldNumber> numbers;
};
/// Reads every localized field of `in` in the current locale.
NeutralForm read_form_numbers(const OfferFormInput& in);
/// The form in the current locale: every field that held a number rewritten, the others as
/// they were typed.
OfferFormInput write_form_numbers(const NeutralForm& form);

} // namespace candor::app
