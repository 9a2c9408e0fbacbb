// glossary_check: does a message catalog follow its language's glossary?
//
//   glossary_check GLOSSARY.tsv CATALOG.po
//
// The glossary (locale/glossary/<lang>.tsv, docs/translating.md) has one term a line, four
// columns separated by tabs:
//
//   English term    accepted renderings    renderings to avoid    note
//
// The English term is an ECMAScript regular expression matched, ignoring case, against each
// msgid (msgid_plural for the plural forms). On both sides, what is not words to translate is
// left out first: {placeholders}, --options and file names (they stay English), and the '&' of a
// menu accelerator. Renderings are
// separated by '|' and matched as substrings of the msgstr after folding: case folded, Arabic
// short vowels and tatweel removed, bidi marks removed, no-break spaces made spaces and typographic
// apostrophes made straight. Lines that start with '#' and the first line (the header) are
// ignored.
//
// A catalog fails when
//   - a msgstr whose msgid contains a term uses none of the term's accepted renderings, or
//   - any msgstr uses a rendering to avoid.
// A translator comment "# glossary-ok: TERM" (TERM as in the glossary's first column) on an entry
// exempts that entry from the first rule for that term; the second rule has no exemption.
//
// Exit code 0 when the catalog follows the glossary, 1 when it does not, 2 when a file cannot be
// read or the glossary is malformed. Every problem is printed as FILE:LINE: ...
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstddef>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Term {
    std::string english;
    std::regex pattern;
    std::vector<std::string> accepted; // folded
    std::vector<std::string> avoided;  // folded
    std::vector<std::string> avoided_raw;
    int line = 0;
};

struct Entry {
    int line = 0;
    std::string msgid;
    std::string msgid_plural;
    std::vector<std::string> msgstr;
    std::vector<std::string> comments; // translator comments, without "# "
    bool obsolete = false;
};

// Case folded, Arabic harakat (U+064B..U+0652, U+0670) and tatweel removed, bidi controls removed,
// no-break spaces as spaces, typographic apostrophes straight, U+0307 (from folding "İ") removed.
std::string fold(const std::string& text) {
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(text);
    s.foldCase(U_FOLD_CASE_DEFAULT);
    icu::UnicodeString out;
    for (int32_t i = 0; i < s.length();) {
        const UChar32 c = s.char32At(i);
        i += U16_LENGTH(c);
        if ((c >= 0x064B && c <= 0x0652) || c == 0x0670 || c == 0x0640 || c == 0x0307)
            continue;
        if (c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) ||
            (c >= 0x2066 && c <= 0x2069))
            continue;
        if (c == 0x00A0 || c == 0x202F || c == 0x2009)
            out.append(UChar32{' '});
        else if (c == 0x2019 || c == 0x02BC)
            out.append(UChar32{'\''});
        else
            out.append(c);
    }
    std::string result;
    out.toUTF8String(result);
    return result;
}

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(s);
    while (std::getline(in, part, sep))
        parts.push_back(part);
    if (!s.empty() && s.back() == sep)
        parts.emplace_back();
    return parts;
}

std::vector<std::string> renderings(const std::string& column) {
    std::vector<std::string> out;
    for (const auto& r : split(column, '|')) {
        const std::string t = trim(r);
        if (!t.empty())
            out.push_back(t);
    }
    return out;
}

bool read_glossary(const std::string& path, std::vector<Term>& terms) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << path << ": cannot be read\n";
        return false;
    }
    std::string line;
    int number = 0;
    bool ok = true;
    while (std::getline(in, line)) {
        ++number;
        if (number == 1 || trim(line).empty() || line.front() == '#')
            continue;
        const auto columns = split(line, '\t');
        if (columns.size() < 3 || trim(columns[0]).empty()) {
            std::cerr << path << ':' << number
                      << ": expected at least 3 tab-separated columns (English term, accepted "
                         "renderings, renderings to avoid)\n";
            ok = false;
            continue;
        }
        Term term;
        term.english = trim(columns[0]);
        term.line = number;
        try {
            term.pattern = std::regex(term.english, std::regex::ECMAScript | std::regex::icase);
        } catch (const std::regex_error& e) {
            std::cerr << path << ':' << number << ": the English term is not a valid regular "
                      << "expression: " << e.what() << '\n';
            ok = false;
            continue;
        }
        for (const auto& r : renderings(columns[1]))
            term.accepted.push_back(fold(r));
        term.avoided_raw = renderings(columns[2]);
        for (const auto& r : term.avoided_raw)
            term.avoided.push_back(fold(r));
        if (term.accepted.empty()) {
            std::cerr << path << ':' << number << ": '" << term.english
                      << "' has no accepted rendering\n";
            ok = false;
            continue;
        }
        for (const auto& a : term.accepted)
            for (std::size_t k = 0; k < term.avoided.size(); ++k)
                if (a.find(term.avoided[k]) != std::string::npos) {
                    std::cerr << path << ':' << number << ": the accepted rendering '" << a
                              << "' contains the avoided '" << term.avoided_raw[k] << "'\n";
                    ok = false;
                }
        terms.push_back(std::move(term));
    }
    return ok;
}

