#include "json_writer.hpp"

#include "visible_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace candor::present {

namespace {

/// `v` (< 10^8) as exactly eight digits at `p`, two at a time from fmt's table of digit pairs:
/// two independent halves of two pairs each, so that the divisions do not wait on one another
/// as they do digit by digit.
void eight_digits(char* p, std::uint32_t v) {
    const std::size_t high = v / 10000;
    const std::size_t low = v % 10000;
    std::memcpy(p, fmt::detail::digits2(high / 100), 2);
    std::memcpy(p + 2, fmt::detail::digits2(high % 100), 2);
    std::memcpy(p + 4, fmt::detail::digits2(low / 100), 2);
    std::memcpy(p + 6, fmt::detail::digits2(low % 100), 2);
}

/// The shortest decimal digits that read back as `v` (finite, > 0), the nearest to it of those
/// (Dragonbox: the digits std::to_chars gives, in half its time), and where the decimal point
/// goes: v = 0.digits * 10^point.
struct Digits {
    std::array<char, 17> text{}; ///< the digits from `first` on
    std::size_t first = 0;
    int point = 0;
    [[nodiscard]] const char* data() const { return text.data() + first; }
    [[nodiscard]] std::size_t count() const { return text.size() - first; }
};

Digits shortest_digits(double v) {
    // fmt's own Dragonbox, which fmt uses for "{}"; tests/present/json_writer_test.cpp holds
    // its digits equal to std::to_chars's, so a change in it cannot pass unseen. Its
    // significand has at most 17 digits and no trailing zero.
    const auto dec = fmt::detail::dragonbox::to_decimal(v);
    constexpr std::uint64_t e8 = 100000000;
    Digits d;
    d.text[0] = static_cast<char>('0' + dec.significand / (e8 * e8));
    eight_digits(d.text.data() + 1, static_cast<std::uint32_t>(dec.significand / e8 % e8));
    eight_digits(d.text.data() + 9, static_cast<std::uint32_t>(dec.significand % e8));
    d.first = d.text.size() - static_cast<std::size_t>(fmt::detail::count_digits(dec.significand));
    d.point = static_cast<int>(d.count()) + dec.exponent;
    return d;
}

/// Writes finite, non-zero `v` at `p` as a JSON number in the layout nlohmann's dump gives a
/// double: plain decimals while the point stands within 15 digits of the first, an integral
/// value with ".0" (5000.0), "0.000ddd" down to 10^-4, and otherwise d.ddde+XX with at least two
/// exponent digits. Returns the end; at most 24 bytes are written.
char* write_double(char* p, double v) {
    if (v < 0) {
        *p++ = '-';
        v = -v;
    }
    const Digits d = shortest_digits(v);
    const char* digits = d.data();
    const std::size_t k = d.count();
    const int n = d.point;
    constexpr int max_point = 15; // nlohmann: std::numeric_limits<double>::digits10
    constexpr int min_point = -4;
    if (static_cast<int>(k) <= n && n <= max_point) { // digits[000].0
        std::memcpy(p, digits, k);
        std::memset(p + k, '0', static_cast<std::size_t>(n) - k);
        p += n;
        *p++ = '.';
        *p++ = '0';
        return p;
    }
    if (0 < n && n <= max_point) { // dig.its
        const auto whole = static_cast<std::size_t>(n);
        std::memcpy(p, digits, whole);
        p[whole] = '.';
        std::memcpy(p + whole + 1, digits + whole, k - whole);
        return p + k + 1;
    }
    if (min_point < n && n <= 0) { // 0.[000]digits
        const auto zeros = static_cast<std::size_t>(-n);
        *p++ = '0';
        *p++ = '.';
        std::memset(p, '0', zeros);
        std::memcpy(p + zeros, digits, k);
        return p + zeros + k;
    }
    *p++ = digits[0]; // d[.igits]e+XX
    if (k > 1) {
        *p++ = '.';
        std::memcpy(p, digits + 1, k - 1);
        p += k - 1;
    }
    *p++ = 'e';
    int e = n - 1;
    *p++ = e < 0 ? '-' : '+';
    e = e < 0 ? -e : e;
    if (e < 10) {
        *p++ = '0';
    }
    return std::to_chars(p, p + 3, e).ptr;
}

/// write_double's text of `v`, remembered: a record repeats many of its figures (the inflation
/// and benchmark in its disclosures' values, the same rollover value year after year) and
/// consecutive records share many (the data's rates), and the conversion costs more than the
/// look-up. A slot holds the last value whose bits hash to it.
std::string_view number_text(double v) {
    struct Slot {
        std::uint64_t bits = 0; // 0 is +0.0, which never comes here: an empty slot
        std::array<char, 24> text{};
        std::size_t size = 0;
    };
    constexpr int slot_bits = 10;
    thread_local std::array<Slot, std::size_t{1} << slot_bits> slots{};
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    Slot& slot = slots[(bits * 0x9E3779B97F4A7C15U) >> (64 - slot_bits)];
    if (slot.bits != bits) {
        slot.size = static_cast<std::size_t>(write_double(slot.text.data(), v) - slot.text.data());
        slot.bits = bits;
    }
    return {slot.text.data(), slot.size};
}

} // namespace

