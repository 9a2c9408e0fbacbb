#include "market_data.hpp"

#include "data_error.hpp"
#include "find_by_id.hpp"
#include "json_reader.hpp"
#include "limits.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <set>
#include <sstream>

namespace candor::embedded {
std::string_view benchmarks_json();
}

namespace candor::core {

namespace {

YearReturn read_year(const JsonReader::Node& n) {
    return {static_cast<int>(n.integer("year", 1800, 2100)), n.number("return", -1.0, 10.0)};
}

std::string read_confidence(const JsonReader::Node& n) {
    const auto c = n.optional_string("confidence");
    if (c && *c != "high" && *c != "medium" && *c != "low") {
        n.fail("confidence", CANDOR_N_("expected \"high\", \"medium\" or \"low\""));
    }
    return c.value_or("");
}

/// "1928-2025" -> {1928, 2025}; fails on anything else.
std::pair<int, int> read_period(const JsonReader::Node& n) {
    const std::string p = n.string("period");
    int first = 0;
    int last = 0;
    const auto dash = p.find('-');
    const auto parse = [](std::string_view s, int& out) {
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return ec == std::errc() && ptr == s.data() + s.size() && s.size() == 4;
    };
    if (dash == std::string::npos || !parse(std::string_view(p).substr(0, dash), first) ||
        !parse(std::string_view(p).substr(dash + 1), last) || first > last) {
        n.fail("period",
               CANDOR_N_("expected \"YYYY-YYYY\" with the first year not after the last, got "
                         "'{0}'"),
               {p});
    }
    return {first, last};
}

AssetClass read_class(const JsonReader::Node& n) {
    AssetClass a;
    a.id = n.string("id");
    a.name = n.string("name");
    a.kind = n.string("kind");
    if (a.kind != "return" && a.kind != "inflation") {
        n.fail("kind", CANDOR_N_("expected \"return\" or \"inflation\""));
    }
    a.group = n.optional_string("group").value_or("other");
    if (a.group != "cash_bonds" && a.group != "commodities" && a.group != "equities" &&
        a.group != "real_estate" && a.group != "crypto" && a.group != "other") {
        n.fail("group", CANDOR_N_("expected one of cash_bonds, commodities, equities, "
                                  "real_estate, crypto, other"));
    }
    if (const auto al = n.find("aliases")) {
        for (std::size_t i = 0; i < al->size(); ++i) {
            const auto& v = al->json()[i];
            if (!v.is_string() || v.get<std::string>().empty()) {
                n.fail(fmt::format("aliases[{}]", i), CANDOR_N_("expected a non-empty string"));
            }
            a.aliases.push_back(v.get<std::string>());
        }
    }
    a.arithmetic_mean = n.number("arithmetic_mean", -0.5, 1.0);
    a.geometric_mean = n.number("geometric_mean", -0.5, 1.0);
    if (a.geometric_mean > a.arithmetic_mean + 1e-12) {
        n.fail("geometric_mean", CANDOR_N_("must not exceed arithmetic_mean (AM-GM inequality)"));
    }
    a.volatility = n.optional_number("volatility", 0.0, 5.0);
    const auto [first, last] = read_period(n);
    a.first_year = first;
    a.last_year = last;
    a.period = n.string("period");
    a.best_year = read_year(n.at("best_year"));
    a.worst_year = read_year(n.at("worst_year"));
    if (a.worst_year.value > a.best_year.value) {
        n.fail("worst_year", CANDOR_N_("worst year's return exceeds the best year's"));
    }
    if (a.best_year.value < a.arithmetic_mean || a.worst_year.value > a.arithmetic_mean) {
        n.fail("best_year", CANDOR_N_("best and worst years must bracket the arithmetic mean"));
    }
    for (const auto* key : {"best_year", "worst_year"}) {
        const int y = (std::string(key) == "best_year" ? a.best_year : a.worst_year).year;
        if (y < first || y > last) {
            n.at(key).fail("year", CANDOR_N_("year {0} lies outside the period {1}"),
                           {fmt::format("{}", y), a.period});
        }
    }
    if (const auto c = n.find("current")) {
        a.current =
            CurrentFigure{c->number("value", -0.5, 1.0), c->string("as_of"), c->string("what")};
    }
    a.source = read_source(n.at("source"));
    a.confidence = read_confidence(n);
    a.note = n.optional_string("note").value_or("");
    return a;
}

Magnitude read_magnitude(const JsonReader::Node& n) {
    Magnitude m;
    m.id = n.string("id");
    m.name = n.string("name");
    m.value = n.number("value", 1.0, 1e18);
    m.as_of = n.string("as_of");
    m.source = read_source(n.at("source"));
    m.confidence = read_confidence(n);
    m.note = n.optional_string("note").value_or("");
    return m;
}

} // namespace

MarketData MarketData::parse(std::string_view json_text, const std::string& file_name) {
    const JsonReader doc(json_text, file_name);
    const auto root = doc.root();
    root.integer("schema_version", 1, 1);
    MarketData md;
    md.file_name_ = file_name;
    const auto list = root.at("asset_classes");
    if (list.size() == 0) {
        root.fail("asset_classes", CANDOR_N_("expected at least one asset class"));
    }
    std::set<std::string> names; // ids and aliases share one namespace
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto n = list.at(i);
        AssetClass a = read_class(n);
        if (!names.insert(a.id).second) {
            n.fail("id", CANDOR_N_("duplicate id or alias '{0}'"), {a.id});
        }
        for (std::size_t k = 0; k < a.aliases.size(); ++k) {
            if (!names.insert(a.aliases[k]).second) {
                n.fail(fmt::format("aliases[{}]", k), CANDOR_N_("'{0}' is already an id or alias"),
                       {a.aliases[k]});
            }
        }
        md.classes_.push_back(std::move(a));
    }
    if (const auto mags = root.find("magnitudes")) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < mags->size(); ++i) {
            const auto n = mags->at(i);
            Magnitude m = read_magnitude(n);
            if (!seen.insert(m.id).second) {
                n.fail("id", CANDOR_N_("duplicate id '{0}'"), {m.id});
            }
            md.magnitudes_.push_back(std::move(m));
        }
        std::stable_sort(md.magnitudes_.begin(), md.magnitudes_.end(),
                         [](const Magnitude& a, const Magnitude& b) { return a.value < b.value; });
    }
    const auto defaults = root.at("defaults");
    md.default_benchmark_ = defaults.string("benchmark");
    md.default_inflation_ = defaults.string("inflation");
    for (const auto* key : {"benchmark", "inflation"}) {
        const std::string id = defaults.string(key);
        const AssetClass* a = md.find(id);
        if (a == nullptr) {
            defaults.fail(key, CANDOR_N_("names no entry of asset_classes: '{0}'"), {id});
        }
        if (!a->current) {
            defaults.fail(key, CANDOR_N_("'{0}' has no current figure to default to"), {id});
        }
        const std::string want = std::string(key) == "benchmark" ? "return" : "inflation";
        if (a->kind != want) {
            defaults.fail(key, CANDOR_N_("'{0}' is of kind \"{1}\", expected \"{2}\""),
                          {id, a->kind, want});
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
    return find_by_id(classes_, id);
}

const AssetClass* MarketData::resolve(std::string_view id_or_alias) const {
    if (const auto* a = find(id_or_alias)) {
        return a;
    }
    for (const auto& a : classes_) {
        for (const auto& alias : a.aliases) {
            if (alias == id_or_alias) {
                return &a;
            }
        }
    }
    return nullptr;
}

std::vector<std::string> MarketData::mix_ids() const {
    std::vector<std::string> out;
    for (const auto& a : classes_) {
        if (a.is_return()) {
            out.push_back(a.id);
        }
    }
    return out;
}

const AssetClass& MarketData::get(std::string_view id) const {
    if (const auto* a = find(id)) {
        return *a;
    }
    throw DataError(file_name_, std::string(id), CANDOR_N_("no such asset class"));
}

std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw DataError(path, "", CANDOR_N_("cannot be opened for reading"));
    }
    // Read in pieces and stop as soon as the file passes the limit: a device without end
    // (/dev/zero) or a huge file is refused without filling memory.
    std::string text;
    std::array<char, 1 << 16> chunk{};
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
        if (text.size() > max_document_bytes) {
            throw DataError(path, "",
                            CANDOR_N_("larger than {0} bytes, the most read from one file"), 0,
                            {std::to_string(max_document_bytes)});
        }
    }
    if (in.bad()) {
        throw DataError(path, "", CANDOR_N_("could not be read"));
    }
    return text;
}

} // namespace candor::core
