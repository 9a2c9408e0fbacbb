#pragma once
/// \file input_error.hpp
/// The one error type core throws for bad input: it names the field, what is accepted and
/// what was given, so that every front end can print a one-line message.

#include <stdexcept>
#include <string>

/// Marks a string for translation without translating it (xgettext keyword CANDOR_N_).
/// Core never translates; front ends pass the marked text through gettext when they show it.
#define CANDOR_N_(text) text

namespace candor::core {

class InputError : public std::runtime_error {
  public:
    /// \param field    the input's name as the user knows it, e.g. "principal" or "--days".
    /// \param expected what is accepted, in English, marked with CANDOR_N_ for translation.
    /// \param got      the offending text as the user typed it (may be empty).
    InputError(std::string field, std::string expected, std::string got);

    const std::string& field() const { return field_; }
    const std::string& expected() const { return expected_; }
    const std::string& got() const { return got_; }

  private:
    std::string field_;
    std::string expected_;
    std::string got_;
};

} // namespace candor::core
