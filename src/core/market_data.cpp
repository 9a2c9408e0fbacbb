#include "market_data.hpp"

#include "data_error.hpp"
#include "json_reader.hpp"

#include <fstream>
#include <set>
#include <sstream>

namespace candor::embedded {
std::string_view benchmarks_json();
}

namespace candor::core {

namespace {

Source read_source(const JsonReader::Node& n) {
    Source s;
    s.title = n.string("title");
    s.publisher = n.string("publisher");
    s.url = n.optional_string("url").value_or("");
    s.date = n.string("date");
    return s;
}

YearReturn read_year(const JsonReader::Node& n) {
    return {static_cast<int>(n.integer("year", 1800, 2100)), n.number("return", -1.0, 10.0)};
}

} // namespace

MarketData MarketData::parse(std::string_view json_text, const std::string& file_name) {
    const JsonReader doc(json_text, file_name);
    const auto root = doc.root();
    const long version = root.integer("schema_version", 1, 1);
    (void)version;
    MarketData md;
    md.file_name_ = file_name;
    const auto list = root.at("asset_classes");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto n = list.at(i);
        AssetClass a;
        a.id = n.string("id");
        if (!seen.insert(a.id).second) {
            n.fail("id", "duplicate id '" + a.id + "'");
        }
        a.name = n.string("name");
        a.kind = n.string("kind");
        if (a.kind != "return" && a.kind != "inflation") {
            n.fail("kind", R"(expected "return" or "inflation")");
        }
        a.arithmetic_mean = n.number("arithmetic_mean", -0.5, 1.0);
        a.geometric_mean = n.number("geometric_mean", -0.5, 1.0);
        if (a.geometric_mean > a.arithmetic_mean + 1e-12) {
            n.fail("geometric_mean", "must not exceed arithmetic_mean (AM-GM inequality)");
        }
        a.period = n.string("period");
        a.best_year = read_year(n.at("best_year"));
        a.worst_year = read_year(n.at("worst_year"));
        if (a.worst_year.value > a.best_year.value) {
            n.fail("worst_year", "worst year's return exceeds the best year's");
        }
        if (a.best_year.value < a.arithmetic_mean || a.worst_year.value > a.arithmetic_mean) {
            n.fail("best_year", "best and worst years must bracket the arithmetic mean");
        }
        if (const auto c = n.find("current")) {
            a.current =
                CurrentFigure{c->number("value", -0.5, 1.0), c->string("as_of"), c->string("what")};
        }
        a.source = read_source(n.at("source"));
        md.classes_.push_back(std::move(a));
    }
    const auto defaults = root.at("defaults");
    md.default_benchmark_ = defaults.string("benchmark");
    md.default_inflation_ = defaults.string("inflation");
    for (const auto* key : {"benchmark", "inflation"}) {
        const std::string id = defaults.string(key);
        const AssetClass* a = md.find(id);
        if (a == nullptr) {
            defaults.fail(key, "names no entry of asset_classes: '" + id + "'");
        }
        if (!a->current) {
            defaults.fail(key, "'" + id + "' has no current figure to default to");
        }
    }
    return md;
}

const MarketData& MarketData::builtin() {
    static const MarketData md = parse(embedded::benchmarks_json(), "benchmarks.json (built-in)");
    return md;
}

MarketData MarketData::load_file(const std::string& path) {
    return parse(read_text_file(path), path);
}

const AssetClass* MarketData::find(std::string_view id) const {
    for (const auto& a : classes_) {
        if (a.id == id) {
            return &a;
        }
    }
    return nullptr;
}

const AssetClass& MarketData::get(std::string_view id) const {
    if (const auto* a = find(id)) {
        return *a;
    }
    throw DataError(file_name_, std::string(id), "no such asset class");
}

std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw DataError(path, "", "cannot be opened for reading");
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) {
        throw DataError(path, "", "could not be read");
    }
    return ss.str();
}

} // namespace candor::core
