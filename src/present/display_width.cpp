#include "display_width.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

namespace candor::present {

namespace {

/// Columns of one grapheme cluster, judged by its first code point.
std::size_t cluster_width(UChar32 c) {
    const auto type = static_cast<UCharCategory>(u_charType(c));
    if (type == U_FORMAT_CHAR || type == U_CONTROL_CHAR || type == U_NON_SPACING_MARK ||
        type == U_ENCLOSING_MARK) {
        return 0;
    }
    const auto ea = static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
    return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

/// A character break iterator for this thread (making one is slow; using it is not).
icu::BreakIterator* characters() {
    thread_local std::unique_ptr<icu::BreakIterator> it = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> made(
            icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    return it.get();
}

bool plain_ascii(std::string_view text) {
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 || b >= 0x7F) {
            return false;
        }
    }
    return true;
}

} // namespace

std::size_t display_width(std::string_view text) {
    if (plain_ascii(text)) {
        return text.size();
    }
    const icu::UnicodeString s = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::BreakIterator* it = characters();
    std::size_t width = 0;
    if (it == nullptr) { // no ICU data: code points
        for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
            width += cluster_width(s.char32At(i));
        }
        return width;
    }
    it->setText(s);
    for (int32_t start = it->first(), end = it->next(); end != icu::BreakIterator::DONE;
         start = end, end = it->next()) {
        width += cluster_width(s.char32At(start));
    }
    return width;
}

std::string pad_to_width(const std::string& text, std::size_t width) {
    const std::size_t cols = display_width(text);
    return cols >= width ? text + " " : text + std::string(width - cols, ' ');
}

std::vector<std::string> wrap_to_width(std::string_view text, std::size_t first_width,
                                       std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t line_cols = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        auto space = text.find(' ', pos);
        if (space == std::string_view::npos) {
            space = text.size();
        }
        const std::string_view word = text.substr(pos, space - pos);
        const std::size_t word_cols = display_width(word);
        const std::size_t limit = lines.empty() ? first_width : width;
        if (!line.empty() && line_cols + 1 + word_cols > limit) {
            lines.push_back(line);
            line.clear();
            line_cols = 0;
        }
        if (!word.empty()) {
            line_cols += (line.empty() ? 0 : 1) + word_cols;
            line += (line.empty() ? "" : " ") + std::string(word);
        }
        pos = space + 1;
    }
    if (!line.empty()) {
        lines.push_back(line);
    }
    return lines;
}

} // namespace candor::present
