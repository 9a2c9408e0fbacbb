// core::OutputFile, the one writer of every file Candor writes (issue 13, section 3): what a
// careful user expects of `-o FILE` and of the app's saves, each case checked on disk.
#include "core/output_file.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

using candor::core::OutputError;
using candor::core::OutputFile;
using candor::core::write_file_atomic;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
    fs::path dir = fs::path(CANDOR_BINARY_DIR) / "test-output" / "output-file" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct stat lstat_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(::lstat(p.c_str(), &st) == 0);
    return st;
}

/// Entries of `dir` (names), hidden ones included.
std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) {
        out.push_back(e.path().filename().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::size_t temporaries_in(const fs::path& dir) {
    std::size_t n = 0;
    for (const auto& name : names_in(dir)) {
        n += name.find(".candor-tmp-") != std::string::npos ? 1 : 0;
    }
    return n;
}

/// Runs `child` in a forked process; \returns its wait status.
template <typename F> int in_child(F child) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        child();
        ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    return status;
}

const std::string big(200'000, 'x'); // more than one buffer's worth

} // namespace

TEST_CASE("a new file is created whole, with the usual permissions and nothing else left") {
    const fs::path dir = scratch("new");
    const mode_t old_mask = ::umask(022);
    write_file_atomic((dir / "a.txt").string(), "hello");
    ::umask(old_mask);
    CHECK(slurp(dir / "a.txt") == "hello");
    CHECK((lstat_of(dir / "a.txt").st_mode & 07777U) == 0644U);
    CHECK(names_in(dir) == std::vector<std::string>{"a.txt"});
}

TEST_CASE("replacing a file keeps its permissions (and owner where allowed)") {
    const fs::path dir = scratch("perm");
    const fs::path p = dir / "secret.candor";
    std::ofstream(p) << "old";
    REQUIRE(::chmod(p.c_str(), 0600) == 0);
    const bool root = ::geteuid() == 0;
    if (root) {
        REQUIRE(::chown(p.c_str(), 1234, 4321) == 0);
    }
    const ino_t before = lstat_of(p).st_ino;
    write_file_atomic(p.string(), big);
    const struct stat st = lstat_of(p);
    CHECK(slurp(p) == big);
    CHECK((st.st_mode & 07777U) == 0600U);
    CHECK(st.st_ino != before); // replaced atomically, not rewritten
    if (root) {
        CHECK(st.st_uid == 1234U);
        CHECK(st.st_gid == 4321U);
    }
    CHECK(temporaries_in(dir) == 0);
}

TEST_CASE("a symbolic link is written through: its target changes, the link stays") {
    const fs::path dir = scratch("link");
    fs::create_directories(dir / "real");
    std::ofstream(dir / "real" / "report.pdf") << "old";
    fs::create_symlink("real/report.pdf", dir / "link.pdf");        // relative
    fs::create_symlink(dir / "link.pdf", dir / "link-to-link.pdf"); // a chain, absolute
    write_file_atomic((dir / "link-to-link.pdf").string(), "new");
    CHECK(S_ISLNK(lstat_of(dir / "link.pdf").st_mode));
    CHECK(S_ISLNK(lstat_of(dir / "link-to-link.pdf").st_mode));
    CHECK(slurp(dir / "real" / "report.pdf") == "new");
    CHECK(temporaries_in(dir / "real") == 0);
    // A dangling link: the file it names is created.
    fs::create_symlink("real/later.pdf", dir / "dangling.pdf");
    write_file_atomic((dir / "dangling.pdf").string(), "made");
    CHECK(S_ISLNK(lstat_of(dir / "dangling.pdf").st_mode));
    CHECK(slurp(dir / "real" / "later.pdf") == "made");
    // A loop is an error naming the path.
    fs::create_symlink("loop-b", dir / "loop-a");
    fs::create_symlink("loop-a", dir / "loop-b");
    try {
        write_file_atomic((dir / "loop-a").string(), "x");
        FAIL("accepted a loop");
    } catch (const OutputError& e) {
        CHECK(e.path() == (dir / "loop-a").string());
        CHECK(std::string(e.what()).find("symbolic links") != std::string::npos);
    }
}

TEST_CASE("a file with other hard links is written in place, so every name sees the new data") {
    const fs::path dir = scratch("hardlink");
    const fs::path a = dir / "a.candor";
    std::ofstream(a) << "a much longer old content than the new one";
    fs::create_hard_link(a, dir / "b.candor");
    const ino_t before = lstat_of(a).st_ino;
    {
        OutputFile f(a.string());
        CHECK(f.mode() == OutputFile::Mode::InPlace);
        f.write("new");
        CHECK(slurp(a) == "a much longer old content than the new one"); // untouched before commit
        f.commit();
    }
    CHECK(slurp(dir / "b.candor") == "new");
    CHECK(lstat_of(a).st_ino == before);
    CHECK(lstat_of(a).st_nlink == 2U);
    // Abandoned before the commit: left as it was.
    {
        OutputFile f(a.string());
        f.write("never");
    }
    CHECK(slurp(dir / "b.candor") == "new");
    CHECK(names_in(dir) == std::vector<std::string>{"a.candor", "b.candor"});
}

TEST_CASE("a FIFO is written directly, never replaced") {
    const fs::path dir = scratch("fifo");
    const fs::path fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string received;
    std::thread reader([&] { received = slurp(fifo); });
    {
        OutputFile f(fifo.string()); // blocks until the reader opens, like a shell redirection
        CHECK(f.mode() == OutputFile::Mode::Direct);
        f.write(big);
        f.commit();
    }
    reader.join();
    CHECK(received == big);
    CHECK(S_ISFIFO(lstat_of(fifo).st_mode));
    CHECK(names_in(dir) == std::vector<std::string>{"pipe"});
}

TEST_CASE("a device node is written directly, never replaced (a null device - /dev/full fails)") {
    const fs::path dir = scratch("device");
    // A private null device where allowed (root), so that a wrong writer could only replace it;
    // else the system's, which a user cannot replace anyway.
    fs::path null = dir / "null";
    if (::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
        null = "/dev/null";
    }
    const struct stat before = lstat_of(null);
    write_file_atomic(null.string(), big);
    const struct stat after = lstat_of(null);
    CHECK(S_ISCHR(after.st_mode));
    CHECK(after.st_ino == before.st_ino);
    CHECK(after.st_rdev == before.st_rdev);
    CHECK(temporaries_in(null.parent_path()) == 0);
    // A full device: the failure is reported, with the system's reason.
    try {
        write_file_atomic("/dev/full", "x");
        FAIL("writing to /dev/full succeeded");
    } catch (const OutputError& e) {
        CHECK(e.path() == "/dev/full");
        CHECK(e.problem_template() == "writing failed ({0})");
        CHECK(std::string(e.what()) == "/dev/full: writing failed (No space left on device)");
    }
}

TEST_CASE("a name at the file system's limit is accepted (the temporary name still fits)") {
    const fs::path dir = scratch("long");
    const long name_max = ::pathconf(dir.c_str(), _PC_NAME_MAX);
    REQUIRE(name_max > 20);
    const std::string ascii(static_cast<std::size_t>(name_max), 'n');
    write_file_atomic((dir / ascii).string(), "ok");
    CHECK(slurp(dir / ascii) == "ok");
    // Two-byte characters: the temporary's name is cut between characters, not inside one.
    std::string accented;
    while (accented.size() + 2 <= static_cast<std::size_t>(name_max)) {
        accented += "\xC3\xA9"; // é
    }
    write_file_atomic((dir / accented).string(), "ok");
    CHECK(slurp(dir / accented) == "ok");
    CHECK(names_in(dir).size() == 2);
}

TEST_CASE("errors name the path: a folder, no name, a folder that does not exist") {
    const fs::path dir = scratch("errors");
    CHECK_THROWS_WITH_AS(write_file_atomic(dir.string(), "x"),
                         (dir.string() + ": is a directory").c_str(), OutputError);
    CHECK_THROWS_WITH_AS(write_file_atomic("", "x"), ": no output file given", OutputError);
    CHECK_THROWS_WITH_AS(
        write_file_atomic((dir / "no" / "x.pdf").string(), "x"),
        (dir.string() + "/no/x.pdf: cannot be written (No such file or directory)").c_str(),
        OutputError);
    CHECK(names_in(dir).empty());
}

TEST_CASE("a write that fails half way (file too large) leaves the old file and no temporary") {
    const fs::path dir = scratch("efbig");
    const fs::path p = dir / "doc.candor";
    std::ofstream(p) << "old";
    const int status = in_child([&] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{100'000, 100'000};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        try {
            write_file_atomic(p.string(), big);
        } catch (const OutputError& e) {
            ::_exit(std::string(e.what()).find("File too large") != std::string::npos ? 7 : 8);
        }
        ::_exit(9);
    });
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 7);
    CHECK(slurp(p) == "old");
    CHECK(names_in(dir) == std::vector<std::string>{"doc.candor"});
}

