#include "json_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
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

/// A parser for the plain JSON that nearly every record holds: ASCII strings without escapes,
/// numbers that fit, no key given twice, little nesting. It builds the very document that
/// nlohmann's parser and DocumentBuilder build, at a fraction of the cost (no per-character
/// bookkeeping, no key paths, no sets of keys). On anything else it gives up, and the text takes
/// the full path, which alone words the errors: what it accepts needs no message.
class PlainParser {
  public:
    using json = nlohmann::json;

    explicit PlainParser(std::string_view text) : p_(text.data()), end_(p_ + text.size()) {}

    /// The document, or false when the full path must read the text.
    bool parse(json& out) {
        skip_space();
        if (!value(out, 0)) {
            return false;
        }
        skip_space();
        return p_ == end_;
    }

  private:
    /// Deeper documents take the full path, which needs no stack (no recursion) for them.
    static constexpr int max_depth = 64;
    /// Integers of at most this many digits fit in a std::int64_t whatever they are.
    static constexpr int max_integer_digits = 18;

    void skip_space() {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) {
            ++p_;
        }
    }
    bool eat(char c) {
        skip_space();
        if (p_ == end_ || *p_ != c) {
            return false;
        }
        ++p_;
        return true;
    }

    bool value(json& out, int depth) {
        if (p_ == end_ || depth > max_depth) {
            return false;
        }
        switch (*p_) {
        case '{':
            return object(out, depth + 1);
        case '[':
            return array(out, depth + 1);
        case '"': {
            std::string s;
            if (!string(s)) {
                return false;
            }
            out = std::move(s);
            return true;
        }
        case 't':
            return word("true", json(true), out);
        case 'f':
            return word("false", json(false), out);
        case 'n':
            return word("null", json(nullptr), out);
        default:
            return number(out);
        }
    }

    /// The items of an object or array up to `close`, each read by `item`, comma-separated.
    template <class Item> bool items(char close, Item item) {
        ++p_; // the '{' or '['
        if (eat(close)) {
            return true;
        }
        do {
            skip_space();
            if (!item()) {
                return false;
            }
        } while (eat(','));
        return eat(close);
    }

    bool object(json& out, int depth) {
        out = json::object();
        auto& members = out.get_ref<json::object_t&>();
        return items('}', [&] {
            std::string key;
            if (!string(key) || !eat(':')) {
                return false;
            }
            const auto [slot, added] = members.emplace(std::move(key), nullptr);
            skip_space();
            // A key given twice goes to the full path, which names it and its line.
            return added && value(slot->second, depth);
        });
    }

    bool array(json& out, int depth) {
        out = json::array();
        auto& elements = out.get_ref<json::array_t&>();
        return items(']', [&] { return value(elements.emplace_back(), depth); });
    }

    /// A string of printable ASCII without escapes; the rest (escapes, UTF-8 to validate,
    /// control characters) is left to the full path.
    bool string(std::string& out) {
        if (p_ == end_ || *p_ != '"') {
            return false;
        }
        const char* begin = p_ + 1;
        const auto* close = static_cast<const char*>(
            std::memchr(begin, '"', static_cast<std::size_t>(end_ - begin)));
        if (close == nullptr) {
            return false;
        }
        for (const char* q = begin; q != close; ++q) {
            // One comparison for the range 0x20 to 0x7F (below 0x20 wraps to a large number).
            const unsigned c = static_cast<unsigned char>(*q);
            if (c - 0x20U > 0x5FU || c == '\\') {
                return false;
            }
        }
        out.assign(begin, close);
        p_ = close + 1;
        return true;
    }

    bool word(std::string_view w, json v, json& out) {
        if (static_cast<std::size_t>(end_ - p_) < w.size() || std::string_view(p_, w.size()) != w) {
            return false;
        }
        p_ += w.size();
        out = std::move(v);
        return true;
    }

    /// Steps over a run of digits; returns how many there were.
    int digits() {
        const char* begin = p_;
        while (p_ != end_ && *p_ >= '0' && *p_ <= '9') {
            ++p_;
        }
        return static_cast<int>(p_ - begin);
    }
    /// Steps over `skip` characters (a '.', or an 'e' and its sign) and the digits that must
    /// follow them; false when there are none.
    bool digits_after(int skip) {
        p_ += skip;
        return digits() > 0;
    }

    /// A number as JSON's grammar has it. As nlohmann: a whole number is unsigned when it has
    /// no minus, else signed ("-0" is the integer 0); a fraction or exponent makes a double.
    bool number(json& out) {
        const char* begin = p_;
        const bool minus = *p_ == '-';
        p_ += minus ? 1 : 0;
        const char* first_digit = p_;
        const int whole = digits();
        if (whole == 0 || (whole > 1 && *first_digit == '0')) {
            return false;
        }
        const bool fraction = p_ != end_ && *p_ == '.';
        if (fraction && !digits_after(1)) {
            return false;
        }
        const bool exponent = p_ != end_ && (*p_ == 'e' || *p_ == 'E');
        if (exponent && !digits_after(p_ + 1 != end_ && (p_[1] == '+' || p_[1] == '-') ? 2 : 1)) {
            return false;
        }
        if (!fraction && !exponent) {
            return integer(first_digit, whole, minus, out);
        }
        // Correctly rounded, as strtod (which nlohmann calls) is; beyond a double, or so small
        // that it rounds to zero, the full path decides.
        double v = 0.0;
        const auto r = std::from_chars(begin, p_, v);
        if (r.ec != std::errc() || r.ptr != p_ || !std::isfinite(v)) {
            return false;
        }
        out = v;
        return true;
    }

    bool integer(const char* first, int count, bool minus, json& out) {
        if (count > max_integer_digits) {
            return false; // nlohmann may make it a double; the full path does it
        }
        std::int64_t v = 0;
        for (int i = 0; i < count; ++i) {
            v = v * 10 + (first[i] - '0');
        }
        if (minus) {
            out = json::number_integer_t{-v};
        } else {
            out = static_cast<json::number_unsigned_t>(v);
        }
        return true;
    }

    const char* p_;
    const char* end_;
};

} // namespace

