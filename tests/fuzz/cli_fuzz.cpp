/// \file cli_fuzz.cpp
/// Fuzz target: a whole `candor-cli` command line, run in-process by cli::run with string
/// streams. The input is the arguments separated by NUL bytes; an empty argument (two NULs in
/// a row) ends them, and the bytes after it become the file `@in` names (a .candor file, a
/// benchmarks, presets or price-risk file: whatever the command line reads it as).
///
/// The run must end with exit code 0, 2 (bad input, with a message) or 3 (output not
/// written); exit code 1 ("internal error") is a finding, as is any crash or sanitizer report.
///
/// Confinement, so that a run cannot write outside a scratch directory, read special files or
/// run for minutes: in an argument that starts with '/' or holds "..", every '/' becomes '_'
/// (what is read is in the current directory or below it), the value of -o/--output is
/// replaced by a file in the scratch directory with the same extension, `@in` is the scratch
/// file, standard input is /dev/null, and the sizes that only cost time or memory (--paths,
/// --threads, --width, --height, --scale) are capped; `simulate` without --paths gets 500.

#include "fuzz_support.hpp"

#include "cli/run.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace candor;

namespace {

const std::filesystem::path& scratch() {
    static const std::filesystem::path dir = [] {
        std::string templ = (std::filesystem::temp_directory_path() / "candor-fuzz-cli-XXXXXX");
        if (::mkdtemp(templ.data()) == nullptr) {
            fuzz::finding("cannot make a scratch directory", templ);
        }
        return std::filesystem::path(templ);
    }();
    return dir;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

/// `value` when it is a short number no larger than `cap`, else `cap` (text without digits is
/// kept, so that the refusal of a bad value is still exercised).
std::string capped(const std::string& value, double cap, const char* cap_text) {
    if (value.find_first_of("0123456789") == std::string::npos) {
        return value;
    }
    char* end = nullptr;
    const double v = std::strtod(value.c_str(), &end);
    if (value.size() <= 6 && end == value.c_str() + value.size() && v <= cap) {
        return value;
    }
    return cap_text;
}

std::string output_path(const std::string& value) {
    const auto dot = value.rfind('.');
    const std::string ext = dot == std::string::npos ? "" : value.substr(dot, 6);
    return (scratch() / ("out" + ext)).string();
}

struct Cap {
    const char* flag;
    double cap;
    const char* text;
};
constexpr Cap caps[] = {{"--paths", 2000, "2000"},
                        {"--threads", 2, "2"},
                        {"--width", 1200, "1200"},
                        {"--height", 1200, "1200"},
                        {"--scale", 2, "2"}};

std::vector<std::string> confined(std::vector<std::string> args) {
    bool simulate = false;
    bool paths = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string& a = args[i];
        if (a == "@in") {
            a = (scratch() / "in").string();
            continue;
        }
        if (starts_with(a, "/") || a.find("..") != std::string::npos) {
            std::replace(a.begin(), a.end(), '/', '_');
        }
        if (a == "simulate") {
            simulate = true;
        }
        if (a == "-o" || a == "--output") {
            if (i + 1 < args.size()) {
                args[i + 1] = output_path(args[i + 1]);
                ++i;
            }
            continue;
        }
        if (starts_with(a, "--output=")) {
            a = "--output=" + output_path(a.substr(9));
            continue;
        }
        if (starts_with(a, "-o") && !starts_with(a, "--")) {
            a = "-o" + output_path(a.substr(2));
            continue;
        }
        for (const Cap& cap : caps) {
            const std::string flag = cap.flag;
            if (a == flag && i + 1 < args.size()) {
                args[i + 1] = capped(args[i + 1], cap.cap, cap.text);
                paths = paths || flag == "--paths";
                ++i;
            } else if (starts_with(a, flag + "=")) {
                a = fmt::format("{}={}", flag,
                                capped(a.substr(flag.size() + 1), cap.cap, cap.text));
                paths = paths || flag == "--paths";
            }
        }
    }
    if (simulate && !paths) {
        args.insert(args.end(), {"--paths", "500", "--threads", "1"});
    }
    return args;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    if (std::freopen("/dev/null", "r", stdin) == nullptr) {
        fuzz::finding("cannot read standard input from /dev/null");
    }
    (void)scratch();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = fuzz::text_of(data, size);
    std::vector<std::string> args{"candor-cli"};
    std::size_t pos = 0;
    std::string_view file;
    while (pos <= input.size()) {
        const std::size_t nul = input.find('\0', pos);
        const std::string_view token =
            input.substr(pos, nul == std::string_view::npos ? std::string_view::npos : nul - pos);
        if (token.empty() && nul != std::string_view::npos) {
            file = input.substr(nul + 1);
            break;
        }
        if (!token.empty()) {
            args.emplace_back(token);
        }
        if (nul == std::string_view::npos || args.size() > 64) {
            break;
        }
        pos = nul + 1;
    }
    {
        std::ofstream in(scratch() / "in", std::ios::binary | std::ios::trunc);
        in.write(file.data(), static_cast<std::streamsize>(file.size()));
    }
    args = confined(std::move(args));
    std::vector<const char*> argv;
    argv.reserve(args.size());
    for (const std::string& a : args) {
        argv.push_back(a.c_str());
    }
    std::ostringstream out;
    std::ostringstream err;
    const int code = cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
    std::string shown;
    for (const std::string& a : args) {
        shown += "'" + a + "' ";
    }
    if (code == 1) {
        fuzz::finding("candor-cli ended with an internal error", shown + "\n" + err.str());
    }
    fuzz::require(code == 0 || code == 2 || code == 3, "an undocumented exit code", shown);
    fuzz::require(code == 0 || !err.str().empty(), "a failure without a message", shown);
    return 0;
}
