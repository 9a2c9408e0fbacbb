#include "json_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <set>
#include <vector>

namespace candor::core {

namespace {

/// A character iterator over the text that remembers how far the parser has read, so that a
/// duplicate key can be given its line (the parser tells its handler no positions).
class TrackedChar {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    TrackedChar(const char* p, const char** furthest) : p_(p), furthest_(furthest) {}
    reference operator*() const { return *p_; }
    TrackedChar& operator++() {
        *furthest_ = ++p_;
        return *this;
    }
    TrackedChar operator++(int) {
        TrackedChar before = *this;
        ++*this;
        return before;
    }
    bool operator==(const TrackedChar& o) const { return p_ == o.p_; }
    bool operator!=(const TrackedChar& o) const { return p_ != o.p_; }

  private:
    const char* p_;
    const char** furthest_;
};

/// nlohmann's SAX events made into a document, refusing what nlohmann's own parser lets
/// through or reports without a place: a key given twice in one object, and a number beyond
/// a double. Each refusal keeps the key path and the byte where it was found.
class DocumentBuilder {
  public:
    using json = nlohmann::json;

    struct Refusal {
        std::string problem; ///< marked with CANDOR_N_
        std::string path;
        std::size_t byte = 0;
    };

    DocumentBuilder(const char* begin, const char* const* furthest)
        : begin_(begin), furthest_(furthest) {}

    bool null() { return put(nullptr); }
    bool boolean(bool v) { return put(v); }
    bool number_integer(json::number_integer_t v) { return put(v); }
    bool number_unsigned(json::number_unsigned_t v) { return put(v); }
    bool number_float(json::number_float_t v, const std::string& /*text*/) { return put(v); }
    bool string(json::string_t& v) { return put(std::move(v)); }
    bool binary(json::binary_t& /*v*/) { return false; } // never produced from JSON text
    bool start_object(std::size_t /*size*/) { return open(json::object()); }
    bool start_array(std::size_t /*size*/) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& k) {
        Level& level = levels_.back();
        if (!level.keys.insert(k).second) {
            level.key = k;
            refusal_ = Refusal{CANDOR_N_("given twice in the same object"), path(),
                               static_cast<std::size_t>(*furthest_ - begin_)};
            return false;
        }
        level.key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t byte, const std::string& /*token*/,
                     const nlohmann::detail::exception& e) {
        // 406: a number that does not fit in a double (1e400).
        refusal_ = Refusal{e.id == 406 ? CANDOR_N_("a number beyond the range of a double")
                                       : CANDOR_N_("not valid JSON"),
                           e.id == 406 ? path() : std::string(), byte};
        return false;
    }

    json& document() { return root_; }
    const std::optional<Refusal>& refusal() const { return refusal_; }

  private:
    struct Level {
        json* value;
        std::string key;            ///< objects: the key being read
        std::set<std::string> keys; ///< objects: the keys seen so far
    };

    /// The key path of the value being read, as JsonReader::Node names it: inside an array,
    /// its last element (an open container) or the element about to be added.
    std::string path() const {
        std::string p;
        for (std::size_t i = 0; i < levels_.size(); ++i) {
            const Level& l = levels_[i];
            if (l.value->is_array()) {
                const bool inner = i + 1 < levels_.size();
                p += fmt::format("[{}]", l.value->size() - (inner ? 1 : 0));
            } else {
                p += (p.empty() ? "" : ".") + l.key;
            }
        }
        return p;
    }

    /// Stores `v` where the parser stands; returns where it went.
    template <typename T> json* store(T&& v) {
        if (levels_.empty()) {
            root_ = json(std::forward<T>(v));
            return &root_;
        }
        Level& level = levels_.back();
        if (level.value->is_array()) {
            level.value->push_back(json(std::forward<T>(v)));
            return &level.value->back();
        }
        json& slot = (*level.value)[level.key];
        slot = json(std::forward<T>(v));
        return &slot;
    }
    template <typename T> bool put(T&& v) {
        (void)store(std::forward<T>(v));
        return true;
    }
    bool open(json container) {
        levels_.push_back(Level{store(std::move(container)), {}, {}});
        return true;
    }
    bool close() {
        levels_.pop_back();
        return true;
    }

    const char* begin_;
    const char* const* furthest_;
    json root_;
    std::vector<Level> levels_;
    std::optional<Refusal> refusal_;
};

} // namespace

JsonReader::JsonReader(std::string_view text, std::string file_name)
    : text_(text), file_(std::move(file_name)) {
    const char* begin = text_.data();
    const char* furthest = begin;
    DocumentBuilder builder(begin, &furthest);
    const bool ok = nlohmann::json::sax_parse(
        TrackedChar(begin, &furthest), TrackedChar(begin + text_.size(), &furthest), &builder);
    if (!ok) {
        const DocumentBuilder::Refusal r = builder.refusal().value_or(
            DocumentBuilder::Refusal{CANDOR_N_("not valid JSON"), "", 0});
        throw DataError(file_, r.path, r.problem, line_at(r.byte));
    }
    json_ = std::move(builder.document());
}

int JsonReader::line_at(std::size_t byte) const {
    const auto upto = static_cast<std::ptrdiff_t>(std::min(byte, text_.size()));
    return 1 + static_cast<int>(std::count(text_.begin(), text_.begin() + upto, '\n'));
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
    return line_at(pos);
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
    return v + 0.0; // -0 reads as 0
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
