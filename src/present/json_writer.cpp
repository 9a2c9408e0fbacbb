#include "json_writer.hpp"

#include "visible_text.hpp"

#include <nlohmann/json.hpp>

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

void JsonWriter::newline_indent() {
    if (indent_ >= 0) {
        out_ += '\n';
        out_.append(levels_.size() * static_cast<std::size_t>(indent_), ' ');
    }
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (levels_.empty()) {
        return;
    }
    Level& l = levels_.back();
    if (!l.empty) {
        out_ += ',';
    }
    l.empty = false;
    newline_indent();
}

void JsonWriter::plain_key(std::string_view k) {
    Level& l = levels_.back();
    const bool comma = !l.empty;
    l.empty = false;
    after_key_ = true;
    std::array<char, 64> buf; // NOLINT(cppcoreguidelines-pro-type-member-init): written below
    if (indent_ >= 0 || k.size() + 4 > buf.size()) {
        if (comma) {
            out_ += ',';
        }
        newline_indent();
        out_ += '"';
        out_ += k;
        out_ += indent_ >= 0 ? "\": " : "\":";
        return;
    }
    // Compact: the comma, the quoted key and the colon in one append (a record has 150 keys).
    char* p = buf.data();
    if (comma) {
        *p++ = ',';
    }
    *p++ = '"';
    std::memcpy(p, k.data(), k.size());
    p += k.size();
    *p++ = '"';
    *p++ = ':';
    out_.append(buf.data(), static_cast<std::size_t>(p - buf.data()));
}

void JsonWriter::dynamic_key(std::string_view k) {
    if (json_safe_as_is(k)) {
        plain_key(k);
        return;
    }
    Level& l = levels_.back();
    if (!l.empty) {
        out_ += ',';
    }
    l.empty = false;
    newline_indent();
    after_key_ = true; // the key is written as a string value would be, without a separator
    string(k);
    out_ += indent_ >= 0 ? ": " : ":";
    after_key_ = true;
}

void JsonWriter::open(char c) {
    before_value();
    out_ += c;
    levels_.push_back({true, c == '['});
}

void JsonWriter::close(char c) {
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) {
        newline_indent();
    }
    out_ += c;
}

void JsonWriter::null() {
    before_value();
    out_ += "null";
}

void JsonWriter::boolean(bool v) {
    before_value();
    out_ += v ? "true" : "false";
}

void JsonWriter::number(double v) {
    before_value();
    if (!std::isfinite(v)) {
        out_ += "null";
        return;
    }
    if (v == 0.0) { // json_text() writes -0 as 0
        out_ += "0.0";
        return;
    }
    out_ += shortest_text(v);
}

void JsonWriter::integer(long long v) {
    before_value();
    std::array<char, 24> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    out_.append(buf.data(), r.ptr);
}

void JsonWriter::string(std::string_view v) {
    if (json_safe_as_is(v)) {
        before_value();
        out_ += '"';
        out_ += v;
        out_ += '"';
        return;
    }
    // Escapes, invalid UTF-8 and unsafe code points: as json_text() writes a string.
    before_value();
    out_ += json_text(nlohmann::ordered_json(std::string(v)), -1);
}

} // namespace candor::present
