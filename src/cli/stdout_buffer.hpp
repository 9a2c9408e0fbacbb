#pragma once
/// \file stdout_buffer.hpp
/// candor-cli's standard output: buffered writes to file descriptor 1 that remember why the
/// first failed write failed, so that a full disk or /dev/full is reported with its reason
/// (exit code 3) rather than lost.

#include <array>
#include <streambuf>

namespace candor::cli {

class StdoutBuffer : public std::streambuf {
  public:
    StdoutBuffer();
    StdoutBuffer(const StdoutBuffer&) = delete;
    StdoutBuffer& operator=(const StdoutBuffer&) = delete;
    ~StdoutBuffer() override;

    /// errno of the first failed write; 0 while every write succeeded.
    int error() const { return error_; }

  protected:
    int_type overflow(int_type c) override;
    int sync() override;

  private:
    bool drain();
    std::array<char, 1 << 16> buffer_{};
    int error_ = 0;
};

} // namespace candor::cli
