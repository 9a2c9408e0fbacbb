#pragma once
/// \file startup_trace.hpp
/// Opt-in start-up timing: with CANDOR_TRACE_STARTUP set, mark("...") prints to stderr
///   startup <wall-clock ms since the Unix epoch> <process CPU ms so far> <label>
/// so that scripts/trace_startup.sh can show where the start-up time goes.

namespace candor::app::startup_trace {

void mark(const char* label);

} // namespace candor::app::startup_trace
