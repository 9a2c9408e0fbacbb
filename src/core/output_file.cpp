#include "output_file.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <climits>
#include <cstring>
#include <random>
#include <utility>

namespace candor::core {

OutputError::OutputError(const std::string& path, const std::string& problem,
                         std::vector<std::string> values)
    : DataError(path, "", problem, 0, std::move(values)) {}

OutputError OutputError::standard_output(const std::string& problem,
                                         std::vector<std::string> values) {
    OutputError e("-", problem, std::move(values));
    e.standard_output_ = true;
    return e;
}

namespace {

constexpr std::size_t buffer_limit = 1 << 16;
constexpr int max_link_depth = 40;
constexpr std::string_view temp_marker = ".candor-tmp-";
constexpr std::size_t temp_random = 6;

std::string dir_of(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string name_of(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

/// `path` with its symbolic links followed; the result may not exist yet (a new file, or a
/// link to one). \returns errno on failure, else 0.
int follow_links(std::string& path) {
    for (int depth = 0; depth < max_link_depth; ++depth) {
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0) {
            return errno == ENOENT ? 0 : errno;
        }
        if (!S_ISLNK(st.st_mode)) {
            return 0;
        }
        std::array<char, PATH_MAX> buf{};
        const ssize_t n = ::readlink(path.c_str(), buf.data(), buf.size() - 1);
        if (n < 0) {
            return errno;
        }
        std::string to(buf.data(), static_cast<std::size_t>(n));
        path = to.front() == '/' ? to : dir_of(path) + "/" + to;
    }
    return ELOOP;
}

/// "<dir>/.<name>.candor-tmp-": the name cut (at a character boundary) so that the whole
/// temporary name fits the directory's NAME_MAX.
std::string temp_prefix(const std::string& target) {
    const std::string dir = dir_of(target);
    long name_max = ::pathconf(dir.c_str(), _PC_NAME_MAX);
    if (name_max <= 0) {
        name_max = NAME_MAX;
    }
    std::string name = name_of(target);
    const std::size_t room =
        static_cast<std::size_t>(name_max) - 1 - temp_marker.size() - temp_random;
    if (name.size() > room) {
        std::size_t cut = room;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0U) == 0x80U) {
            --cut; // not inside a UTF-8 sequence
        }
        name.resize(cut);
    }
    return dir + "/." + name + std::string(temp_marker);
}

/// Removes temporaries of this target that no live writer holds: a writer keeps its
/// temporary locked, and the lock goes with the process (kill -9 included).
void remove_stale_temporaries(const std::string& prefix) {
    const std::string dir = dir_of(prefix);
    const std::string start = name_of(prefix);
    DIR* d = ::opendir(dir.c_str());
    if (d == nullptr) {
        return;
    }
    while (const dirent* e = ::readdir(d)) {
        const std::string name = e->d_name;
        if (name.size() != start.size() + temp_random ||
            name.compare(0, start.size(), start) != 0) {
            continue;
        }
        const std::string path = dir + "/" + name;
        const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            continue;
        }
        struct stat held {};
        struct stat named {};
        if (::fstat(fd, &held) == 0 && S_ISREG(held.st_mode) && held.st_uid == ::geteuid() &&
            ::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::lstat(path.c_str(), &named) == 0 &&
            named.st_ino == held.st_ino && named.st_dev == held.st_dev) {
            ::unlink(path.c_str());
        }
        ::close(fd);
    }
    ::closedir(d);
}

/// A new temporary file `prefix` + 6 random characters, locked; permissions `mode` less the
/// umask. \returns its descriptor, or -1 with errno set.
int create_temporary(const std::string& prefix, mode_t mode, std::string& name) {
    static constexpr std::string_view chars =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::random_device random;
    std::uniform_int_distribution<std::size_t> pick(0, chars.size() - 1);
    for (int attempt = 0; attempt < 100; ++attempt) {
        name = prefix;
        for (std::size_t i = 0; i < temp_random; ++i) {
            name += chars[pick(random)];
        }
        const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd < 0) {
            if (errno == EEXIST) {
                continue;
            }
            return -1;
        }
        // Locked, and still ours: a cleaner may have taken it before the lock.
        struct stat held {};
        struct stat named {};
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &held) == 0 &&
            ::lstat(name.c_str(), &named) == 0 && named.st_ino == held.st_ino) {
            return fd;
        }
        ::close(fd);
    }
    errno = EEXIST;
    return -1;
}

void write_all(int fd, std::string_view bytes, int& error) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            error = errno;
            return;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

} // namespace

