#include "input_error.hpp"

#include <fmt/format.h>

#include <utility>

namespace candor::core {

namespace {
std::string compose(const std::string& field, const std::string& expected, const std::string& got) {
    if (got.empty()) {
        return fmt::format("{}: expected {}", field, expected);
    }
    return fmt::format("{}: expected {}, got '{}'", field, expected, got);
}
} // namespace

InputError::InputError(std::string field, std::string expected, std::string got)
    : std::runtime_error(compose(field, expected, got)), field_(std::move(field)),
      expected_(std::move(expected)), got_(std::move(got)) {}

} // namespace candor::core
