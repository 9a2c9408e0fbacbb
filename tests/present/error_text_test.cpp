// Core's errors and labels in the current language (src/present/error_text.hpp,
// offer_label.hpp, src/i18n/tr.hpp): the template is translated first and its values filled in
// afterwards, so the catalog's msgid matches whatever the values are; typed names are shown
// as typed, with controls made visible; counts pick the language's plural form.
#include "language_guard.hpp"
#include "present/error_text.hpp"
#include "present/number_format.hpp"
#include "present/offer_label.hpp"

#include "core/data_error.hpp"
#include "core/input_error.hpp"
#include "core/output_file.hpp"
#include "i18n/tr.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace candor;

namespace {

/// Selects a language for one test case and goes back to English afterwards.
using Language = test::LanguageGuard;

const core::InputError day_count_error("--day-count", "one of {0}", "ACT/366",
                                       {"ACT/365F, ACT/360"});

} // namespace

TEST_CASE("the expected text is the English template with its values in English") {
    const Language en("en");
    CHECK(present::expected_text(day_count_error) == "one of ACT/365F, ACT/360");
    const core::InputError pct("--fee", "a percentage from 0% to below 100%", "150%");
    CHECK(present::expected_text(pct) == "a percentage from 0% to below 100%");
}

TEST_CASE("the expected text is translated before values are filled in") {
    const Language de("de");
    const core::InputError pct("--fee", "a percentage from 0% to below 100%", "150%");
    CHECK(present::expected_text(pct) == "einen Prozentsatz von 0 % bis unter 100 %");
    const Language ar("ar");
    CHECK(present::expected_text(pct) == "نسبة مئوية من ٠٪ إلى أقل من ١٠٠٪");
}

TEST_CASE("a data file error names file, line and key, and the refused value's expectation") {
    const Language en("en");
    const core::InputError cause("rate", "a percentage from 0% to below 100%", "150%");
    const core::DataError e("my.candor", "offers[2].fee", cause, 17);
    const std::string text = present::data_error_text(e);
    CHECK(text.rfind("my.candor:17: offers[2].fee: ", 0) == 0);
    CHECK(text.find("a percentage from 0% to below 100%") != std::string::npos);
    const core::DataError no_line("x.json", "", "expected \"{0}\"", 0, {"candor-offers"});
    CHECK(present::data_error_text(no_line) == "x.json: expected \"candor-offers\"");
}

TEST_CASE("a failed write to standard output is named in the current language") {
    const core::OutputError e =
        core::OutputError::standard_output("writing failed ({0})", {"No space left on device"});
    {
        const Language en("en");
        CHECK(present::output_error_text(e).rfind("standard output: ", 0) == 0);
    }
    const Language de("de");
    CHECK(present::output_error_text(e).rfind("Standardausgabe: ", 0) == 0);
    CHECK(present::output_error_text(e).find("No space left on device") != std::string::npos);
}

TEST_CASE("a built-in example's name is translated, a typed name is shown as typed") {
    const std::string example = "Example platform A: 5,000 USDT for 20 days";
    {
        const Language en("en");
        CHECK(present::offer_name(example) == example);
    }
    const Language de("de");
    CHECK(present::offer_name(example) != example);
    CHECK(present::offer_name(example).find("5.000 USDT") != std::string::npos);
    // A name the user typed is theirs: never translated, its bidi override shown as U+FFFD.
    CHECK(present::offer_name("Mein Angebot") == "Mein Angebot");
    CHECK(present::offer_name("a\u202Eb") == "a\uFFFDb");
}

TEST_CASE("counts take the language's plural form") {
    const char* one = "in {0} day: a gain of {1}, {2} of the principal";
    const char* many = "in {0} days: a gain of {1}, {2} of the principal";
    {
        const Language en("en");
        CHECK(std::string(i18n::trn(one, many, 1)) == one);
        CHECK(std::string(i18n::trn(one, many, 2)) == many);
    }
    const Language de("de");
    CHECK(i18n::trn(one, many, 1).rfind("in {0} Tag:", 0) == 0);
    CHECK(i18n::trn(one, many, 20).rfind("in {0} Tagen:", 0) == 0);
    const Language ar("ar");
    // Arabic has six forms: 1, 2, 3-10 and 11-99 differ.
    CHECK(i18n::trn(one, many, 1) != i18n::trn(one, many, 2));
    CHECK(i18n::trn(one, many, 3) != i18n::trn(one, many, 11));
}