JsonWriter::JsonWriter(std::string& out, int indent, int depth)
    : out_(out), at_(out.size()), indent_(indent),
      depth_(static_cast<std::size_t>(std::max(depth, 0))) {
    levels_.reserve(8);      // a record is four levels deep
    out_.resize(at_ + 8192); // a record's text is about 5,500 bytes
}

JsonWriter::~JsonWriter() {
    out_.resize(at_); // the room not written to goes
}

void JsonWriter::grow(std::size_t n) {
    out_.resize(std::max(out_.size() * 2, at_ + n + 4096));
}

void JsonWriter::newline_indent() {
    if (indent_ >= 0) {
        put('\n');
        const std::size_t n = (depth_ + levels_.size()) * static_cast<std::size_t>(indent_);
        std::memset(room(n), ' ', n);
        at_ += n;
    }
}

bool JsonWriter::next_member() {
    Level& l = levels_.back();
    const bool comma = !l.empty;
    l.empty = false;
    return comma;
}

void JsonWriter::separate(bool comma) {
    if (comma) {
        put(',');
    }
    newline_indent();
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!levels_.empty()) {
        separate(next_member());
    }
}

void JsonWriter::plain_key(std::string_view k) {
    const bool comma = next_member();
    after_key_ = true;
    if (indent_ >= 0) {
        separate(comma);
        put('"');
        put(k);
        put("\": ");
        return;
    }
    // Compact: the comma, the quoted key and the colon straight into the room made.
    char* p = room(k.size() + 4);
    std::size_t n = 0;
    if (comma) {
        p[n++] = ',';
    }
    p[n++] = '"';
    detail::copy_bytes(p + n, k.data(), k.size());
    n += k.size();
    p[n++] = '"';
    p[n++] = ':';
    at_ += n;
}

void JsonWriter::dynamic_key(std::string_view k) {
    if (json_safe_as_is(k)) {
        plain_key(k);
        return;
    }
    separate(next_member());
    after_key_ = true; // the key is written as a string value would be, without a separator
    string(k);
    put(indent_ >= 0 ? ": " : ":");
    after_key_ = true;
}

void JsonWriter::open(char c) {
    before_value();
    put(c);
    levels_.push_back({true, c == '['});
}

void JsonWriter::close(char c) {
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) {
        newline_indent();
    }
    put(c);
}

void JsonWriter::null() {
    before_value();
    put("null");
}

void JsonWriter::boolean(bool v) {
    before_value();
    put(v ? "true" : "false");
}

void JsonWriter::number(double v) {
    before_value();
    if (!std::isfinite(v)) {
        put("null");
        return;
    }
    if (v == 0.0) { // -0 as 0: a reader would show "-0"
        put("0.0");
        return;
    }
    put(number_text(v));
}

void JsonWriter::integer(long long v) {
    integral(v);
}

void JsonWriter::unsigned_integer(unsigned long long v) {
    integral(v);
}

template <class T> void JsonWriter::integral(T v) {
    before_value();
    constexpr std::size_t longest = 20; // "-9223372036854775808", "18446744073709551615"
    char* p = room(longest);
    const auto r = std::to_chars(p, p + longest, v);
    at_ += static_cast<std::size_t>(r.ptr - p);
}

void JsonWriter::string(std::string_view v) {
    before_value();
    if (json_safe_as_is(v)) {
        char* p = room(v.size() + 2);
        p[0] = '"';
        detail::copy_bytes(p + 1, v.data(), v.size());
        p[v.size() + 1] = '"';
        at_ += v.size() + 2;
        return;
    }
    put('"');
    put(json_escaped(v));
    put('"');
}

namespace {

void write_tree(JsonWriter& w, const nlohmann::ordered_json& j) {
    using Type = nlohmann::ordered_json::value_t;
    switch (j.type()) {
    case Type::object:
        w.begin_object();
        for (const auto& [key, value] : j.get_ref<const nlohmann::ordered_json::object_t&>()) {
            w.dynamic_key(key);
            write_tree(w, value);
        }
        w.end_object();
        return;
    case Type::array:
        w.begin_array();
        for (const auto& item : j) {
            write_tree(w, item);
        }
        w.end_array();
        return;
    case Type::string:
        w.string(j.get_ref<const std::string&>());
        return;
    case Type::boolean:
        w.boolean(j.get<bool>());
        return;
    case Type::number_integer:
        w.integer(j.get<std::int64_t>());
        return;
    case Type::number_unsigned:
        w.unsigned_integer(j.get<std::uint64_t>());
        return;
    case Type::number_float:
        w.number(j.get<double>());
        return;
    case Type::null:
    case Type::binary:    // never built by Candor
    case Type::discarded: // only a parser's callback makes one
        w.null();
        return;
    }
}

} // namespace

std::string json_text(const nlohmann::ordered_json& document, int indent) {
    std::string out;
    {
        JsonWriter w(out, indent);
        write_tree(w, document);
    }
    return out;
}

} // namespace candor::present
