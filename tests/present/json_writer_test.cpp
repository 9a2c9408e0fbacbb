// The one JSON writer: its layout is nlohmann's dump's, its numbers are the shortest digits that
// read back as the same double (std::to_chars's digits, laid out here independently), its
// strings are json_escaped()'s, and json_text() writes a tree through it.
#include "present/json_writer.hpp"
#include "present/visible_text.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

using namespace candor;

namespace {

/// A number as the writer should write it, made another way: std::to_chars's shortest
/// scientific digits, laid out by nlohmann's rules (plain while the point is within 15 digits,
/// ".0" on an integral value, 0.000ddd down to 10^-4, else d.ddde+XX).
std::string expected_number(double v) {
    if (!std::isfinite(v)) {
        return "null";
    }
    if (v == 0.0) {
        return "0.0";
    }
    std::array<char, 64> buffer{};
    const auto r = std::to_chars(buffer.data(), buffer.data() + buffer.size(), std::abs(v),
                                 std::chars_format::scientific);
    const std::string sci(buffer.data(), r.ptr);
    const std::size_t e = sci.find('e');
    const std::string digits = sci.substr(0, 1) + (e > 1 ? sci.substr(2, e - 2) : "");
    const int exponent = std::stoi(sci.substr(e + 1));
    const int n = exponent + 1;
    const int k = static_cast<int>(digits.size());
    std::string out = v < 0 ? "-" : "";
    if (k <= n && n <= 15) {
        out += digits + std::string(static_cast<std::size_t>(n - k), '0') + ".0";
    } else if (0 < n && n <= 15) {
        out += digits.substr(0, static_cast<std::size_t>(n)) + "." +
               digits.substr(static_cast<std::size_t>(n));
    } else if (-4 < n && n <= 0) {
        out += "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
    } else {
        out += digits.substr(0, 1) + (k > 1 ? "." + digits.substr(1) : "");
        out += fmt::format("e{}{:02}", exponent < 0 ? '-' : '+', std::abs(exponent));
    }
    return out;
}

std::string written(double v) {
    std::string out;
    {
        present::JsonWriter w(out, -1);
        w.number(v);
    }
    return out;
}

/// xorshift64: the same values on every run.
struct Bits {
    std::uint64_t x = 88172645463325252U;
    std::uint64_t next() {
        x ^= x << 13U;
        x ^= x >> 7U;
        x ^= x << 17U;
        return x;
    }
};

} // namespace

TEST_CASE("numbers: the shortest digits that read back, in nlohmann's layout") {
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<std::pair<double, std::string>> cases = {
        {1.0, "1.0"},
        {-0.0, "0.0"},
        {5000.0, "5000.0"},
        {-2.5, "-2.5"},
        {0.1, "0.1"},
        {0.1 + 0.2, "0.30000000000000004"},
        {1e-4, "0.0001"},
        {0.00012345, "0.00012345"},
        {1e-5, "1e-05"},
        {1e14, "100000000000000.0"},
        {1e15, "1e+15"},
        {123456789012345.6, "123456789012345.6"},
        {1234567890123456.7, "1.2345678901234568e+15"},
        {1e16, "1e+16"},
        {1e21, "1e+21"},
        {1.5e300, "1.5e+300"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {2.2250738585072014e-308, "2.2250738585072014e-308"},
        {5e-324, "5e-324"},
        // nlohmann's Grisu2 wrote these two as 5124.1717850000005 and 6017.4280508864485:
        // the same doubles, not in their shortest digits.
        {5124.171785, "5124.171785"},
        {6017.428050886449, "6017.428050886449"},
        {std::nan(""), "null"},
        {inf, "null"},
        {-inf, "null"},
    };
    for (const auto& c : cases) {
        const std::string& text = c.second;
        CAPTURE(text);
        CHECK(written(c.first) == text);
        CHECK(expected_number(c.first) == text);
    }
}

TEST_CASE("numbers: random doubles of every size, and the remembered ones, read back as written") {
    // Every exponent and sign from random bits, and money-like values, twice over: the writer
    // remembers texts in 1,024 slots, and values sharing a slot take turns in it.
    Bits bits;
    std::vector<double> values;
    for (int i = 0; i < 40000; ++i) {
        const std::uint64_t b = bits.next();
        double v = 0;
        std::memcpy(&v, &b, sizeof v);
        if (i % 2 == 0) {
            v = static_cast<double>(b % 2000000U) / 997.0 - 1000.0;
        }
        if (std::isfinite(v)) {
            values.push_back(v);
        }
    }
    std::size_t mismatches = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (const double v : values) {
            const std::string text = written(v);
            double back = 0;
            std::from_chars(text.data(), text.data() + text.size(), back);
            if (text != expected_number(v) || (back != v && v != 0.0)) {
                ++mismatches;
                CAPTURE(text);
                CHECK(text == expected_number(v));
            }
        }
    }
    CHECK(mismatches == 0);
    CHECK(values.size() > 39000);
}

