#pragma once
/// \file form_fields.hpp
/// The offer form's fields, listed once: each field's id (also its key in the session file),
/// what kind of control shows it, where OfferFormInput keeps it, how its numbers follow the
/// locale, and the marked English of its label, tooltip and the heading above it. The form
/// panel builds its rows from this table, the page copies values in and out through it, and
/// the session file and the language switch iterate over it. No wxWidgets type here.

#include "number_fields.hpp"
#include "offer_form.hpp"

#include <optional>
#include <string>
#include <vector>

namespace candor::app {

/// How the form shows a field.
enum class FieldKind {
    Text,   ///< a text box
    Choice, ///< a drop-down list of values (the panel knows each list)
    Date,   ///< a date picker (ISO text), shown when the term is given as dates
    Mode,   ///< a pair of radio buttons: term in days or dates, advertised payout or rate
    Claims  ///< the checklist of the offer's claims (OfferFormInput::claims)
};

/// One field of the form.
struct FormField {
    /// field::name ...: names the field in errors and is its key in the session file.
    const char* id;
    FieldKind kind;
    /// Where OfferFormInput keeps the text; nullptr for Mode and Claims.
    std::string OfferFormInput::*text;
    /// Set for fields whose numbers are written the way the current language writes them.
    std::optional<NumberKind> number;
    /// The marked English (CANDOR_N_) of the label, the tooltip (may be empty) and the heading
    /// shown above the row (nullptr for none).
    const char* label;
    const char* tooltip;
    const char* heading;
};

/// Every field, in the order of the form.
const std::vector<FormField>& form_fields();

/// The field with id `id`, or nullptr.
const FormField* find_form_field(const std::string& id);

/// A field's value as text: the typed text, or "days"/"dates", "payout"/"rate" for the modes
/// (the words the session file stores). Empty for Claims.
std::string field_value(const OfferFormInput& in, const FormField& f);
/// Sets a field from its text (the inverse of field_value); an unknown mode word is the first
/// mode (days, payout). Does nothing for Claims.
void set_field_value(OfferFormInput& in, const FormField& f, std::string value);

} // namespace candor::app
