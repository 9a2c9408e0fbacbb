#pragma once
/// \file cli_messages.hpp
/// CLI11's own texts in the chosen language: the headings and labels of --help, and one
/// translated line for each kind of command-line error CLI11 reports.

#include <CLI/CLI.hpp>

#include <string>

namespace candor::cli {

/// Gives `app` a help formatter with translated headings ("Usage", "OPTIONS", "REQUIRED", type
/// names), a translated --help flag, option group and command group. Call before adding
/// subcommands and options: CLI11 copies these into each subcommand when it is created.
void use_translated_help(CLI::App& app);

/// Puts each subcommand's --help flag into the translated option group. Call after adding the
/// subcommands.
void translate_help_groups(CLI::App& app);

/// One line (without "candor-cli: error: " and without a newline) saying what is wrong with
/// the command line, in the current language: the option concerned and what it accepts (its
/// help text). Recognises CLI11 2.x's errors by type (required option or command missing,
/// unexpected argument, missing or surplus value, value not convertible, options that exclude
/// or need each other); anything else falls back to CLI11's English text after a translated
/// lead-in.
std::string parse_error_message(const CLI::ParseError& error, const CLI::App& app);

/// After parsing: the error line for the first option of the chosen command given an empty
/// value (`--principal ""`, `--days=`), as for a flag without its value ("--days needs a value
/// (Term in days)"); empty when there is none. An empty value is never taken as "not given",
/// which would silently keep an example's value.
std::string empty_value_message(const CLI::App& app);

} // namespace candor::cli