TEST_CASE("layout: compact and indented as nlohmann's dump lays the same document out") {
    // Numbers with the same digits either way and strings without escapes: the bytes must be
    // nlohmann's, written by the writer's calls and by json_text() from the tree.
    nlohmann::ordered_json tree;
    tree["a"] = nlohmann::ordered_json::array();
    tree["b"] = nlohmann::ordered_json::object();
    tree["c"] = {1.0, 5000.0, 1e-5, 1e-4, 1e14, 1e15, 1.5e300, 0.1, -2, 18446744073709551615U};
    tree["d"] = {{"x", "plain é 中文"}, {"y", nullptr}, {"z", true}, {"w", false}};
    tree["e"] = {{{"deep", {1, {2, 3}}}}, nlohmann::ordered_json::array()};
    for (const int indent : {-1, 0, 2, 4}) {
        CAPTURE(indent);
        const std::string nlohmann_text = tree.dump(indent);
        CHECK(present::json_text(tree, indent) == nlohmann_text);
        std::string out = "before ";
        { // the text is complete once the writer is gone (it writes into room made in `out`)
            present::JsonWriter w(out, indent);
            w.begin_object();
            w.key("a");
            w.begin_array();
            w.end_array();
            w.key("b");
            w.begin_object();
            w.end_object();
            w.key("c");
            w.begin_array();
            for (const double v : {1.0, 5000.0, 1e-5, 1e-4, 1e14, 1e15, 1.5e300, 0.1}) {
                w.value(v);
            }
            w.value(-2);
            w.value(std::uint64_t{18446744073709551615U});
            w.end_array();
            w.key("d");
            w.begin_object();
            w.field("x", std::string("plain é 中文"));
            w.field("y", nullptr);
            w.field("z", true);
            w.field("w", false);
            w.end_object();
            w.key("e");
            w.begin_array();
            w.begin_object();
            w.key("deep");
            w.begin_array();
            w.value(1);
            w.begin_array();
            w.value(2);
            w.value(3);
            w.end_array();
            w.end_array();
            w.end_object();
            w.begin_array();
            w.end_array();
            w.end_array();
            w.end_object();
        }
        CHECK(out == "before " + nlohmann_text);
    }
}

TEST_CASE("json_text writes -0 as 0, a value that is not finite as null, and escapes") {
    nlohmann::ordered_json tree;
    tree["zero"] = -0.0;
    tree["nan"] = std::nan("");
    tree["text"] = "a\"b\\c\x08\x09\x0a\x0b\x0c\x0d\x1f\x7f\xff d";
    CHECK(present::json_text(tree, -1) ==
          R"({"zero":0.0,"nan":null,"text":"a\"b\\c\b\t\n\u000b\f\r\u001f\u007f)"
          "\xEF\xBF\xBD"
          R"( d"})");
}

TEST_CASE("the writer makes more room as a long text needs it") {
    // 8 KiB of room is made at first: texts and many values beyond it, compact and indented.
    nlohmann::ordered_json tree;
    tree["long"] = std::string(20000, 'x');
    for (int i = 0; i < 3000; ++i) {
        tree["n" + std::to_string(i)] = i + 0.5;
    }
    for (const int indent : {-1, 2}) {
        std::string out(100, 'p');
        {
            present::JsonWriter w(out, indent);
            w.begin_object();
            w.field("long", std::string(20000, 'x'));
            for (int i = 0; i < 3000; ++i) {
                w.dynamic_key("n" + std::to_string(i));
                w.number(i + 0.5);
            }
            w.end_object();
        }
        CHECK(out == std::string(100, 'p') + tree.dump(indent));
    }
}

TEST_CASE("strings: the fast paths write what json_escaped writes, at every length and place") {
    // plain_ascii() reads 16 bytes at a time and then the last 16 again; json_safe_as_is() lets
    // valid UTF-8 through as it is: one odd byte or code point anywhere must be noticed.
    const std::vector<std::string> odd = {
        "\"",           "\\",           "\x01", "\x1f", "\x7f",         "\n",      "\xc2\x85",
        "\xe2\x80\xae", "\xe2\x81\xa6", "\xff", "\xc3", "\xe2\x88\x92", "\xd8\xb9"};
    for (std::size_t length = 0; length <= 40; ++length) { // up to two 16-byte blocks and more
        for (std::size_t at = 0; at <= length; ++at) {
            for (const std::string& o : odd) {
                std::string text(length, 'a');
                text.insert(at, o);
                CAPTURE(length);
                CAPTURE(at);
                CAPTURE(text);
                const std::string quoted = "\"" + present::json_escaped(text) + "\"";
                std::string expected = "{\"id\":";
                expected.append(quoted).append(",").append(quoted).append(":").append(quoted);
                expected += "}";
                std::string out;
                {
                    present::JsonWriter w(out, -1);
                    w.begin_object();
                    w.field("id", text); // a key checked while the program is built
                    w.dynamic_key(text); // and one only known when it runs
                    w.string(text);
                    w.end_object();
                }
                CHECK(out == expected);
                // What a JSON reader makes of it is the text, where the text was valid.
                if (o != "\xff" && o != "\xc3") {
                    CHECK(nlohmann::json::parse(out)["id"] == text);
                }
            }
        }
    }
}
