#pragma once
/// \file error_text.hpp
/// Core's errors in the current language: core marks their fixed texts with CANDOR_N_ and
/// passes lists, ids and bounds as placeholder values; these translate the text first and
/// then fill in the values, so the catalog's msgid always matches.

#include "core/data_error.hpp"
#include "core/input_error.hpp"
#include "core/output_file.hpp"

#include <string>

namespace candor::present {

/// What the input accepts, translated, with its values filled in.
std::string expected_text(const core::InputError& error);

/// The problem of a data file error, translated, with its values filled in.
std::string data_problem_text(const core::DataError& error);

/// One line for a data file error: "FILE:LINE: KEY: problem" with the problem translated (the
/// line and key only where known).
std::string data_error_text(const core::DataError& error);

/// One line for a file or standard output that could not be written: "PATH: problem", with
/// standard output named in the current language.
std::string output_error_text(const core::OutputError& error);

} // namespace candor::present
