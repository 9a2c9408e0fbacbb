/// \file numbers_fuzz.cpp
/// Fuzz target: every parser of a single typed value. The first byte chooses the parser (and,
/// for the locale-aware ones in present, the language); the rest is the text typed. Refusals
/// are InputErrors only; what is accepted is finite and, where the program writes the value
/// back out (a .candor file, a date), reads back as the same value.

#include "fuzz_support.hpp"

#include "cli/offer_options.hpp"
#include "cli/scenario_options.hpp"
#include "core/asset.hpp"
#include "core/day_count.hpp"
#include "core/disclosures.hpp"
#include "core/input_error.hpp"
#include "core/money.hpp"
#include "core/offer.hpp"
#include "core/offer_file.hpp"
#include "core/plausible.hpp"
#include "core/rate.hpp"
#include "present/number_format.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

using namespace candor;

namespace {

constexpr std::array<const char*, 8> languages{"en", "de",    "fr", "ar",
                                               "tr", "pt_BR", "es", "ar@latn"};

void money_core(std::string_view text, bool with_default) {
    const std::optional<core::Asset> usd =
        with_default ? core::find_asset("USD") : std::optional<core::Asset>{};
    const core::Money m = core::parse_money(text, usd, "--principal");
    fuzz::require(m.minor() <= core::Money::max_minor && m.minor() >= -core::Money::max_minor,
                  "an amount beyond max_minor was accepted", text);
    // The .candor file stores amounts as money_to_text(); it must read back exactly.
    const std::string stored = core::money_to_text(m);
    core::Money back;
    try {
        back = core::parse_money(stored, std::nullopt, "principal");
    } catch (const core::InputError&) {
        fuzz::finding("an amount as a .candor file stores it is refused", stored);
    }
    fuzz::require(back == m, "an amount changes when stored and read again", stored);
    (void)core::format_money(m);
}

void fee(std::string_view text) {
    const core::Fee f = core::parse_fee(text, "--fee");
    fuzz::require_finite(f.flat, "fee flat part");
    fuzz::require_finite(f.percent, "fee percentage");
    const std::string stored = core::fee_to_text(f);
    try {
        (void)core::parse_fee(stored, "entry_fee");
    } catch (const core::InputError&) {
        fuzz::finding("a fee as a .candor file stores it is refused", stored);
    }
}

void date(std::string_view text) {
    const core::Date d = core::parse_date(text, "--start");
    const std::string shown = core::format_date(d);
    fuzz::require(core::parse_date(shown, "start") == d, "a date changes when written and read",
                  shown);
}

/// Selectors 12 to 15 (mod 16): the locale-aware parsers of present, in the language given by
/// the selector's high four bits.
void present_number(std::string_view text, std::uint8_t selector) {
    present::set_locale(languages[(selector >> 4) % languages.size()]);
    switch (selector % 16) {
    case 12:
        fuzz::require_finite(present::parse_number(text, "principal", "a number"), "number");
        break;
    case 13: {
        const core::Money m = present::parse_money(text, core::find_asset("EUR"), "principal");
        (void)present::money(m);
        break;
    }
    case 14:
        fuzz::require_finite(present::parse_rate(text, "rate", "a rate"), "rate");
        break;
    default: {
        // What editable_number() writes, parse_number() reads back (number_format.hpp).
        const double v = present::parse_number(text, "principal", "a number");
        const std::string shown = present::editable_number(v, 6);
        try {
            (void)present::parse_number(shown, "principal", "a number");
        } catch (const core::InputError&) {
            fuzz::finding("a number as editable_number() writes it is refused", shown);
        }
        break;
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const std::uint8_t selector = data[0];
    const std::string_view text = fuzz::text_of(data + 1, size - 1);
    const std::string owned(text);
    try {
        switch (selector % 16) {
        case 0:
            money_core(text, true);
            break;
        case 1:
            money_core(text, false);
            break;
        case 2:
            fuzz::require_finite(core::parse_number(text, "--tax", "a number"), "number");
            break;
        case 3:
            fee(text);
            break;
        case 4:
            (void)core::parse_compounding(text, "--compounding");
            break;
        case 5:
            (void)core::parse_day_count(text, "--day-count");
            break;
        case 6:
            date(text);
            break;
        case 7:
            (void)core::parse_claims(text, "--claims");
            break;
        case 8:
            for (const auto& [id, weight] : core::parse_mix(text, "--mix")) {
                fuzz::require_finite(weight, "mix weight of " + id);
            }
            break;
        case 9:
            (void)core::asset_or_throw(text, "--asset");
            break;
        case 10:
            fuzz::require_finite(cli::parse_rate(owned, "--rate", "a rate"), "rate");
            break;
        case 11:
            (void)cli::parse_count(owned, "--paths", "a count", 1,
                                   std::numeric_limits<std::uint64_t>::max());
            break;
        default:
            present_number(text, selector);
            break;
        }
    } catch (const core::InputError&) {
        // Refused with the field named: what every parser here must do with bad text.
    }
    present::set_locale("");
    return 0;
}
