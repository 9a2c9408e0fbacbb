#include "input_error.hpp"

#include <fmt/format.h>

#include <cctype>
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

std::string fill_placeholders(std::string_view text, const std::vector<std::string>& values) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '{') {
            std::size_t j = i + 1;
            std::size_t n = 0;
            while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j])) != 0 &&
                   j - i <= 4) {
                n = n * 10 + static_cast<std::size_t>(text[j] - '0');
                ++j;
            }
            if (j > i + 1 && j < text.size() && text[j] == '}' && n < values.size()) {
                out += values[n];
                i = j + 1;
                continue;
            }
        }
        out.push_back(text[i]);
        ++i;
    }
    return out;
}

InputError::InputError(std::string field, std::string expected, std::string got,
                       std::vector<std::string> values)
    : std::runtime_error(compose(field, fill_placeholders(expected, values), got)),
      field_(std::move(field)), template_(std::move(expected)), values_(std::move(values)),
      expected_(fill_placeholders(template_, values_)), got_(std::move(got)) {}

InputError InputError::renamed(std::string field) const {
    return {std::move(field), template_, got_, values_};
}

InputError InputError::with_got(std::string got) const {
    return {field_, template_, std::move(got), values_};
}

} // namespace candor::core