JsonReader::JsonReader(std::string_view text, std::string file_name)
    : text_(text), file_(std::move(file_name)) {
    if (PlainParser(text_).parse(json_)) {
        return;
    }
    json_ = nullptr; // what the plain parser had built
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

std::string JsonReader::Node::child(std::string_view key) const {
    std::string p;
    p.reserve(path_.size() + 1 + key.size());
    p += path_;
    p += path_.empty() ? "" : ".";
    p += key;
    return p;
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

const nlohmann::json* JsonReader::Node::member(std::string_view key) const {
    if (!value_->is_object()) {
        return nullptr;
    }
    const auto& members = value_->get_ref<const nlohmann::json::object_t&>();
    const auto it = members.find(key);
    return it == members.end() ? nullptr : &it->second;
}

const nlohmann::json& JsonReader::Node::required(std::string_view key) const {
    if (!value_->is_object()) {
        fail("", CANDOR_N_("expected an object"));
    }
    const nlohmann::json* v = member(key);
    if (v == nullptr) {
        fail(std::string(key), CANDOR_N_("missing"));
    }
    return *v;
}

bool JsonReader::Node::has(std::string_view key) const {
    return member(key) != nullptr;
}

JsonReader::Node JsonReader::Node::at(std::string_view key) const {
    return {doc_, &required(key), child(key)};
}

std::optional<JsonReader::Node> JsonReader::Node::find(std::string_view key) const {
    const nlohmann::json* v = member(key);
    if (v == nullptr) {
        return std::nullopt;
    }
    return Node(doc_, v, child(key));
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

std::string JsonReader::Node::string_of(std::string_view key, const nlohmann::json& v) const {
    if (!v.is_string() || v.get_ref<const std::string&>().empty()) {
        fail(std::string(key), CANDOR_N_("expected a non-empty string"));
    }
    return v.get_ref<const std::string&>();
}

std::string JsonReader::Node::string(std::string_view key) const {
    return string_of(key, required(key));
}

std::optional<std::string> JsonReader::Node::optional_string(std::string_view key) const {
    const nlohmann::json* v = member(key);
    if (v == nullptr) {
        return std::nullopt;
    }
    return string_of(key, *v);
}

double JsonReader::Node::number_of(std::string_view key, const nlohmann::json& v, double lo,
                                   double hi) const {
    if (!v.is_number()) {
        fail(std::string(key), CANDOR_N_("expected a number from {0} to {1}"),
             {fmt::format("{}", lo), fmt::format("{}", hi)});
    }
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < lo || d > hi) {
        fail(std::string(key), CANDOR_N_("expected a number from {0} to {1}, got {2}"),
             {fmt::format("{}", lo), fmt::format("{}", hi), fmt::format("{}", d)});
    }
    return d + 0.0; // -0 reads as 0
}

double JsonReader::Node::number(std::string_view key, double lo, double hi) const {
    return number_of(key, required(key), lo, hi);
}

std::optional<double> JsonReader::Node::optional_number(std::string_view key, double lo,
                                                        double hi) const {
    const nlohmann::json* v = member(key);
    if (v == nullptr || v->is_null()) {
        return std::nullopt;
    }
    return number_of(key, *v, lo, hi);
}

long JsonReader::Node::integer(std::string_view key, long lo, long hi) const {
    const nlohmann::json& v = required(key);
    if (!v.is_number_integer()) {
        fail(std::string(key), CANDOR_N_("expected a whole number from {0} to {1}"),
             {fmt::format("{}", lo), fmt::format("{}", hi)});
    }
    const long n = v.get<long>();
    if (n < lo || n > hi) {
        fail(std::string(key), CANDOR_N_("expected a whole number from {0} to {1}, got {2}"),
             {fmt::format("{}", lo), fmt::format("{}", hi), fmt::format("{}", n)});
    }
    return n;
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
