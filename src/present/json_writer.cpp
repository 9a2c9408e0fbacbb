#include "json_writer.hpp"

#include "visible_text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace candor::present {

namespace {

/// nlohmann's shortest form of a finite, non-zero `v`, remembered: a record repeats many of
/// its figures (the inflation and benchmark in its disclosures' values, the same rollover value
/// year after year) and consecutive records share many (the data's rates), and the conversion
/// costs more than the look-up. A slot holds the last value whose bits hash to it.
std::string_view shortest_text(double v) {
    struct Slot {
        std::uint64_t bits = 0; // 0 is +0.0, which never comes here: an empty slot
        std::array<char, 32> text{};
        std::size_t size = 0;
    };
    constexpr int slot_bits = 10;
    thread_local std::array<Slot, std::size_t{1} << slot_bits> slots{};
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    Slot& slot = slots[(bits * 0x9E3779B97F4A7C15U) >> (64 - slot_bits)];
    if (slot.bits != bits) {
        char* end =
            nlohmann::detail::to_chars(slot.text.data(), slot.text.data() + slot.text.size(), v);
        slot.size = static_cast<std::size_t>(end - slot.text.data());
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
    if (v == 0.0) { // json_text() writes -0 as 0
        put("0.0");
        return;
    }
    put(shortest_text(v));
}

void JsonWriter::integer(long long v) {
    before_value();
    constexpr std::size_t longest = 20; // "-9223372036854775808"
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
    // Escapes, invalid UTF-8 and unsafe code points: as json_text() writes a string.
    put(json_text(nlohmann::ordered_json(std::string(v)), -1));
}

} // namespace candor::present