std::string unescape(const std::string& quoted) {
    std::string out;
    const auto first = quoted.find('"');
    const auto last = quoted.rfind('"');
    if (first == std::string::npos || last <= first)
        return out;
    for (std::size_t i = first + 1; i < last; ++i) {
        char c = quoted[i];
        if (c == '\\' && i + 1 < last) {
            const char n = quoted[++i];
            c = n == 'n' ? '\n' : n == 't' ? '\t' : n;
        }
        out += c;
    }
    return out;
}

bool read_catalog(const std::string& path, std::vector<Entry>& entries) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << path << ": cannot be read\n";
        return false;
    }
    Entry current;
    std::string* target = nullptr;
    bool in_strings = false;
    auto finish = [&] {
        if (in_strings && !current.obsolete && !current.msgid.empty())
            entries.push_back(current);
        current = Entry{};
        target = nullptr;
        in_strings = false;
    };
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const std::string t = trim(line);
        if (t.empty()) {
            finish();
            continue;
        }
        if (t.front() == '#') {
            if (in_strings)
                finish();
            if (t.rfind("#~", 0) == 0)
                current.obsolete = true;
            else if (t.size() == 1 || t[1] == ' ')
                current.comments.push_back(trim(t.substr(1)));
            continue;
        }
        if (t.front() == '"') {
            if (target)
                *target += unescape(t);
            continue;
        }
        if (t.rfind("msgctxt", 0) == 0) {
            if (in_strings)
                finish();
            target = nullptr;
            continue;
        }
        if (t.rfind("msgid_plural", 0) == 0) {
            current.msgid_plural = unescape(t);
            target = &current.msgid_plural;
        } else if (t.rfind("msgid", 0) == 0) {
            if (in_strings && !current.msgstr.empty())
                finish();
            in_strings = true;
            current.line = number;
            current.msgid = unescape(t);
            target = &current.msgid;
        } else if (t.rfind("msgstr", 0) == 0) {
            current.msgstr.push_back(unescape(t));
            target = &current.msgstr.back();
        }
    }
    finish();
    return true;
}

// The text without what is not words to translate: {placeholders} (names), --options (kept in
// English in every language) and the '&' that marks a menu accelerator.
std::string words_only(const std::string& s) {
    static const std::regex names(
        R"(\{[A-Za-z0-9_]*\}|--[A-Za-z][A-Za-z0-9-]*|[A-Za-z0-9_./-]+\.(json|md|candor|csv|pdf|png|svg)\b)");
    static const std::regex accelerator("&");
    return std::regex_replace(std::regex_replace(s, names, " "), accelerator, "");
}

bool exempt(const Entry& e, const Term& term) {
    for (const auto& c : e.comments)
        if (c.rfind("glossary-ok:", 0) == 0 && trim(c.substr(12)) == term.english)
            return true;
    return false;
}

std::string one_line(std::string s) {
    for (auto& c : s)
        if (c == '\n')
            c = ' ';
    return s.size() > 90 ? s.substr(0, 87) + "..." : s;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: glossary_check GLOSSARY.tsv CATALOG.po\n";
        return 2;
    }
    const std::string glossary_path = argv[1];
    const std::string catalog_path = argv[2];
    std::vector<Term> terms;
    std::vector<Entry> entries;
    if (!read_glossary(glossary_path, terms) || !read_catalog(catalog_path, entries))
        return 2;

    int problems = 0;
    std::vector<int> uses(terms.size(), 0);
    for (const auto& e : entries) {
        for (std::size_t k = 0; k < e.msgstr.size(); ++k) {
            const std::string& source =
                (k > 0 && !e.msgid_plural.empty()) ? e.msgid_plural : e.msgid;
            const std::string english = words_only(source);
            const std::string translated = fold(words_only(e.msgstr[k]));
            if (e.msgstr[k].empty())
                continue;
            for (std::size_t t = 0; t < terms.size(); ++t) {
                const Term& term = terms[t];
                for (std::size_t a = 0; a < term.avoided.size(); ++a)
                    if (translated.find(term.avoided[a]) != std::string::npos) {
                        std::cout << catalog_path << ':' << e.line << ": uses '"
                                  << term.avoided_raw[a] << "', to avoid for '" << term.english
                                  << "' (" << glossary_path << ':' << term.line
                                  << "): " << one_line(e.msgstr[k]) << '\n';
                        ++problems;
                    }
                if (!std::regex_search(english, term.pattern))
                    continue;
                ++uses[t];
                bool found = false;
                for (const auto& a : term.accepted)
                    found = found || translated.find(a) != std::string::npos;
                if (!found && !exempt(e, term)) {
                    std::cout << catalog_path << ':' << e.line << ": '" << term.english
                              << "' is in the msgid but msgstr"
                              << (e.msgstr.size() > 1 ? "[" + std::to_string(k) + "]" : "")
                              << " has none of its accepted renderings (" << glossary_path << ':'
                              << term.line << "): " << one_line(source) << " -> "
                              << one_line(e.msgstr[k]) << '\n';
                    ++problems;
                }
            }
        }
    }
    std::cout << catalog_path << ": " << entries.size() << " entries, " << terms.size()
              << " glossary terms";
    std::size_t unused = 0;
    for (const int u : uses)
        unused += u == 0 ? 1 : 0;
    if (unused > 0)
        std::cout << " (" << unused << " not in any msgid)";
    std::cout << '\n';
    if (problems > 0) {
        std::cout << "glossary check FAILED: " << problems << " problem(s)\n";
        return 1;
    }
    std::cout << "glossary check passed\n";
    return 0;
}
