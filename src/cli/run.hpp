#pragma once
/// \file run.hpp
/// candor-cli's entry point, callable from tests with string streams.

#include <ostream>

namespace candor::cli {

/// Parses argv, runs the subcommand and returns the process exit code (see exit_codes.hpp).
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace candor::cli
