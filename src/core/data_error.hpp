#pragma once
/// \file data_error.hpp
/// The error for a data file (benchmarks, examples, scenarios) that fails validation: it names
/// the file, the key path and, where known, the line.

#include <stdexcept>
#include <string>

namespace candor::core {

class DataError : public std::runtime_error {
  public:
    DataError(const std::string& file, const std::string& key, const std::string& problem,
              int line = 0);
    const std::string& file() const { return file_; }
    const std::string& key() const { return key_; }
    int line() const { return line_; }

  private:
    std::string file_;
    std::string key_;
    int line_;
};

} // namespace candor::core
