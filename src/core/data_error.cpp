#include "data_error.hpp"

#include <fmt/format.h>

#include <utility>

namespace candor::core {

namespace {
std::string compose(const std::string& file, const std::string& key, const std::string& problem,
                    int line) {
    std::string where = file;
    if (line > 0) {
        where += fmt::format(":{}", line);
    }
    if (!key.empty()) {
        return fmt::format("{}: {}: {}", where, key, problem);
    }
    return fmt::format("{}: {}", where, problem);
}
} // namespace

DataError::DataError(const std::string& file, const std::string& key, const std::string& problem,
                     int line, std::vector<std::string> values)
    : std::runtime_error(compose(file, key, fill_placeholders(problem, values), line)), file_(file),
      key_(key), line_(line), template_(problem), values_(std::move(values)) {}

DataError::DataError(const std::string& file, const std::string& key, const InputError& cause,
                     int line)
    : DataError(file, key, CANDOR_N_("expected {0}"), line, {cause.expected()}) {
    cause_ = std::make_shared<const InputError>(cause);
}

DataError DataError::at_line(int line) const {
    DataError e = cause_ ? DataError(file_, key_, *cause_, line)
                         : DataError(file_, key_, template_, line, values_);
    return e;
}

} // namespace candor::core
