// Fails when text Candor printed in another language still holds English (issue 15; see
// docs/translating.md, "No English left"). Two detectors:
//  1. a phrase of the template: every msgid of candor.pot, cut at its placeholders and at
//     sentence punctuation, gives phrases of three words or more; one found in the output is a
//     string that was not translated (unless the language's catalog keeps it as is);
//  2. English prose that was never marked: four words in a row of Latin letters among which
//     two are words only English uses ("the", "of", "with", "would"...).
// Phrases that may stay English (names of institutions and data series cited as sources) are
// listed one per line in an allowance file; they are cut out of the text before it is checked.
//   english_check POT PO ALLOWED OUTPUT...
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

// The text between the quotes of a PO string line, unescaped.
std::string po_string(const std::string& line) {
    const std::size_t open = line.find('"');
    const std::size_t close = line.rfind('"');
    std::string out;
    for (std::size_t i = open + 1; open != std::string::npos && i < close; ++i) {
        if (line[i] == '\\' && i + 1 < close) {
            ++i;
            out += line[i] == 'n' ? ' ' : line[i];
        } else {
            out += line[i];
        }
    }
    return out;
}

struct Entry {
    std::vector<std::string> ids; // msgid, msgid_plural
    std::string strs;             // every msgstr, joined
};

// Reads the entries of a PO or POT file: msgid, msgid_plural and msgstr[...] with continuations.
std::vector<Entry> read_po(const std::string& path) {
    std::vector<Entry> entries;
    std::string* target = nullptr;
    for (const std::string& line : lines_of(read_file(path))) {
        if (line.rfind("msgid ", 0) == 0) {
            entries.emplace_back();
            entries.back().ids.push_back(po_string(line));
            target = &entries.back().ids.back();
        } else if (line.rfind("msgid_plural ", 0) == 0 && !entries.empty()) {
            entries.back().ids.push_back(po_string(line));
            target = &entries.back().ids.back();
        } else if (line.rfind("msgstr", 0) == 0 && !entries.empty()) {
            entries.back().strs += ' ' + po_string(line);
            target = &entries.back().strs;
        } else if (!line.empty() && line[0] == '"' && target != nullptr) {
            *target += po_string(line);
        }
    }
    return entries;
}

bool is_word_char(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '\'';
}

int count_words(const std::string& s) {
    int words = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (is_word_char(s[i]) && (i == 0 || !is_word_char(s[i - 1])))
            ++words;
    return words;
}

std::string trim(const std::string& s) {
    const std::size_t a = s.find_first_not_of(" \t,;:.()\"'");
    if (a == std::string::npos)
        return {};
    const std::size_t b = s.find_last_not_of(" \t,;:.()\"'");
    return s.substr(a, b - a + 1);
}

// Cuts a msgid at placeholders ({0}, %s), accelerators and sentence punctuation.
std::vector<std::string> phrases_of(const std::string& id) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        const std::string t = trim(cur);
        if (count_words(t) >= 3 && t.size() >= 14)
            out.push_back(t);
        cur.clear();
    };
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        if (c == '{' || c == '%' || c == ':' || c == ';' || c == '(' || c == ')' || c == '\t' ||
            ((c == '.' || c == '?' || c == '!') && (i + 1 == id.size() || id[i + 1] == ' '))) {
            flush();
            if (c == '{')
                i = std::min(id.find('}', i), id.size());
        } else if (c != '&') {
            cur += c;
        }
    }
    flush();
    return out;
}

// The length of a direction mark, embedding or isolate (U+200E, U+200F, U+202A to U+202E,
// U+2066 to U+2069) starting at s[i], or 0: pdftotext puts them around right-to-left lines.
std::size_t direction_control(const std::string& s, std::size_t i) {
    if (i + 2 >= s.size() || s[i] != '\xE2')
        return 0;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    const bool marks = b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE));
    const bool isolates = b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9;
    return marks || isolates ? 3 : 0;
}

// Whitespace runs become one space; direction controls go.
std::string collapse_spaces(const std::string& text) {
    std::string s;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t skip = direction_control(text, i);
        if (skip > 0) {
            i += skip - 1;
        } else {
            s += text[i];
        }
    }
    std::string out;
    for (char c : s) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        if (space && (out.empty() || out.back() == ' '))
            continue;
        out += space ? ' ' : c;
    }
    return out;
}

const std::set<std::string>& english_only_words() {
    static const std::set<std::string> words = {
        "the",   "of",     "and", "with", "would", "your",  "this",  "that", "which",
        "from",  "are",    "is",  "were", "been",  "has",   "have",  "its",  "than",
        "could", "should", "not", "when", "where", "there", "their", "these"};
    return words;
}

struct Problem {
    std::string file;
    std::string what;
};

