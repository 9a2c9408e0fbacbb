#include "startup_trace.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace candor::app::startup_trace {

void mark(const char* label) {
    static const bool on = std::getenv("CANDOR_TRACE_STARTUP") != nullptr;
    if (!on) {
        return;
    }
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const double ms = std::chrono::duration<double, std::milli>(now).count();
    // CPU time of the whole process so far: less disturbed by other load than the wall clock.
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    const double cpu_ms =
        static_cast<double>(cpu.tv_sec) * 1e3 + static_cast<double>(cpu.tv_nsec) / 1e6;
    std::fprintf(stderr, "startup %.3f %.1f %s\n", ms, cpu_ms, label);
}

} // namespace candor::app::startup_trace
