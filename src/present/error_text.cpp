#include "error_text.hpp"

#include "i18n/tr.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

namespace candor::present {

std::string expected_text(const core::InputError& error) {
    return core::fill_placeholders(i18n::tr(error.expected_template()), error.values());
}

std::string data_problem_text(const core::DataError& error) {
    std::vector<std::string> values = error.values();
    if (error.cause() != nullptr && !values.empty()) {
        values.front() = expected_text(*error.cause());
    }
    return core::fill_placeholders(i18n::tr(error.problem_template()), values);
}

std::string data_error_text(const core::DataError& error) {
    std::string out = error.file();
    if (error.line() > 0) {
        out += ":" + std::to_string(error.line());
    }
    if (!error.key().empty()) {
        out += ": " + error.key();
    }
    return out + ": " + data_problem_text(error);
}

std::string output_error_text(const core::OutputError& error) {
    if (!error.is_standard_output()) {
        return data_error_text(error);
    }
    // TRANSLATORS: where candor-cli writes its results when no file is named; {0} says what
    // went wrong ("writing failed (No space left on device)").
    return fmt::format(fmt::runtime(i18n::tr("standard output: {0}")), data_problem_text(error));
}

} // namespace candor::present