TEST_CASE("a writer killed mid-write leaves the target intact - its temporary is cleaned later") {
    const fs::path dir = scratch("killed");
    const fs::path p = dir / "session.json";
    std::ofstream(p) << "old";
    // Killed by the kernel in the middle of a write (the file size limit's signal, which no
    // handler catches here), and by SIGKILL between two writes.
    const int by_limit = in_child([&] {
        const rlimit limit{100'000, 100'000};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        write_file_atomic(p.string(), big);
    });
    CHECK(WIFSIGNALED(by_limit));
    CHECK(WTERMSIG(by_limit) == SIGXFSZ);
    CHECK(slurp(p) == "old");
    CHECK(temporaries_in(dir) == 1);
    // The next writer removes that one, and is killed in turn.
    const int by_kill = in_child([&] {
        OutputFile f(p.string());
        f.write(big);
        ::raise(SIGKILL);
    });
    CHECK(WIFSIGNALED(by_kill));
    CHECK(slurp(p) == "old");
    CHECK(temporaries_in(dir) == 1);
    // A live writer's temporary is not taken for a stale one.
    OutputFile live(p.string());
    live.write("live");
    write_file_atomic(p.string(), "new");
    CHECK(slurp(p) == "new");
    CHECK(temporaries_in(dir) == 1); // the live writer's
    live.commit();
    CHECK(slurp(p) == "live");
    CHECK(names_in(dir) == std::vector<std::string>{"session.json"});
}

TEST_CASE("an open file named through /proc (/dev/stdout, /dev/fd/N) is written directly") {
    const fs::path dir = scratch("proc");
    const fs::path log = dir / "log.txt";
    std::ofstream(log) << "kept\n";
    const ino_t before = lstat_of(log).st_ino;
    // As a shell's `>> log.txt`: the descriptor appends; the file stays the same file.
    const int fd = ::open(log.c_str(), O_WRONLY | O_APPEND);
    REQUIRE(fd >= 0);
    write_file_atomic("/proc/self/fd/" + std::to_string(fd), "added\n");
    ::close(fd);
    CHECK(slurp(log) == "kept\nadded\n");
    CHECK(lstat_of(log).st_ino == before);
    CHECK(names_in(dir) == std::vector<std::string>{"log.txt"});
    // A pipe, as `| cat`.
    int fds[2] = {-1, -1};
    REQUIRE(::pipe(fds) == 0);
    write_file_atomic("/dev/fd/" + std::to_string(fds[1]), "through");
    ::close(fds[1]);
    std::string got(16, '\0');
    got.resize(static_cast<std::size_t>(::read(fds[0], got.data(), got.size())));
    ::close(fds[0]);
    CHECK(got == "through");
}
