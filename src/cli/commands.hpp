#pragma once
/// \file commands.hpp
/// Each subcommand adds itself to the app and sets `action` to run after parsing.

#include <CLI/CLI.hpp>

#include <functional>
#include <ostream>

namespace candor::cli {

struct Context {
    std::ostream& out;
    std::ostream& err;
    std::function<int()> action; ///< set by the chosen subcommand's callback
};

void add_analyze_command(CLI::App& app, Context& ctx);
void add_examples_command(CLI::App& app, Context& ctx);
void add_simulate_command(CLI::App& app, Context& ctx);
void add_ponzi_command(CLI::App& app, Context& ctx);
void add_report_command(CLI::App& app, Context& ctx);
void add_chart_command(CLI::App& app, Context& ctx);

} // namespace candor::cli
