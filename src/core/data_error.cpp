#include "data_error.hpp"

#include <fmt/format.h>

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
                     int line)
    : std::runtime_error(compose(file, key, problem, line)), file_(file), key_(key), line_(line) {}

} // namespace candor::core
