#pragma once
/// \file language_option.hpp
/// The global --lang option. It is read before the other options are declared, so that the
/// help text, the output and the error messages all come out in the chosen language.

#include <CLI/CLI.hpp>

#include <string>

namespace candor::cli {

/// The value of "--lang xx" or "--lang=xx" anywhere before a "--" in argv; empty when absent
/// (the language then comes from the environment).
std::string language_from_args(int argc, const char* const* argv);

/// Declares --lang on `app` (it was already applied by then; this makes it known to the parser
/// and the help). Subcommands pass it up to `app`.
void add_language_option(CLI::App& app, std::string& value);

/// Selects the language (i18n and number formats). \throws core::InputError naming --lang when
/// `requested` is not empty and has no catalog.
void apply_language(const std::string& requested);

} // namespace candor::cli