OutputFile::OutputFile(std::string path) : path_(std::move(path)), target_(path_) {
    if (path_.empty()) {
        throw OutputError(path_, CANDOR_N_("no output file given"));
    }
    if (const int err = follow_links(target_); err != 0) {
        fail(CANDOR_N_("cannot be written ({0})"), err);
    }
    struct stat st {};
    const bool exists = ::stat(target_.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) {
        throw OutputError(path_, CANDOR_N_("is a directory"));
    }
    if (exists && !S_ISREG(st.st_mode)) {
        mode_ = Mode::Direct;
        fd_ = ::open(target_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd_ < 0) {
            fail(CANDOR_N_("cannot be written ({0})"), errno);
        }
        return;
    }
    if (exists && st.st_nlink > 1) {
        mode_ = Mode::InPlace;
        if (::access(target_.c_str(), W_OK) != 0) {
            fail(CANDOR_N_("cannot be written ({0})"), errno);
        }
        return;
    }
    if (exists && ::access(target_.c_str(), W_OK) != 0) {
        fail(CANDOR_N_("cannot be written ({0})"), errno); // as the shell would refuse it
    }
    if (exists) {
        mode_bits_ = st.st_mode & 07777U;
        owner_ = st.st_uid;
        group_ = st.st_gid;
        keep_owner_ = true;
    }
    const std::string prefix = temp_prefix(target_);
    remove_stale_temporaries(prefix);
    fd_ = create_temporary(prefix, exists ? (mode_bits_ & 0600U) : 0666U, temp_);
    if (fd_ < 0) {
        fail(CANDOR_N_("cannot be written ({0})"), errno);
    }
}

OutputFile OutputFile::standard_output() {
    OutputFile f;
    f.path_ = "-";
    f.mode_ = Mode::Stdout;
    f.fd_ = STDOUT_FILENO;
    return f;
}

OutputFile::OutputFile(OutputFile&& other) noexcept
    : path_(std::move(other.path_)), target_(std::move(other.target_)),
      temp_(std::move(other.temp_)), mode_(other.mode_), fd_(std::exchange(other.fd_, -1)),
      buffer_(std::move(other.buffer_)), committed_(std::exchange(other.committed_, true)),
      mode_bits_(other.mode_bits_), owner_(other.owner_), group_(other.group_),
      keep_owner_(other.keep_owner_) {}

OutputFile::~OutputFile() {
    if (fd_ >= 0 && mode_ != Mode::Stdout) {
        ::close(fd_);
    }
    if (!committed_ && !temp_.empty()) {
        ::unlink(temp_.c_str());
    }
}

void OutputFile::fail(const char* problem, int error) const {
    if (mode_ == Mode::Stdout) {
        throw OutputError::standard_output(problem, {std::strerror(error)});
    }
    throw OutputError(path_, problem, {std::strerror(error)});
}

void OutputFile::flush_buffer() {
    int error = 0;
    write_all(fd_, buffer_, error);
    buffer_.clear();
    if (error != 0) {
        fail(CANDOR_N_("writing failed ({0})"), error);
    }
}

void OutputFile::write(std::string_view bytes) {
    buffer_.append(bytes);
    if (mode_ != Mode::InPlace && buffer_.size() >= buffer_limit) {
        flush_buffer();
    }
}

void OutputFile::commit() {
    if (mode_ == Mode::InPlace) {
        // Only now is the file touched: rewritten, then cut to the new length.
        fd_ = ::open(target_.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd_ < 0) {
            fail(CANDOR_N_("cannot be written ({0})"), errno);
        }
        const auto size = static_cast<off_t>(buffer_.size());
        flush_buffer();
        if (::ftruncate(fd_, size) != 0) {
            fail(CANDOR_N_("writing failed ({0})"), errno);
        }
    } else {
        flush_buffer();
    }
    if (mode_ == Mode::Replace && keep_owner_) {
        // The replaced file's owner (where allowed) and permissions; chown first, as it may
        // clear set-id bits.
        (void)::fchown(fd_, owner_, group_);
        if (::fchmod(fd_, static_cast<mode_t>(mode_bits_)) != 0) {
            fail(CANDOR_N_("flushing failed ({0})"), errno);
        }
    }
    if ((mode_ == Mode::Replace || mode_ == Mode::InPlace) && ::fsync(fd_) != 0) {
        fail(CANDOR_N_("flushing failed ({0})"), errno);
    }
    if (mode_ != Mode::Stdout) {
        const int fd = std::exchange(fd_, -1);
        if (::close(fd) != 0) {
            fail(CANDOR_N_("closing failed ({0})"), errno);
        }
    }
    if (mode_ == Mode::Replace) {
        if (::rename(temp_.c_str(), target_.c_str()) != 0) {
            fail(CANDOR_N_("renaming into place failed ({0})"), errno);
        }
        // The rename itself on disk (best effort: not every file system syncs folders).
        const int dir = ::open(dir_of(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            (void)::fsync(dir);
            ::close(dir);
        }
    }
    committed_ = true;
}

void write_file_atomic(const std::string& path, std::string_view contents) {
    OutputFile file(path);
    file.write(contents);
    file.commit();
}

} // namespace candor::core
