#include "json_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace candor::core {

JsonReader::JsonReader(std::string_view text, std::string file_name)
    : text_(text), file_(std::move(file_name)) {
    try {
        json_ = nlohmann::json::parse(text_);
    } catch (const nlohmann::json::parse_error& e) {
        // Count the lines up to the byte nlohmann stopped at.
        const auto upto = std::min<std::size_t>(e.byte, text_.size());
        const int line =
            1 + static_cast<int>(std::count(
                    text_.begin(), text_.begin() + static_cast<std::ptrdiff_t>(upto), '\n'));
        throw DataError(file_, "", CANDOR_N_("not valid JSON"), line);
    }
}

int JsonReader::line_of(const std::string& path) const {
    // Walk the path's keys through the text: each key is searched for after the previous
    // one, and array indices skip that many '{' openings. Good enough to point a person at
    // the right line of a hand-written data file.
    std::size_t pos = 0;
    std::size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '.') {
            ++i;
            continue;
        }
        if (path[i] == '[') {
            const std::size_t close = path.find(']', i);
            if (close == std::string::npos) {
                return 0;
            }
            const long index = std::stol(path.substr(i + 1, close - i - 1));
            pos = text_.find('[', pos);
            if (pos == std::string::npos) {
                return 0;
            }
            // Step over `index` elements by counting top-level '{' inside the array.
            int depth = 0;
            long seen = -1;
            std::size_t p = pos + 1;
            for (; p < text_.size(); ++p) {
                const char c = text_[p];
                if (c == '{' || c == '[') {
                    if (depth == 0 && ++seen == index) {
                        break;
                    }
                    ++depth;
                } else if (c == '}' || c == ']') {
                    --depth;
                }
            }
            pos = p;
            i = close + 1;
            continue;
        }
        std::size_t end = path.find_first_of(".[", i);
        if (end == std::string::npos) {
            end = path.size();
        }
        const std::string key = "\"" + path.substr(i, end - i) + "\"";
        const std::size_t found = text_.find(key, pos);
        if (found == std::string::npos) {
            return 0;
        }
        pos = found;
        i = end;
    }
    return 1 + static_cast<int>(std::count(text_.begin(),
                                           text_.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
}

std::string JsonReader::Node::child(const std::string& key) const {
    return path_.empty() ? key : path_ + "." + key;
}

void JsonReader::Node::fail(const std::string& key, const std::string& problem,
                            std::vector<std::string> values) const {
    const std::string p = key.empty() ? path_ : child(key);
    const std::string anchor = has(key) || key.empty() ? p : path_;
    throw DataError(doc_->file_, p, problem, doc_->line_of(anchor), std::move(values));
}

void JsonReader::Node::fail(const std::string& key, const InputError& cause) const {
    const std::string p = key.empty() ? path_ : child(key);
    const std::string anchor = has(key) || key.empty() ? p : path_;
    throw DataError(doc_->file_, p, cause, doc_->line_of(anchor));
}

bool JsonReader::Node::has(const std::string& key) const {
    return value_->is_object() && value_->contains(key);
}

JsonReader::Node JsonReader::Node::at(const std::string& key) const {
    if (!value_->is_object()) {
        fail("", CANDOR_N_("expected an object"));
    }
    if (!value_->contains(key)) {
        fail(key, CANDOR_N_("missing"));
    }
    return {doc_, &(*value_)[key], child(key)};
}

std::optional<JsonReader::Node> JsonReader::Node::find(const std::string& key) const {
    if (!has(key)) {
        return std::nullopt;
    }
    return at(key);
}

std::size_t JsonReader::Node::size() const {
    if (!value_->is_array()) {
        fail("", CANDOR_N_("expected an array"));
    }
    return value_->size();
}

JsonReader::Node JsonReader::Node::at(std::size_t index) const {
    return {doc_, &(*value_)[index], fmt::format("{}[{}]", path_, index)};
}

std::string JsonReader::Node::string(const std::string& key) const {
    const Node n = at(key);
    if (!n.json().is_string() || n.json().get<std::string>().empty()) {
        fail(key, CANDOR_N_("expected a non-empty string"));
    }
    return n.json().get<std::string>();
}

std::optional<std::string> JsonReader::Node::optional_string(const std::string& key) const {
    if (!has(key)) {
        return std::nullopt;
    }
    return string(key);
}

double JsonReader::Node::number(const std::string& key, double lo, double hi) const {
    const Node n = at(key);
    if (!n.json().is_number()) {
        fail(key, CANDOR_N_("expected a number from {0} to {1}"),
             {fmt::format("{}", lo), fmt::format("{}", hi)});
    }
    const double v = n.json().get<double>();
    if (!std::isfinite(v) || v < lo || v > hi) {
        fail(key, CANDOR_N_("expected a number from {0} to {1}, got {2}"),
             {fmt::format("{}", lo), fmt::format("{}", hi), fmt::format("{}", v)});
    }
    return v;
}

std::optional<double> JsonReader::Node::optional_number(const std::string& key, double lo,
                                                        double hi) const {
    if (!has(key) || (*value_)[key].is_null()) {
        return std::nullopt;
    }
    return number(key, lo, hi);
}

long JsonReader::Node::integer(const std::string& key, long lo, long hi) const {
    const Node n = at(key);
    if (!n.json().is_number_integer()) {
        fail(key, CANDOR_N_("expected a whole number from {0} to {1}"),
             {fmt::format("{}", lo), fmt::format("{}", hi)});
    }
    const long v = n.json().get<long>();
    if (v < lo || v > hi) {
        fail(key, CANDOR_N_("expected a whole number from {0} to {1}, got {2}"),
             {fmt::format("{}", lo), fmt::format("{}", hi), fmt::format("{}", v)});
    }
    return v;
}

Source read_source(const JsonReader::Node& n) {
    Source s;
    s.title = n.string("title");
    s.publisher = n.string("publisher");
    s.url = n.optional_string("url").value_or("");
    s.date = n.string("date");
    return s;
}

} // namespace candor::core
