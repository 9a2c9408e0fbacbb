// Output integrity of the real candor-cli executable (issue 13, section 3): a write to standard
// output that fails is exit code 3 with a message, `-o -` writes to standard output, and `-o`
// writes through links and into special files (core/output_file.hpp has the file cases).
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const std::string cli = std::string(CANDOR_BINARY_DIR) + "/src/cli/candor-cli";

struct Run {
    int code = -1;
    std::string captured; ///< what the shell command sends to the pipe
};

/// Runs `command` with sh; returns its exit code and what it wrote to the pipe.
Run shell(const std::string& command) {
    Run r;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) {
        r.captured.append(buf.data(), n);
    }
    const int status = pclose(pipe);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path scratch(const std::string& name) {
    const fs::path dir = fs::path(CANDOR_BINARY_DIR) / "test-output" / "cli-output" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

} // namespace

TEST_CASE("a failed write to standard output is exit code 3 with the reason, for every output") {
    for (const std::string args :
         {"analyze --example", "analyze --example --format csv", "analyze --example --format json",
          "examples", "simulate --example --paths 1000",
          "simulate --example --paths 1000 --format json",
          "ponzi --promised-rate 0.1 --nominal-rate 0.02 --withdrawal-rate 0.05 --deposit-growth 0",
          "--help", "analyze --help", "--version", "report --example -o -",
          "chart value --example --format png -o -"}) {
        CAPTURE(args);
        // Standard error to the pipe, standard output to the full device.
        const Run r = shell(cli + " " + args + " 2>&1 >/dev/full");
        CHECK(r.code == 3);
        CHECK(r.captured ==
              "candor-cli: error: standard output: writing failed (No space left on device)\n");
    }
    // In German too.
    const Run de = shell(cli + " --lang de analyze --example 2>&1 >/dev/full");
    CHECK(de.code == 3);
    CHECK(de.captured.rfind("candor-cli: Fehler: Standardausgabe: Schreiben fehlgeschlagen (", 0) ==
          0);
}

TEST_CASE("a report or chart to a full device is exit code 3 naming it") {
    const Run r = shell(cli + " report --example -o /dev/full 2>&1");
    CHECK(r.code == 3);
    CHECK(r.captured == "candor-cli: error: /dev/full: writing failed (No space left on device)\n");
    const Run c = shell(cli + " chart value --example -o /dev/full --format svg 2>&1");
    CHECK(c.code == 3);
}

TEST_CASE("-o - writes the report or chart to standard output") {
    const fs::path dir = scratch("stdout");
    const Run r = shell(cli + " report --example -o - > " + (dir / "r.pdf").string());
    CHECK(r.code == 0);
    CHECK(slurp(dir / "r.pdf").rfind("%PDF-", 0) == 0);
    const Run svg =
        shell(cli + " chart value --example --format svg -o - > " + (dir / "c.svg").string());
    CHECK(svg.code == 0);
    CHECK(slurp(dir / "c.svg").find("<svg") != std::string::npos);
    const Run png = shell(cli + " chart value --example --format PNG -o - | head -c 8 | od -c");
    CHECK(png.captured.find("P   N   G") != std::string::npos);
    // Without --format, the format of standard output is unknown.
    const Run none = shell(cli + " chart value --example -o - 2>&1 >/dev/null");
    CHECK(none.code == 2);
    CHECK(none.captured == "candor-cli: error: --output: expected a file name ending in .png, "
                           ".svg or .pdf, got '-'\n");
    const Run wrong = shell(cli + " chart value --example --format gif -o x 2>&1");
    CHECK(wrong.code == 2);
    CHECK(wrong.captured == "candor-cli: error: --format: expected png, svg or pdf, got 'gif'\n");
    // --format wins over the extension.
    const Run both =
        shell(cli + " chart value --example --format svg -o " + (dir / "odd.png").string());
    CHECK(both.code == 0);
    CHECK(slurp(dir / "odd.png").find("<svg") != std::string::npos);
}

TEST_CASE("-o through a symbolic link writes its target and keeps the link and permissions") {
    const fs::path dir = scratch("link");
    std::ofstream(dir / "target.pdf") << "old";
    fs::permissions(dir / "target.pdf", fs::perms::owner_read | fs::perms::owner_write);
    fs::create_symlink("target.pdf", dir / "latest.pdf");
    const Run r = shell(cli + " report --example -o " + (dir / "latest.pdf").string());
    CHECK(r.code == 0);
    CHECK(fs::is_symlink(dir / "latest.pdf"));
    CHECK(slurp(dir / "target.pdf").rfind("%PDF-", 0) == 0);
    CHECK(fs::status(dir / "target.pdf").permissions() ==
          (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 2);
}
