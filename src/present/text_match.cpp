#include "text_match.hpp"

#include <unicode/stringpiece.h>
#include <unicode/unistr.h>

namespace candor::present {

namespace {

icu::UnicodeString folded(std::string_view s) {
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    u.trim();
    u.foldCase();
    return u;
}

} // namespace

bool contains_folded(std::string_view text, std::string_view filter) {
    const icu::UnicodeString f = folded(filter);
    return f.isEmpty() || folded(text).indexOf(f) >= 0;
}

bool folded_less(std::string_view a, std::string_view b) {
    return static_cast<bool>(folded(a) < folded(b));
}

} // namespace candor::present
