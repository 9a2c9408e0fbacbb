#pragma once
/// \file input_error.hpp
/// The one error type core throws for bad input: it names the field, what is accepted and
/// what was given, so that every front end can print a one-line message.

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

/// Marks a string for translation without translating it (xgettext keyword CANDOR_N_).
/// Core never translates; front ends pass the marked text through gettext when they show it.
/// Lists and other data go in through placeholders ({0}, {1}, ...), never by concatenation, so
/// that the marked text is exactly the catalog's msgid.
#define CANDOR_N_(text) text

namespace candor::core {

/// `text` with each {n} replaced by values[n]; other braces, and placeholders without a value,
/// are left as they are (so a translation with a typo shows, rather than throws).
std::string fill_placeholders(std::string_view text, const std::vector<std::string>& values);

class InputError : public std::runtime_error {
  public:
    /// \param field    the input's name as the user knows it, e.g. "principal" or "--days".
    /// \param expected what is accepted, in English, marked with CANDOR_N_ for translation; it
    ///                 may hold placeholders {0}, {1}... for `values` (lists of ids, bounds).
    /// \param got      the offending text as the user typed it (may be empty).
    /// \param values   data put into `expected` after translation.
    InputError(std::string field, std::string expected, std::string got,
               std::vector<std::string> values = {});

    const std::string& field() const { return field_; }
    /// What is accepted, in English with the values filled in.
    const std::string& expected() const { return expected_; }
    /// The marked text with its placeholders: translate this, then fill_placeholders(values()).
    const std::string& expected_template() const { return template_; }
    const std::vector<std::string>& values() const { return values_; }
    const std::string& got() const { return got_; }

    /// The same error for a field with another name (e.g. "days" as the flag "--days").
    InputError renamed(std::string field) const;
    /// The same error showing other typed text.
    InputError with_got(std::string got) const;

  private:
    std::string field_;
    std::string template_;
    std::vector<std::string> values_;
    std::string expected_;
    std::string got_;
};

} // namespace candor::core
