#include "stdout_buffer.hpp"

#include <unistd.h>

#include <cerrno>

namespace candor::cli {

StdoutBuffer::StdoutBuffer() {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
}

StdoutBuffer::~StdoutBuffer() {
    (void)drain();
}

bool StdoutBuffer::drain() {
    const char* p = pbase();
    while (error_ == 0 && p < pptr()) {
        const ssize_t n = ::write(STDOUT_FILENO, p, static_cast<std::size_t>(pptr() - p));
        if (n < 0) {
            if (errno != EINTR) {
                error_ = errno;
            }
            continue;
        }
        p += n;
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return error_ == 0;
}

StdoutBuffer::int_type StdoutBuffer::overflow(int_type c) {
    if (!drain()) {
        return traits_type::eof();
    }
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

int StdoutBuffer::sync() {
    return drain() ? 0 : -1;
}

} // namespace candor::cli
