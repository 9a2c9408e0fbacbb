// Streamed analysis (issue 13, section 5): JSON Lines and CSV in, JSON Lines and CSV out, the
// same records as the batch output of a .candor file, and Ctrl-C honoured with a real SIGINT
// sent to the executable while it reads a pipe.
#include "cli_harness.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using candor::test::run_cli;

namespace {

const std::string examples = std::string(CANDOR_SOURCE_DIR) + "/examples/";
const std::string cli = std::string(CANDOR_BINARY_DIR) + "/src/cli/candor-cli";

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        out.push_back(line);
    }
    return out;
}

fs::path scratch(const std::string& name) {
    fs::path dir = fs::path(CANDOR_BINARY_DIR) / "test-output" / "cli-stream" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("JSON Lines and CSV input give the records of the same offers in a .candor file") {
    const auto batch = run_cli({"analyze", examples + "platform-a.candor", "--format", "json"});
    REQUIRE(batch.code == 0);
    const auto offers = nlohmann::json::parse(batch.out).at("offers");
    REQUIRE(offers.size() == 3);
    for (const std::string input : {"platform-a.jsonl", "platform-a.csv"}) {
        CAPTURE(input);
        const auto streamed = run_cli({"analyze", examples + input, "--format", "jsonl"});
        REQUIRE(streamed.code == 0);
        const auto lines = lines_of(streamed.out);
        REQUIRE(lines.size() == offers.size());
        for (std::size_t i = 0; i < lines.size(); ++i) {
            CHECK(nlohmann::json::parse(lines[i]) == offers[i]);
        }
        // CSV out: byte for byte the batch CSV.
        const auto batch_csv =
            run_cli({"analyze", examples + "platform-a.candor", "--format", "csv"});
        const auto streamed_csv = run_cli({"analyze", examples + input, "--format", "csv"});
        REQUIRE(batch_csv.code == 0);
        CHECK(streamed_csv.code == 0);
        CHECK(streamed_csv.out == batch_csv.out);
        CHECK(lines_of(streamed_csv.out).size() == 4); // header and three offers
    }
    // The whole .candor document, written offer by offer, is what one document dump gives.
    CHECK(batch.out == nlohmann::ordered_json::parse(batch.out).dump(2) + "\n");
}

TEST_CASE("the streamed records are the .candor batch records byte for byte") {
    const auto batch = run_cli({"analyze", examples + "platform-a.candor", "--format", "json"});
    const auto batch_jsonl =
        run_cli({"analyze", examples + "platform-a.candor", "--format", "jsonl"});
    REQUIRE(batch.code == 0);
    REQUIRE(batch_jsonl.code == 0);
    // Each JSON Lines record is the batch document's element, compact.
    const auto offers = nlohmann::ordered_json::parse(batch.out).at("offers");
    const auto lines = lines_of(batch_jsonl.out);
    REQUIRE(lines.size() == offers.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        CHECK(lines[i] == offers[i].dump());
    }
    for (const std::string input : {"platform-a.jsonl", "platform-a.csv"}) {
        CAPTURE(input);
        const auto streamed = run_cli({"analyze", examples + input, "--format", "jsonl"});
        REQUIRE(streamed.code == 0);
        CHECK(streamed.out == batch_jsonl.out);
        // The whole document from streamed input is the batch document.
        const auto document = run_cli({"analyze", examples + input, "--format", "json"});
        REQUIRE(document.code == 0);
        CHECK(document.out == batch.out);
    }
}

TEST_CASE("a .candor file can also be written as JSON Lines and flags as one line") {
    const auto r = run_cli({"analyze", examples + "platform-a.candor", "--format", "jsonl"});
    REQUIRE(r.code == 0);
    CHECK(lines_of(r.out).size() == 3);
    const auto one = run_cli({"analyze", "--example", "--format", "jsonl"});
    REQUIRE(one.code == 0);
    REQUIRE(lines_of(one.out).size() == 1);
    const auto json = run_cli({"analyze", "--example", "--format", "json"});
    CHECK(nlohmann::json::parse(one.out) == nlohmann::json::parse(json.out));
}

TEST_CASE("streamed input errors name the file and the line and the key or column") {
    const fs::path dir = scratch("errors");
    const auto write = [&](const std::string& name, const std::string& text) {
        std::ofstream(dir / name, std::ios::binary) << text;
        return (dir / name).string();
    };
    const std::string good = R"({"name": "A", "principal": "100 USD", "asset": "USD", )"
                             R"("days": 30, "payout": "101 USD"})";
    const std::string jl = write("bad.jsonl", good + "\n\n" + good + "\n" +
                                                  R"({"name": "B", "principal": )"
                                                  R"("100 USD", "asset": "USD", )"
                                                  R"("days": 0, "payout": "1 USD"})"
                                                  "\n");
    auto r = run_cli({"analyze", jl, "--format", "jsonl"});
    CHECK(r.code == 2);
    CHECK(r.err.find("bad.jsonl:4: days: expected a whole number from 1 to 36500, got 0") !=
          std::string::npos);

    const std::string csv = write("bad.csv", "name,principal,asset,days,payout,recovery\r\n"
                                             "A,100 USD,USD,30,101 USD,\r\n"
                                             "B,100 USD,USD,30,101 USD,2\r\n");
    r = run_cli({"analyze", csv, "--format", "csv"});
    CHECK(r.code == 2);
    CHECK(r.err.find("bad.csv:3: recovery: expected a number from 0 to 1, got 2") !=
          std::string::npos);

    const std::string unknown = write("unknown.csv", "name,principal,colour\r\nA,1 USD,red\r\n");
    r = run_cli({"analyze", unknown});
    CHECK(r.code == 2);
    CHECK(r.err.find("unknown.csv:1: colour: an unknown column; the columns are name, "
                     "principal, asset, days") != std::string::npos);

    const std::string fields = write("fields.csv", "name,principal\r\nA,1 USD,extra\r\n");
    r = run_cli({"analyze", fields});
    CHECK(r.code == 2);
    CHECK(r.err.find("fields.csv:2: 3 fields where the header names 2") != std::string::npos);

    // A quoted field may hold a line break; the record's line is where it starts.
    const std::string multi =
        write("multi.csv", "name,principal,asset,days,payout\n\"Two\nlines\",100 USD,USD,30,"
                           "101 USD\nC,100 USD,USD,0,101 USD\n");
    r = run_cli({"analyze", multi, "--format", "csv"});
    CHECK(r.code == 2);
    CHECK(r.err.find("multi.csv:4: days:") != std::string::npos);

    const std::string empty = write("empty.jsonl", "\n\n");
    r = run_cli({"analyze", empty});
    CHECK(r.code == 2);
    CHECK(r.err.find("FILE: expected a file with at least one offer") != std::string::npos);

    r = run_cli({"analyze", jl, "--input-format", "xml"});
    CHECK(r.code == 2);
    CHECK(r.err.find("--input-format: expected candor, jsonl or csv, got 'xml'") !=
          std::string::npos);
}

TEST_CASE("bounded input: /dev/zero and a long line and a long name are refused at once") {
    auto r = run_cli({"analyze", "/dev/zero"});
    CHECK(r.code == 2);
    CHECK(r.err.find("/dev/zero: larger than 67108864 bytes, the most read from one file") !=
          std::string::npos);
    r = run_cli({"analyze", "/dev/zero", "--input-format", "jsonl"});
    CHECK(r.code == 2);
    CHECK(r.err.find("/dev/zero:1: a line longer than 65536 bytes") != std::string::npos);
    r = run_cli({"analyze", "--example", "--name", std::string(201, 'n')});
    CHECK(r.code == 2);
    CHECK(r.err.find("--name: expected a name of at most 200 characters, got 'nnnn") !=
          std::string::npos);
    // 200 characters (here two bytes each) are accepted.
    std::string name;
    for (int i = 0; i < 200; ++i) {
        name += "\xC3\xA9"; // é
    }
    CHECK(run_cli({"analyze", "--example", "--name", name}).code == 0);
}

namespace {

struct Interrupted {
    int code = -1;
    std::string out;
};

/// Runs `args` with standard input a pipe fed with `line` over and over, and, once
/// `records` lines of output have arrived, sends SIGINT; returns the exit code and output.
/// With `fifo`, the output is read from that FIFO (named by -o in `args`) instead.
Interrupted interrupt_while_streaming(const std::vector<std::string>& args, const std::string& line,
                                      std::size_t records, const std::string& fifo = {}) {
    int in[2];
    int out[2];
    REQUIRE(::pipe(in) == 0);
    REQUIRE(::pipe(out) == 0);
    std::vector<const char*> argv{cli.c_str()};
    for (const auto& a : args) {
        argv.push_back(a.c_str());
    }
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(in[0], STDIN_FILENO);
        if (fifo.empty()) {
            ::dup2(out[1], STDOUT_FILENO);
        }
        ::close(in[0]);
        ::close(in[1]);
        ::close(out[0]);
        ::close(out[1]);
        ::execv(cli.c_str(), const_cast<char* const*>(argv.data()));
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    if (!fifo.empty()) {
        ::close(out[0]);
        out[0] = ::open(fifo.c_str(), O_RDONLY | O_CLOEXEC); // waits for the program to open it
        REQUIRE(out[0] >= 0);
    }
    // Feed the pipe until the program is gone (a write then fails with EPIPE).
    struct sigaction ignore {};
    struct sigaction old {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &old);
    std::thread feeder([fd = in[1], line] {
        std::string block;
        for (int i = 0; i < 64; ++i) {
            block += line + "\n";
        }
        while (::write(fd, block.data(), block.size()) > 0) {
        }
        ::close(fd);
    });
    Interrupted r;
    std::array<char, 1 << 16> buf{};
    bool sent = false;
    while (true) {
        const ssize_t n = ::read(out[0], buf.data(), buf.size());
        if (n <= 0) {
            break;
        }
        r.out.append(buf.data(), static_cast<std::size_t>(n));
        if (!sent &&
            static_cast<std::size_t>(std::count(r.out.begin(), r.out.end(), '\n')) >= records) {
            ::kill(pid, SIGINT);
            sent = true;
        }
    }
    ::close(out[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    feeder.join();
    ::sigaction(SIGPIPE, &old, nullptr);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

const std::string offer_line = R"({"name": "Offer", "principal": "5000 USDT", "asset": "USDT", )"
                               R"("days": 20, "payout": "6350 USDT", )"
                               R"("scenario": "crypto-lender-2022"})";

} // namespace

TEST_CASE("Ctrl-C while reading a pipe: exit 130 with what was done flushed and the end marked") {
    SUBCASE("JSON Lines") {
        const auto r =
            interrupt_while_streaming({"analyze", "-", "--format", "jsonl"}, offer_line, 200);
        CHECK(r.code == 130);
        const auto lines = lines_of(r.out);
        REQUIRE(lines.size() > 200);
        const auto last = nlohmann::json::parse(lines.back());
        CHECK(last.at("interrupted") == true);
        CHECK(last.at("offers_written") == lines.size() - 1);
        const auto first = nlohmann::json::parse(lines.front());
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
            REQUIRE(nlohmann::json::parse(lines[i]) == first); // every record whole
        }
    }
    SUBCASE("CSV") {
        const auto r =
            interrupt_while_streaming({"analyze", "-", "--format", "csv"}, offer_line, 200);
        CHECK(r.code == 130);
        const auto lines = lines_of(r.out);
        REQUIRE(lines.size() > 200);
        const std::string& last = lines.back();
        CHECK(last.rfind("#interrupted,", 0) == 0);
        CHECK(std::count(last.begin(), last.end(), ',') ==
              std::count(lines.front().begin(), lines.front().end(), ','));
    }
    SUBCASE("-o FIFO: written directly with the marker") {
        const fs::path dir = scratch("fifo");
        const fs::path fifo = dir / "out.fifo";
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        const auto r =
            interrupt_while_streaming({"analyze", "-", "--format", "jsonl", "-o", fifo.string()},
                                      offer_line, 200, fifo.string());
        CHECK(r.code == 130);
        const auto lines = lines_of(r.out);
        REQUIRE(lines.size() > 200);
        CHECK(nlohmann::json::parse(lines.back()).at("offers_written") == lines.size() - 1);
    }
    SUBCASE("-o FILE: the file is left as it was and no temporary remains") {
        const fs::path dir = scratch("interrupted");
        const fs::path target = dir / "out.jsonl";
        std::ofstream(target) << "old\n";
        // No output on the pipe to wait for: interrupt once the temporary file has data.
        int in[2];
        REQUIRE(::pipe(in) == 0);
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::dup2(in[0], STDIN_FILENO);
            ::close(in[0]);
            ::close(in[1]);
            const std::string t = target.string();
            ::execl(cli.c_str(), cli.c_str(), "analyze", "-", "--format", "jsonl", "-o", t.c_str(),
                    static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::close(in[0]);
        struct sigaction ignore {};
        struct sigaction old {};
        ignore.sa_handler = SIG_IGN;
        ::sigaction(SIGPIPE, &ignore, &old);
        std::atomic<bool> stop{false};
        std::thread feeder([fd = in[1], &stop] {
            const std::string l = offer_line + "\n";
            while (!stop && ::write(fd, l.data(), l.size()) > 0) {
            }
            ::close(fd);
        });
        bool written = false;
        for (int i = 0; i < 600 && !written; ++i) {
            ::usleep(50'000);
            for (const auto& e : fs::directory_iterator(dir)) {
                if (e.path() != target && fs::file_size(e.path()) > 0) {
                    written = true;
                }
            }
        }
        CHECK(written);
        ::kill(pid, SIGINT);
        int status = 0;
        ::waitpid(pid, &status, 0);
        stop = true;
        feeder.join();
        ::sigaction(SIGPIPE, &old, nullptr);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 130);
        CHECK(slurp(target) == "old\n");
        CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    }
}
