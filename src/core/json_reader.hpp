#pragma once
/// \file json_reader.hpp
/// Validating access to a parsed JSON data file: every failure is a DataError naming the file,
/// the key path (e.g. "asset_classes[2].geometric_mean") and the line it stands on.

#include "data_error.hpp"
#include "market_data.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace candor::core {

class JsonReader {
  public:
    /// Parses `text`. A syntax error, a key given twice in one object and a number beyond the
    /// range of a double become a DataError with the line (and the key path of the last two).
    JsonReader(std::string_view text, std::string file_name);
    /// A document built in memory (a CSV record as the object a .candor file would hold); its
    /// errors name the key but no line.
    static JsonReader from_value(nlohmann::json value, std::string file_name) {
        return JsonReader(Built{}, std::move(value), std::move(file_name));
    }

    /// A view of one object or array inside the document, with its key path.
    class Node {
      public:
        Node(const JsonReader* doc, const nlohmann::json* value, std::string path)
            : doc_(doc), value_(value), path_(std::move(path)) {}

        const nlohmann::json& json() const { return *value_; }
        const std::string& path() const { return path_; }

        bool has(std::string_view key) const;
        Node at(std::string_view key) const; ///< required key
        std::optional<Node> find(std::string_view key) const;
        std::size_t size() const;         ///< array length (requires an array)
        Node at(std::size_t index) const; ///< array element

        std::string string(std::string_view key) const;
        std::optional<std::string> optional_string(std::string_view key) const;
        /// A required number within [lo, hi].
        double number(std::string_view key, double lo, double hi) const;
        std::optional<double> optional_number(std::string_view key, double lo, double hi) const;
        long integer(std::string_view key, long lo, long hi) const;

        /// Throws DataError for `key` of this node. `problem` is marked with CANDOR_N_ and may
        /// hold placeholders for `values`.
        [[noreturn]] void fail(const std::string& key, const std::string& problem,
                               std::vector<std::string> values = {}) const;
        /// Throws DataError for `key`: its value was refused by a field parser.
        [[noreturn]] void fail(const std::string& key, const InputError& cause) const;

      private:
        std::string child(std::string_view key) const;
        /// The value of `key`, or nullptr when this is no object or has no such key.
        const nlohmann::json* member(std::string_view key) const;
        /// The value of a required key (refused as at() refuses it), without the child's path:
        /// the readers of single values build a path only for an error.
        const nlohmann::json& required(std::string_view key) const;
        std::string string_of(std::string_view key, const nlohmann::json& v) const;
        double number_of(std::string_view key, const nlohmann::json& v, double lo, double hi) const;
        const JsonReader* doc_;
        const nlohmann::json* value_;
        std::string path_;
    };

    Node root() const { return {this, &json_, ""}; }
    const std::string& file_name() const { return file_; }
    /// The line on which `"key"` first appears after the start of the object at `path`;
    /// 0 when it cannot be found.
    int line_of(const std::string& path) const;
    /// The line of the byte at offset `byte` (1 for the first).
    int line_at(std::size_t byte) const;

  private:
    struct Built {};
    JsonReader(Built /*tag*/, nlohmann::json value, std::string file_name)
        : file_(std::move(file_name)), json_(std::move(value)) {}
    std::string text_;
    std::string file_;
    nlohmann::json json_;
};

/// A data file's "source" object: title, publisher, optional url, date.
Source read_source(const JsonReader::Node& n);

} // namespace candor::core
