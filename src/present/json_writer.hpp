#pragma once
/// \file json_writer.hpp
/// JSON text written straight into a string, in the bytes that json_text() (visible_text.hpp)
/// makes of the same values held in an nlohmann::ordered_json tree: the same number forms
/// (nlohmann's shortest round-trip doubles, "5000.0", null for a value that is not finite, 0.0
/// for -0), the same escapes and the same layout, compact (indent < 0) or indented. It lets a
/// record be written without building a tree per record (docs/performance.md); a test holds
/// the two forms equal (tests/present/offer_record_test.cpp).

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace candor::present {

class JsonWriter {
  public:
    /// Appends to `out`; `indent` < 0: compact, else that many spaces a level.
    JsonWriter(std::string& out, int indent) : out_(out), indent_(indent) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    /// The key of the next value in the current object.
    void key(std::string_view k);

    void null();
    void boolean(bool v);
    void number(double v);
    void integer(long long v);
    void string(std::string_view v);

    void value(double v) { number(v); }
    void value(bool v) { boolean(v); }
    void value(std::string_view v) { string(v); }
    void value(const std::string& v) { string(v); }
    void value(const char* v) { string(v); }
    void value(std::nullptr_t) { null(); }
    template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    void value(T v) {
        integer(static_cast<long long>(v));
    }
    template <class T> void value(const std::optional<T>& v) {
        if (v) {
            value(*v);
        } else {
            null();
        }
    }

    /// key(k) then value(v).
    template <class T> void field(std::string_view k, const T& v) {
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

    struct Level {
        bool empty = true;
        bool array = false;
    };
    std::string& out_;
    int indent_;
    std::vector<Level> levels_;
    bool after_key_ = false;
};

} // namespace candor::present
