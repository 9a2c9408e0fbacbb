#pragma once
/// \file data_error.hpp
/// The error for a data file (benchmarks, examples, scenarios, offer files) that fails
/// validation or cannot be read: it names the file, the key path and, where known, the line.

#include "input_error.hpp"

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace candor::core {

class DataError : public std::runtime_error {
  public:
    /// \param problem what is wrong, in English, marked with CANDOR_N_ for translation; it may
    ///                hold placeholders {0}, {1}... for `values` (ids, bounds, system messages).
    DataError(const std::string& file, const std::string& key, const std::string& problem,
              int line = 0, std::vector<std::string> values = {});
    /// A value in the file that a field parser refused: the problem is "expected {0}" with
    /// {0} the cause's expected() (front ends translate the cause's template instead).
    DataError(const std::string& file, const std::string& key, const InputError& cause,
              int line = 0);

    const std::string& file() const { return file_; }
    const std::string& key() const { return key_; }
    int line() const { return line_; }
    /// The marked text with its placeholders: translate this, then fill_placeholders(values()).
    const std::string& problem_template() const { return template_; }
    const std::vector<std::string>& values() const { return values_; }
    /// The field parser's error when the problem is a refused value (else nullptr).
    const InputError* cause() const { return cause_.get(); }
    /// The same error found on another line (a record of a JSON Lines or CSV stream, whose
    /// parser only saw that record).
    DataError at_line(int line) const;

  private:
    std::string file_;
    std::string key_;
    int line_;
    std::string template_;
    std::vector<std::string> values_;
    std::shared_ptr<const InputError> cause_;
};

} // namespace candor::core
