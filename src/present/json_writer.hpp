#pragma once
/// \file json_writer.hpp
/// Every JSON text Candor writes (records, documents, simulate and ponzi output) is written
/// here, straight into a string: numbers as the shortest digits that read back as the same
/// double (5000.0 for an integral value, null for one that is not finite, 0.0 for -0), strings
/// with json_escaped()'s escapes, compact (indent < 0) or indented as nlohmann's dump lays a
/// document out. A record is written without building a tree (docs/performance.md); a document
/// built as a tree is written by json_text(), through the same writer.

#include "visible_text.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace candor::present {

namespace detail {
/// Copies `n` bytes: up to 32 as two overlapping moves of a fixed size, which the compiler
/// writes inline (a record's keys and numbers are short), longer ones with memcpy.
[[gnu::always_inline]] inline void copy_bytes(char* to, const char* from, std::size_t n) {
    const auto two = [&](auto word) {
        constexpr std::size_t w = sizeof(word);
        decltype(word) a{};
        decltype(word) b{};
        std::memcpy(&a, from, w);
        std::memcpy(&b, from + n - w, w);
        std::memcpy(to, &a, w);
        std::memcpy(to + n - w, &b, w);
    };
    struct Block16 {
        std::array<std::uint64_t, 2> words;
    };
    if (n > 32) {
        std::memcpy(to, from, n);
    } else if (n >= 16) {
        two(Block16{});
    } else if (n >= 8) {
        two(std::uint64_t{});
    } else if (n >= 4) {
        two(std::uint32_t{});
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            to[i] = from[i];
        }
    }
}

/// Not constexpr: a JsonKey made from a key that needs escaping calls it, which stops the build.
void json_key_needs_no_escape_and_is_ascii();
} // namespace detail

/// A key written in the program: checked while it is built (printable ASCII, no quote or
/// backslash), so it is written as it is, without the run-time test a string gets.
class JsonKey {
  public:
    // NOLINTNEXTLINE(google-explicit-constructor,hicpp-explicit-conversions): w.field("id", v)
    consteval JsonKey(const char* k) : text_(k) {
        for (const char c : text_) {
            if (!json_plain_byte(c)) {
                detail::json_key_needs_no_escape_and_is_ascii();
            }
        }
    }
    [[nodiscard]] constexpr std::string_view text() const { return text_; }

  private:
    std::string_view text_;
};

class JsonWriter {
  public:
    /// Appends to `out`; `indent` < 0: compact, else that many spaces a level, and every line
    /// after the first `depth` levels in (the text is an element of a larger document). The
    /// text is written in place into room made at the end of `out`, and `out` is cut to what
    /// was written when the writer goes (a record's many small pieces then cost no call each).
    JsonWriter(std::string& out, int indent, int depth = 0);
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;
    JsonWriter(JsonWriter&&) = delete;
    JsonWriter& operator=(JsonWriter&&) = delete;

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    /// The key of the next value in the current object.
    void key(JsonKey k) { plain_key(k.text()); }
    /// A key known only at run time (a disclosure's value names): escaped as a string is.
    void dynamic_key(std::string_view k);

    void null();
    void boolean(bool v);
    void number(double v);
    void integer(long long v);
    void unsigned_integer(unsigned long long v);
    void string(std::string_view v);

    void value(double v) { number(v); }
    void value(bool v) { boolean(v); }
    void value(std::string_view v) { string(v); }
    void value(const std::string& v) { string(v); }
    void value(const char* v) { string(v); }
    void value(std::nullptr_t) { null(); }
    template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    void value(T v) {
        if constexpr (std::is_signed_v<T>) {
            integer(static_cast<long long>(v));
        } else {
            unsigned_integer(static_cast<unsigned long long>(v));
        }
    }
    template <class T> void value(const std::optional<T>& v) {
        if (v) {
            value(*v);
        } else {
            null();
        }
    }

    /// key(k) then value(v).
    template <class T> void field(JsonKey k, const T& v) {
        key(k);
        value(v);
    }

  private:
    void open(char c);
    void close(char c);
    /// Before a value: the comma and line break of an array element (a value after a key has
    /// had them before its key).
    void before_value();
    void newline_indent();
    /// Marks the current level as holding one more member; true when one came before it (a
    /// comma is due).
    bool next_member();
    /// The comma, when due, and the line break before a member or element.
    void separate(bool comma);
    /// Writes a key that needs no escape, with the comma and line break before it.
    void plain_key(std::string_view k);
    /// integer() and unsigned_integer().
    template <class T> void integral(T v);

    /// Room for `n` more bytes at the write position; the place to write them.
    char* room(std::size_t n) {
        if (out_.size() - at_ < n) {
            grow(n);
        }
        return out_.data() + at_;
    }
    void grow(std::size_t n);
    void put(char c) { *room(1) = c, ++at_; }
    void put(std::string_view s) {
        detail::copy_bytes(room(s.size()), s.data(), s.size());
        at_ += s.size();
    }

    struct Level {
        bool empty = true;
        bool array = false;
    };
    std::string& out_;
    std::size_t at_; ///< the write position in out_; out_ beyond it is room, not text
    int indent_;
    std::size_t depth_; ///< levels of indentation before the writer's own
    std::vector<Level> levels_;
    bool after_key_ = false;
};

/// The document as text, through JsonWriter: `indent` spaces a level, or on one line (-1), as
/// JSON Lines wants it.
std::string json_text(const nlohmann::ordered_json& document, int indent = 2);

} // namespace candor::present
