#include "offer_stream.hpp"

#include "data_error.hpp"
#include "input_error.hpp"
#include "json_reader.hpp"
#include "limits.hpp"
#include "plausible.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <set>

namespace candor::core {

namespace {

/// The record as a DataError of the stream: the key stays, the line is the record's.
[[noreturn]] void rethrow_at(const DataError& e, long line) {
    throw e.at_line(static_cast<int>(line));
}

std::string trimmed(std::string_view s) {
    const auto b = s.find_first_not_of(' ');
    if (b == std::string_view::npos) {
        return {};
    }
    const auto e = s.find_last_not_of(' ');
    return std::string(s.substr(b, e - b + 1));
}

/// A CSV number as JSON: the number when the whole field reads as one (locale-free), else
/// the text, which the reader then refuses with the range it expects.
nlohmann::json csv_number(const std::string& text, bool integer) {
    const char* first = text.data();
    const char* last = text.data() + text.size();
    if (integer) {
        long v = 0;
        const auto r = std::from_chars(first, last, v);
        if (r.ec == std::errc() && r.ptr == last) {
            return v;
        }
    } else {
        double v = 0.0;
        const auto r = std::from_chars(first, last, v);
        if (r.ec == std::errc() && r.ptr == last) {
            return v;
        }
    }
    return text;
}

enum class Column { Text, Integer, Number, Mix, Claims, Assumption, AssumptionText };

struct ColumnSpec {
    const char* name;
    Column kind;
};

constexpr ColumnSpec csv_specs[] = {
    {"name", Column::Text},
    {"principal", Column::Text},
    {"asset", Column::Text},
    {"days", Column::Integer},
    {"start", Column::Text},
    {"end", Column::Text},
    {"day_count", Column::Text},
    {"payout", Column::Text},
    {"rate", Column::Number},
    {"compounding", Column::Text},
    {"claimed_mix", Column::Mix},
    {"benchmark_rate", Column::Assumption},
    {"inflation", Column::Assumption},
    {"recovery", Column::Assumption},
    {"tax_on_gains", Column::Assumption},
    {"entry_fee", Column::AssumptionText},
    {"exit_fee", Column::AssumptionText},
    {"insured", Column::Text},
    {"scenario", Column::Text},
    {"claims", Column::Claims},
};

const ColumnSpec* spec_of(const std::string& name) {
    for (const auto& c : csv_specs) {
        if (name == c.name) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace

const std::vector<std::string>& offer_csv_columns() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (const auto& c : csv_specs) {
            v.emplace_back(c.name);
        }
        return v;
    }();
    return names;
}

LineReader::LineReader(int fd, std::string name, std::size_t max_bytes,
                       const volatile std::sig_atomic_t* stop)
    : fd_(fd), name_(std::move(name)), max_(max_bytes), stop_(stop), buffer_(1 << 16) {}

bool LineReader::fill() {
    while (true) {
        const ssize_t n = ::read(fd_, buffer_.data(), buffer_.size());
        if (n > 0) {
            pos_ = 0;
            end_ = static_cast<std::size_t>(n);
            return true;
        }
        if (n == 0) {
            eof_ = true;
            return false;
        }
        if (errno == EINTR) {
            if (stop_ != nullptr && *stop_ != 0) {
                stopped_ = true;
                return false;
            }
            continue;
        }
        throw DataError(name_, "", CANDOR_N_("could not be read ({0})"),
                        static_cast<int>(line_ + 1), {std::strerror(errno)});
    }
}

LineReader::Status LineReader::next(std::string& line) {
    line.clear();
    while (true) {
        if (pos_ == end_ && (eof_ || !fill())) {
            if (stopped_) {
                stopped_ = false;
                return Status::Stopped;
            }
            if (line.empty()) {
                return Status::End;
            }
            break; // a last line without "\n"
        }
        const char* begin = buffer_.data() + pos_;
        const char* stop = buffer_.data() + end_;
        const char* nl = std::find(begin, stop, '\n');
        line.append(begin, nl);
        pos_ = static_cast<std::size_t>(nl - buffer_.data());
        if (line.size() > max_ + 1) { // + 1: a "\r" before the "\n"
            throw DataError(name_, "",
                            CANDOR_N_("a line longer than {0} bytes, the most read as one record"),
                            static_cast<int>(line_ + 1), {std::to_string(max_)});
        }
        if (nl != stop) {
            ++pos_; // past the "\n"
            break;
        }
    }
    ++line_;
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    if (line.size() > max_) {
        throw DataError(name_, "",
                        CANDOR_N_("a line longer than {0} bytes, the most read as one record"),
                        static_cast<int>(line_), {std::to_string(max_)});
    }
    return Status::Line;
}

bool split_csv_record(std::string_view record, std::vector<std::string>& fields,
                      const std::string& file, long line) {
    fields.clear();
    std::string field;
    std::size_t i = 0;
    while (true) {
        field.clear();
        if (i < record.size() && record[i] == '"') {
            ++i;
            while (true) {
                if (i >= record.size()) {
                    return false; // the quoted field goes on in the next line
                }
                if (record[i] == '"') {
                    if (i + 1 < record.size() && record[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += record[i++];
            }
            if (i < record.size() && record[i] != ',') {
                throw DataError(file, "", CANDOR_N_("text after a closing quote in a CSV field"),
                                static_cast<int>(line));
            }
        } else {
            const std::size_t comma = std::min(record.find(',', i), record.size());
            const std::string_view raw = record.substr(i, comma - i);
            if (raw.find('"') != std::string_view::npos) {
                throw DataError(file, "", CANDOR_N_("a quote inside an unquoted CSV field"),
                                static_cast<int>(line));
            }
            field.assign(raw);
            i = comma;
        }
        fields.push_back(field);
        if (i >= record.size()) {
            return true;
        }
        ++i; // past the comma
    }
}

OfferStream::OfferStream(const std::string& path, StreamFormat format, Assumptions defaults,
                         const volatile std::sig_atomic_t* stop)
    : path_(path), format_(format), defaults_(std::move(defaults)),
      fd_(path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC)),
      own_fd_(path != "-"), lines_(fd_, path, max_record_bytes, stop) {
    if (fd_ < 0) {
        throw DataError(path, "", CANDOR_N_("cannot be opened for reading"));
    }
}

OfferStream::~OfferStream() {
    if (own_fd_ && fd_ >= 0) {
        ::close(fd_);
    }
}

bool OfferStream::next_record(std::string& record, long& first_line) {
    while (true) {
        const LineReader::Status s = lines_.next(line_);
        if (s == LineReader::Status::Stopped) {
            stopped_ = true;
            return false;
        }
        if (s == LineReader::Status::End) {
            return false;
        }
        if (lines_.line_number() == 1 && line_.starts_with("\xEF\xBB\xBF")) {
            line_.erase(0, 3); // a byte order mark, as spreadsheets write
        }
        if (line_.find_first_not_of(" \t") == std::string::npos) {
            continue; // blank lines between records
        }
        record = line_;
        first_line = lines_.line_number();
        return true;
    }
}

void OfferStream::read_header() {
    long line = 0;
    std::string record;
    if (!next_record(record, line)) {
        return;
    }
    std::vector<std::string> fields;
    if (!split_csv_record(record, fields, path_, line)) {
        throw DataError(path_, "", CANDOR_N_("a quoted CSV field that is never closed"),
                        static_cast<int>(line));
    }
    std::set<std::string> seen;
    std::string accepted;
    for (const auto& c : offer_csv_columns()) {
        accepted += (accepted.empty() ? "" : ", ") + c;
    }
    for (const auto& f : fields) {
        const std::string name = trimmed(f);
        if (spec_of(name) == nullptr) {
            throw DataError(path_, name, CANDOR_N_("an unknown column; the columns are {0}"),
                            static_cast<int>(line), {accepted});
        }
        if (!seen.insert(name).second) {
            throw DataError(path_, name, CANDOR_N_("given twice in the same object"),
                            static_cast<int>(line));
        }
        header_.push_back(name);
    }
}

OfferEntry OfferStream::from_csv(const std::vector<std::string>& fields, long line) const {
    if (fields.size() != header_.size()) {
        throw DataError(path_, "", CANDOR_N_("{0} fields where the header names {1}"),
                        static_cast<int>(line),
                        {std::to_string(fields.size()), std::to_string(header_.size())});
    }
    nlohmann::json offer = nlohmann::json::object();
    nlohmann::json assumptions = nlohmann::json::object();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string& text = fields[i];
        if (trimmed(text).empty()) {
            continue; // an empty field: the key is left out
        }
        const ColumnSpec& c = *spec_of(header_[i]);
        switch (c.kind) {
        case Column::Text:
            offer[c.name] = text;
            break;
        case Column::Integer:
            offer[c.name] = csv_number(trimmed(text), true);
            break;
        case Column::Number:
            offer[c.name] = csv_number(trimmed(text), false);
            break;
        case Column::Assumption:
            assumptions[c.name] = csv_number(trimmed(text), false);
            break;
        case Column::AssumptionText:
            assumptions[c.name] = text;
            break;
        case Column::Mix: {
            try {
                offer[c.name] = parse_mix(text, c.name);
            } catch (const InputError& e) {
                throw DataError(path_, c.name, e, static_cast<int>(line));
            }
            break;
        }
        case Column::Claims: {
            nlohmann::json list = nlohmann::json::array();
            std::size_t p = 0;
            while (p <= text.size()) {
                const std::size_t comma = std::min(text.find(',', p), text.size());
                if (std::string id = trimmed(std::string_view(text).substr(p, comma - p));
                    !id.empty()) {
                    list.push_back(std::move(id));
                }
                p = comma + 1;
            }
            offer[c.name] = std::move(list);
            break;
        }
        }
    }
    if (!assumptions.empty()) {
        offer["assumptions"] = std::move(assumptions);
    }
    try {
        const JsonReader doc = JsonReader::from_value(std::move(offer), path_);
        return offer_entry_from_json(doc.root(), defaults_);
    } catch (const DataError& e) {
        // The column's name: assumptions are columns of their own in CSV.
        const std::string& key = e.key();
        if (key.starts_with("assumptions.")) {
            const DataError renamed =
                e.cause() != nullptr
                    ? DataError(path_, key.substr(12), *e.cause(), static_cast<int>(line))
                    : DataError(path_, key.substr(12), e.problem_template(), static_cast<int>(line),
                                e.values());
            throw renamed;
        }
        rethrow_at(e, line);
    }
}

bool OfferStream::next(OfferEntry& out) {
    if (format_ == StreamFormat::JsonLines) {
        long line = 0;
        // record_ keeps its capacity from one line to the next: no allocation per record.
        if (!next_record(record_, line)) {
            return false;
        }
        try {
            const JsonReader doc(record_, path_);
            out = offer_entry_from_json(doc.root(), defaults_);
        } catch (const DataError& e) {
            rethrow_at(e, line);
        }
        return true;
    }
    if (header_.empty()) {
        read_header();
        if (header_.empty()) {
            return false;
        }
    }
    long line = 0;
    if (!next_record(record_, line)) {
        return false;
    }
    std::vector<std::string> fields;
    while (!split_csv_record(record_, fields, path_, line)) {
        // A quoted field goes on: the record takes the next line, line break included.
        const LineReader::Status s = lines_.next(line_);
        if (s == LineReader::Status::Stopped) {
            stopped_ = true;
            return false;
        }
        if (s == LineReader::Status::End) {
            throw DataError(path_, "", CANDOR_N_("a quoted CSV field that is never closed"),
                            static_cast<int>(line));
        }
        record_ += '\n';
        record_ += line_;
        if (record_.size() > max_record_bytes) {
            throw DataError(path_, "",
                            CANDOR_N_("a line longer than {0} bytes, the most read as one record"),
                            static_cast<int>(line), {std::to_string(max_record_bytes)});
        }
    }
    out = from_csv(fields, line);
    return true;
}

} // namespace candor::core
