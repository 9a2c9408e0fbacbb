#pragma once
/// \file language_guard.hpp
/// For tests: selects a language (gettext and present's number locale) for one scope and goes
/// back to English afterwards.

#include "i18n/tr.hpp"
#include "present/number_format.hpp"

#include <string>

namespace candor::test {

struct LanguageGuard {
    explicit LanguageGuard(const std::string& lang) {
        i18n::init(lang);
        present::set_locale("");
    }
    ~LanguageGuard() {
        i18n::init("en");
        present::set_locale("");
    }
    LanguageGuard(const LanguageGuard&) = delete;
    LanguageGuard& operator=(const LanguageGuard&) = delete;
};

} // namespace candor::test