class Checker {
  public:
    Checker(const std::string& pot, const std::string& po, const std::string& allowed) {
        std::string kept; // msgstrs of the language: a phrase the catalog keeps is no problem
        for (const Entry& e : read_po(po))
            kept += ' ' + e.strs;
        for (const std::string& line : lines_of(read_file(allowed)))
            if (!line.empty() && line[0] != '#')
                allowed_.push_back(line);
        for (const Entry& e : read_po(pot))
            for (const std::string& id : e.ids)
                for (const std::string& p : phrases_of(id))
                    if (kept.find(p) == std::string::npos && !is_allowed(p))
                        phrases_.insert(p);
    }

    void check(const std::string& file, std::vector<Problem>& out) const {
        // The whole text, lines joined, so that phrases a layout wrapped are found too; the
        // allowed phrases are cut out first.
        std::string all;
        for (const std::string& l : lines_of(read_file(file)))
            all += l + ' ';
        all = cut_interleaved(collapse_spaces(all));
        for (const std::string& a : allowed_)
            for (std::size_t at = all.find(a); at != std::string::npos; at = all.find(a))
                all.replace(at, a.size(), " # ");
        for (const std::string& p : phrases_)
            if (all.find(p) != std::string::npos)
                out.push_back({file, "'" + p + "'"});
        check_prose(file, all, out);
    }

  private:
    // pdftotext can put two cells of a table row on the same lines: a cited title (ASCII)
    // beside a description in Arabic, "... تخلو من Investigation of Failure of the SEC to /
    // أشهر الخسارة Uncover Bernard Madoff's ...". An allowed phrase whose words come in order
    // with only words holding other scripts between them is cut out as well (its words become
    // "#"); the words between stay.
    std::string cut_interleaved(const std::string& all) const {
        std::vector<std::string> words;
        std::istringstream in(all);
        for (std::string w; in >> w;)
            words.push_back(w);
        std::vector<std::size_t> ascii; // indices of the words written in ASCII only
        std::string joined;             // those words, one space apart
        for (std::size_t i = 0; i < words.size(); ++i)
            if (std::all_of(words[i].begin(), words[i].end(),
                            [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
                joined += (joined.empty() ? "" : " ") + words[i];
                ascii.push_back(i);
            }
        for (const std::string& a : allowed_)
            for (std::size_t at = joined.find(a); at != std::string::npos;
                 at = joined.find(a, at + 1))
                blank_words(joined, at, a.size(), ascii, words);
        std::string out;
        for (const std::string& w : words)
            out += w + ' ';
        return out;
    }

    // Replaces by "#" the words of `words` behind characters [at, at + size) of `joined`.
    static void blank_words(const std::string& joined, std::size_t at, std::size_t size,
                            const std::vector<std::size_t>& ascii,
                            std::vector<std::string>& words) {
        const auto first = static_cast<std::size_t>(
            std::count(joined.begin(), joined.begin() + static_cast<std::ptrdiff_t>(at), ' '));
        const auto last = static_cast<std::size_t>(std::count(
            joined.begin(), joined.begin() + static_cast<std::ptrdiff_t>(at + size), ' '));
        for (std::size_t k = first; k <= last && k < ascii.size(); ++k)
            words[ascii[k]] = "#";
    }

    bool is_allowed(const std::string& text) const {
        return std::any_of(allowed_.begin(), allowed_.end(),
                           [&](const std::string& a) { return text.find(a) != std::string::npos; });
    }

    // Detector 2: four words of Latin letters in a row, two of them English only. Reports
    // each such run once, with the text around it.
    static void check_prose(const std::string& file, const std::string& all,
                            std::vector<Problem>& out) {
        std::vector<std::size_t> run; // offsets of the words of the current run
        int english = 0;
        std::size_t pos = 0;
        while (pos < all.size()) {
            const std::size_t end = std::min(all.find(' ', pos), all.size());
            const std::string t = trim(all.substr(pos, end - pos));
            const bool latin = !t.empty() && std::all_of(t.begin(), t.end(), is_word_char);
            if (!latin) {
                run.clear();
                english = 0;
            } else {
                std::string lower = t;
                std::transform(lower.begin(), lower.end(), lower.begin(),
                               [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
                run.push_back(pos);
                english += english_only_words().count(lower) != 0 ? 1 : 0;
                if (run.size() >= 4 && english >= 2) {
                    const std::size_t from = run.front() > 30 ? run.front() - 30 : 0;
                    out.push_back({file, "prose: '" + all.substr(from, end + 30 - from) + "'"});
                    run.clear();
                    english = 0;
                }
            }
            pos = end + 1;
        }
    }

    std::set<std::string> phrases_;
    std::vector<std::string> allowed_;
};

} // namespace

int main(int argc, char** argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: english_check POT PO ALLOWED OUTPUT...\n");
        return 2;
    }
    const Checker checker(argv[1], argv[2], argv[3]);
    std::vector<Problem> problems;
    for (int a = 4; a < argc; ++a)
        checker.check(argv[a], problems);
    for (const Problem& p : problems)
        std::printf("%s: untranslated English: %s\n", p.file.c_str(), p.what.c_str());
    std::printf("english check: %d file(s), %zu problem(s)\n", argc - 4, problems.size());
    return problems.empty() ? 0 : 1;
}
