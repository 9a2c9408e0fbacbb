#include "unexplained_sources.hpp"

#include "find_by_id.hpp"
#include "input_error.hpp"
#include "json_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace candor::embedded {
std::string_view unexplained_sources_json();
} // namespace candor::embedded

namespace candor::core {

namespace {

UnexplainedSource read_source_entry(const JsonReader::Node& n) {
    UnexplainedSource s;
    s.id = n.string("id");
    if (s.id.empty()) {
        n.fail("id", CANDOR_N_("expected a non-empty id"));
    }
    s.name = n.string("name");
    if (const auto al = n.find("aliases")) {
        for (std::size_t i = 0; i < al->size(); ++i) {
            const auto& v = al->at(i).json();
            if (!v.is_string() || v.get<std::string>().empty()) {
                n.fail(fmt::format("aliases[{}]", i), CANDOR_N_("expected a non-empty string"));
            }
            s.aliases.push_back(v.get<std::string>());
        }
    }
    s.why = n.string("why");
    s.source = read_source(n.at("source"));
    s.note = n.optional_string("note").value_or("");
    return s;
}

} // namespace

UnexplainedSources UnexplainedSources::parse(std::string_view json_text,
                                             const std::string& file_name) {
    const JsonReader doc(json_text, file_name);
    const auto root = doc.root();
    root.integer("schema_version", 1, 1);
    UnexplainedSources t;
    std::set<std::string> names; // ids and aliases share one namespace
    const auto list = root.at("sources");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto n = list.at(i);
        UnexplainedSource s = read_source_entry(n);
        if (!names.insert(s.id).second) {
            n.fail("id", CANDOR_N_("duplicate id '{0}'"), {s.id});
        }
        for (std::size_t k = 0; k < s.aliases.size(); ++k) {
            if (!names.insert(s.aliases[k]).second) {
                n.fail(fmt::format("aliases[{}]", k), CANDOR_N_("'{0}' is already an id or alias"),
                       {s.aliases[k]});
            }
        }
        t.sources_.push_back(std::move(s));
    }
    return t;
}

const UnexplainedSources& UnexplainedSources::builtin() {
    static const UnexplainedSources t =
        parse(embedded::unexplained_sources_json(), "unexplained_sources.json (built-in)");
    return t;
}

const UnexplainedSource* UnexplainedSources::resolve(std::string_view id_or_alias) const {
    const auto it = std::find_if(sources_.begin(), sources_.end(), [&](const UnexplainedSource& s) {
        return same_code(s.id, id_or_alias) ||
               std::any_of(s.aliases.begin(), s.aliases.end(),
                           [&](const std::string& a) { return same_code(a, id_or_alias); });
    });
    return it == sources_.end() ? nullptr : &*it;
}

std::string UnexplainedSources::id_list() const {
    std::string out;
    for (const UnexplainedSource& s : sources_) {
        out += (out.empty() ? "" : ", ") + s.id;
    }
    return out;
}

} // namespace candor::core
