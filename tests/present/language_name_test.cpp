#include <doctest/doctest.h>

#include "present/language_name.hpp"

#include <string>

using candor::present::language_display_name;

TEST_CASE("each language is named in its own language, capitalized, with its code") {
    CHECK(language_display_name("en") == "English (en)");
    CHECK(language_display_name("de") == "Deutsch (de)");
    CHECK(language_display_name("es") == "Español (es)");
    CHECK(language_display_name("fr") == "Français (fr)");
    CHECK(language_display_name("pt_BR") == "Português (Brasil) (pt_BR)");
    CHECK(language_display_name("tr") == "Türkçe (tr)");
    CHECK(language_display_name("ar") == "العربية (ar)");
}

TEST_CASE("Arabic with Latin digits says so - the code is kept as given") {
    const std::string latn = language_display_name("ar@latn");
    CHECK(latn.rfind("العربية (", 0) == 0);
    CHECK(latn.ends_with(" (ar@latn)"));
    CHECK(latn != "العربية (ar@latn)");
    CHECK(language_display_name("pt-BR") == "Português (Brasil) (pt-BR)");
}

TEST_CASE("a code ICU has no name for is shown alone") {
    CHECK(language_display_name("xx") == "xx");
    CHECK(language_display_name("") == "");
}
