// Lists every function body longer than a limit in the C++ files under some folders, and fails
// when there is one (docs/architecture.md, "Checks"). A scanner, not a compiler: comments,
// strings and preprocessor lines are blanked, then braces are followed. A brace opened at
// namespace or class scope after a parenthesis starts a function; it ends where the depth
// returns, unless a constructor's initializer list goes on (", x{...}" or "} {").
//   function_length LIMIT DIR...
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Finding {
    std::string file;
    int line = 0;
    int length = 0;
    std::string name;
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Skips a raw string literal starting at text[i] == 'R' followed by '"'; blanks it but keeps
// its newlines. Returns the index after it.
std::size_t blank_raw_string(std::string& text, std::size_t i) {
    const std::size_t open = text.find('(', i);
    if (open == std::string::npos)
        return text.size();
    const std::string close = ")" + text.substr(i + 2, open - i - 2) + "\"";
    std::size_t end = text.find(close, open);
    end = end == std::string::npos ? text.size() : end + close.size();
    for (std::size_t k = i; k < end; ++k)
        if (text[k] != '\n')
            text[k] = ' ';
    return end;
}

// Blanks a quoted literal starting at text[i]; returns the index after it.
std::size_t blank_quoted(std::string& text, std::size_t i) {
    const char quote = text[i];
    std::size_t k = i + 1;
    while (k < text.size() && text[k] != quote && text[k] != '\n')
        k += text[k] == '\\' ? 2 : 1;
    const std::size_t end = std::min(k + 1, text.size());
    for (std::size_t j = i; j < end; ++j)
        text[j] = ' ';
    return end;
}

// Comments, string and character literals and preprocessor lines become spaces; newlines stay.
std::string code_only(std::string text) {
    std::size_t i = 0;
    bool line_start = true;
    while (i < text.size()) {
        const char c = text[i];
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        if (c == '\n') {
            line_start = true;
            ++i;
        } else if (line_start && c == '#') {
            while (i < text.size() && text[i] != '\n') {
                const bool continued =
                    text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '\n';
                text[i] = ' ';
                i += continued ? 2 : 1;
            }
        } else if (c == '/' && next == '/') {
            while (i < text.size() && text[i] != '\n')
                text[i++] = ' ';
        } else if (c == '/' && next == '*') {
            const std::size_t end = std::min(text.find("*/", i + 2), text.size() - 2) + 2;
            for (; i < end; ++i)
                if (text[i] != '\n')
                    text[i] = ' ';
        } else if (c == 'R' && next == '"' && (i == 0 || std::isalnum(text[i - 1]) == 0)) {
            i = blank_raw_string(text, i);
        } else if (c == '"' || (c == '\'' && (i == 0 || std::isxdigit(text[i - 1]) == 0))) {
            i = blank_quoted(text, i);
        } else {
            if (std::isspace(static_cast<unsigned char>(c)) == 0)
                line_start = false;
            ++i;
        }
    }
    return text;
}

enum class Scope { outer, function, block };

bool starts_with_word(const std::string& header, const char* word) {
    const std::size_t start = header.find_first_not_of(" \t\n");
    if (start == std::string::npos)
        return false;
    const std::string w = word;
    return header.compare(start, w.size(), w) == 0 &&
           (start + w.size() >= header.size() ||
            std::isalnum(static_cast<unsigned char>(header[start + w.size()])) == 0);
}

bool opens_type_or_namespace(const std::string& header) {
    for (const char* word : {"namespace", "class", "struct", "union", "enum", "extern", "template"})
        if (starts_with_word(header, word) && header.find('(') == std::string::npos)
            return true;
    return header.find('(') == std::string::npos && header.find('=') == std::string::npos &&
           header.find_first_not_of(" \t\n") != std::string::npos &&
           (header.find("class ") != std::string::npos ||
            header.find("struct ") != std::string::npos);
}

std::string first_line(const std::string& header) {
    const std::size_t start = header.find_first_not_of(" \t\n");
    if (start == std::string::npos)
        return {};
    std::string line = header.substr(start, header.find('\n', start) - start);
    return line.size() > 90 ? line.substr(0, 90) + "..." : line;
}

char next_code_char(const std::string& code, std::size_t i) {
    const std::size_t k = code.find_first_not_of(" \t\n", i + 1);
    return k == std::string::npos ? '\0' : code[k];
}

class Scanner {
  public:
    Scanner(std::string file, int limit) : file_(std::move(file)), limit_(limit) {}

    void scan(const std::string& code, std::vector<Finding>& out) {
        int line = 1;
        std::size_t header_start = 0;
        for (std::size_t i = 0; i < code.size(); ++i) {
            const char c = code[i];
            if (c == '\n')
                ++line;
            if (c == ';' || c == '{' || c == '}') {
                if (c == '{')
                    open(code.substr(header_start, i - header_start),
                         line_of(code, header_start, line, i));
                if (c == '}')
                    close(code, i, line, out);
                header_start = i + 1;
            }
        }
    }

  private:
    static int line_of(const std::string& code, std::size_t start, int line_now, std::size_t now) {
        std::size_t k = code.find_first_not_of(" \t\n", start);
        if (k == std::string::npos || k > now)
            k = now;
        int newlines = 0;
        for (std::size_t j = k; j < now; ++j)
            newlines += code[j] == '\n' ? 1 : 0;
        return line_now - newlines;
    }

    void open(const std::string& header, int header_line) {
        const bool at_outer = stack_.empty() || stack_.back() == Scope::outer;
        if (!at_outer) {
            stack_.push_back(Scope::block);
            return;
        }
        if (continuing_) {
            stack_.push_back(Scope::function);
            return;
        }
        if (opens_type_or_namespace(header) || header.find('(') == std::string::npos) {
            stack_.push_back(opens_type_or_namespace(header) ? Scope::outer : Scope::block);
            return;
        }
        stack_.push_back(Scope::function);
        start_line_ = header_line;
        name_ = first_line(header);
    }

    void close(const std::string& code, std::size_t i, int line, std::vector<Finding>& out) {
        if (stack_.empty())
            return;
        const Scope closed = stack_.back();
        stack_.pop_back();
        if (closed != Scope::function)
            return;
        const char after = next_code_char(code, i);
        continuing_ = after == ',' || after == '{';
        if (continuing_)
            return;
        const int length = line - start_line_ + 1;
        if (length > limit_)
            out.push_back({file_, start_line_, length, name_});
    }

    std::string file_;
    int limit_;
    std::vector<Scope> stack_;
    bool continuing_ = false;
    int start_line_ = 0;
    std::string name_;
};

bool is_source(const fs::path& path) {
    const std::string ext = path.extension().string();
    return ext == ".cpp" || ext == ".hpp" || ext == ".h" || ext == ".cc";
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: function_length LIMIT DIR...\n");
        return 2;
    }
    const int limit = std::atoi(argv[1]);
    std::vector<Finding> findings;
    int files = 0;
    for (int a = 2; a < argc; ++a) {
        for (const auto& entry : fs::recursive_directory_iterator(argv[a])) {
            if (!entry.is_regular_file() || !is_source(entry.path()))
                continue;
            ++files;
            Scanner(entry.path().string(), limit)
                .scan(code_only(read_file(entry.path())), findings);
        }
    }
    for (const Finding& f : findings)
        std::printf("%s:%d: %d lines (limit %d): %s\n", f.file.c_str(), f.line, f.length, limit,
                    f.name.c_str());
    std::printf("function length: %d files, %zu function(s) over %d lines\n", files,
                findings.size(), limit);
    return findings.empty() && files > 0 ? 0 : 1;
}
