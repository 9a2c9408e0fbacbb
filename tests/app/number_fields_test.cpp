// Number fields read in one language and written in another; text that is no number stays as
// typed. No display needed.
#include "app/number_fields.hpp"

#include "present/number_format.hpp"

#include <doctest/doctest.h>

using namespace candor;
using namespace candor::app;

namespace {

/// `typed` read in `from`, written in `to`.
std::string convert(const std::string& typed, NumberKind kind, const char* from, const char* to) {
    present::set_locale(from);
    const FieldNumber n = read_field_number(typed, kind);
    present::set_locale(to);
    std::string out = write_field_number(n);
    present::set_locale("");
    return out;
}

} // namespace

TEST_CASE("amounts typed in German read the same in English, French and Arabic") {
    present::set_locale("de");
    const FieldNumber n = read_field_number("5.000,50 USDT", NumberKind::Amount);
    present::set_locale("");
    REQUIRE(n.number);
    CHECK(*n.number == "5000.5");
    CHECK(n.before.empty());
    CHECK(n.after == " USDT");
    CHECK(n.typed == "5.000,50 USDT");
    CHECK(convert("5.000,50 USDT", NumberKind::Amount, "de", "en") == "5000.5 USDT");
    CHECK(convert("5.000,50", NumberKind::Amount, "de", "fr") == "5000,5");
    CHECK(convert("5.000,50", NumberKind::Amount, "de", "ar") == "٥٠٠٠٫٥");
    CHECK(convert("USDT 1.234", NumberKind::Amount, "de", "en") == "USDT 1234");
    CHECK(convert("  6350  ", NumberKind::Amount, "de", "en") == "6350");
    CHECK(convert("5,000.25", NumberKind::Amount, "en", "de") == "5000,25");
    CHECK(convert("٥٬٠٠٠٫٥", NumberKind::Amount, "ar", "en") == "5000.5");
    CHECK(convert("5000.5", NumberKind::Amount, "ar@latn", "de") == "5000,5");
    CHECK(convert("0,000001", NumberKind::Amount, "de", "en") == "0.000001");
    CHECK(convert("123456789012,34", NumberKind::Amount, "de", "en") == "123456789012.34");
}

TEST_CASE("percentages keep their percent sign") {
    CHECK(convert("12,5 %", NumberKind::Percent, "de", "en") == "12.5 %");
    CHECK(convert("4.25", NumberKind::Percent, "en", "de") == "4,25");
    CHECK(convert("27%", NumberKind::Percent, "en", "tr") == "27%");
    CHECK(convert("-0.5", NumberKind::Percent, "en", "de") == "-0,5");
}

TEST_CASE("text that is no number in the old language is kept exactly as typed") {
    // "1.5" is not a German number (a group of one digit), so it is not silently read as 15.
    CHECK(convert("1.5", NumberKind::Amount, "de", "en") == "1.5");
    CHECK(convert("lots", NumberKind::Amount, "de", "en") == "lots");
    CHECK(convert("", NumberKind::Percent, "de", "en").empty());
    CHECK(convert(" 12,5 %% ", NumberKind::Percent, "de", "en") == " 12,5 %% ");
    CHECK(convert("5000USDT", NumberKind::Amount, "en", "de") == "5000USDT");
    present::set_locale("de");
    CHECK_FALSE(read_field_number("abc", NumberKind::Percent).number);
    present::set_locale("");
}

TEST_CASE("a whole form: the number fields convert, the locale-free ones do not move") {
    OfferFormInput in;
    in.name = "Plattform 1,5";
    in.principal = "5.000,50";
    in.payout = "kaputt";
    in.rate = "27,5";
    in.tax = "12,5 %";
    in.benchmark = "4,3";
    in.inflation = "";
    in.recovery = "40";
    in.fail_year = "2,5";
    in.entry_fee = "10+1%";
    in.mix = "gold=60, sovereign_bonds=40";
    in.recovery_delay = "1.5";
    in.days = "20";
    present::set_locale("de");
    const NeutralForm f = read_form_numbers(in);
    present::set_locale("en");
    const OfferFormInput out = write_form_numbers(f);
    present::set_locale("");
    CHECK(out.name == in.name);
    CHECK(out.principal == "5000.5");
    CHECK(out.payout == "kaputt");
    CHECK(out.rate == "27.5");
    CHECK(out.tax == "12.5 %");
    CHECK(out.benchmark == "4.3");
    CHECK(out.inflation.empty());
    CHECK(out.recovery == "40");
    CHECK(out.fail_year == "2.5");
    CHECK(out.entry_fee == "10+1%");
    CHECK(out.mix == in.mix);
    CHECK(out.recovery_delay == "1.5"); // "1.5" is no German number: kept as typed
    CHECK(out.days == "20");
    CHECK(localized_fields().size() == 10);
    present::set_locale("en");
    const NeutralForm g = read_form_numbers(in);
    present::set_locale("ar");
    CHECK(write_form_numbers(g).days == "٢٠");
    CHECK(write_form_numbers(g).recovery_delay == "١٫٥");
    present::set_locale("");
}
