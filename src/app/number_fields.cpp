#include "number_fields.hpp"

#include "form_fields.hpp"

#include "core/input_error.hpp"
#include "core/money.hpp"
#include "present/number_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <string>

namespace candor::app {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
bool is_ascii_letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool is_code_char(char c) {
    return is_ascii_letter(c) || (c >= '0' && c <= '9');
}

/// The shortest decimal that reads back as `v` ("5000.5", "1e-06"): locale-free, exact.
std::string neutral_text(double v) {
    std::string s = fmt::format("{}", v);
    return s == "-0" ? "0" : s;
}

/// The fraction digits `neutral` needs: "5000.5" -> 1, "1e-06" -> 6, "1.5e+20" -> 0.
int decimals_of(const std::string& neutral) {
    const auto e = neutral.find_first_of("eE");
    const std::string mantissa = neutral.substr(0, e);
    const auto dot = mantissa.find('.');
    int d = dot == std::string::npos ? 0 : static_cast<int>(mantissa.size() - dot - 1);
    if (e != std::string::npos) {
        long x = 0;
        const char* first = neutral.data() + e + 1;
        const char* last = neutral.data() + neutral.size();
        if (first != last && *first == '+') {
            ++first;
        }
        if (std::from_chars(first, last, x).ec != std::errc() || x < -20 || x > 20) {
            return 17; // far outside what a form holds; editable_number rounds it
        }
        d -= static_cast<int>(x);
    }
    return std::clamp(d, 0, 17);
}

} // namespace

FieldNumber read_field_number(const std::string& typed, NumberKind kind) {
    FieldNumber n;
    n.typed = typed;
    std::size_t b = 0;
    std::size_t e = typed.size();
    while (b < e && is_space(typed[b])) {
        ++b;
    }
    while (e > b && is_space(typed[e - 1])) {
        --e;
    }
    const std::size_t outer_b = b;
    const std::size_t outer_e = e;
    if (kind == NumberKind::Amount) {
        // An asset code before the number: "USDT 5000".
        if (b < e && is_ascii_letter(typed[b])) {
            std::size_t i = b;
            while (i < e && is_code_char(typed[i])) {
                ++i;
            }
            std::size_t j = i;
            while (j < e && is_space(typed[j])) {
                ++j;
            }
            if (j > i && j < e) {
                b = j;
            }
        }
        // ... or after it: "5.000,50 USDT".
        std::size_t i = e;
        while (i > b && is_code_char(typed[i - 1])) {
            --i;
        }
        if (i < e && is_ascii_letter(typed[i])) {
            std::size_t j = i;
            while (j > b && is_space(typed[j - 1])) {
                --j;
            }
            if (j < i && j > b) {
                e = j;
            }
        }
    } else if (e > b && typed[e - 1] == '%') {
        // A percent sign after the number, as the percent fields accept it: "12,5 %".
        --e;
        while (e > b && is_space(typed[e - 1])) {
            --e;
        }
    }
    if (e <= b) {
        return n;
    }
    try {
        const double v =
            present::parse_number(std::string_view(typed).substr(b, e - b), "number", "a number");
        n.number = neutral_text(v);
        n.before = typed.substr(outer_b, b - outer_b);
        n.after = typed.substr(e, outer_e - e);
    } catch (const core::InputError&) {
        // Not a number in this locale: the text stays exactly as typed.
    }
    return n;
}

std::string write_field_number(const FieldNumber& n) {
    if (!n.number) {
        return n.typed;
    }
    try {
        const double v = core::parse_number(*n.number, "number", "a number");
        return n.before + present::editable_number(v, decimals_of(*n.number)) + n.after;
    } catch (const core::InputError&) {
        return n.typed; // a damaged locale-free number (e.g. in a session file): as typed
    }
}

const std::vector<LocalizedField>& localized_fields() {
    static const std::vector<LocalizedField> fields = [] {
        std::vector<LocalizedField> out;
        for (const FormField& f : form_fields()) {
            if (f.number && f.text != nullptr) {
                out.push_back({f.id, f.text, *f.number});
            }
        }
        return out;
    }();
    return fields;
}

NeutralForm read_form_numbers(const OfferFormInput& in) {
    NeutralForm f{in, {}};
    for (const LocalizedField& lf : localized_fields()) {
        f.numbers.push_back(read_field_number(in.*lf.text, lf.kind));
    }
    return f;
}

OfferFormInput write_form_numbers(const NeutralForm& form) {
    OfferFormInput out = form.input;
    const auto& fields = localized_fields();
    for (std::size_t i = 0; i < fields.size() && i < form.numbers.size(); ++i) {
        out.*fields[i].text = write_field_number(form.numbers[i]);
    }
    return out;
}

} // namespace candor::app
