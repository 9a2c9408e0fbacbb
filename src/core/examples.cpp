#include "examples.hpp"

#include "input_error.hpp"

#include <set>

namespace candor::embedded {
std::string_view examples_json();
}

namespace candor::core {

Offer offer_from_json(const JsonReader::Node& n) {
    // Field-level parsers throw InputError; re-raise them as DataError with the key and line.
    const auto guarded = [&](const std::string& key, auto&& parse) {
        try {
            return parse();
        } catch (const InputError& e) {
            n.fail(key, e);
        }
    };
    const std::string asset_code = n.string("asset");
    const Asset held = guarded("asset", [&] { return asset_or_throw(asset_code, "asset"); });
    const std::string principal_text = n.string("principal");
    const Money principal =
        guarded("principal", [&] { return parse_money(principal_text, held, "principal"); });
    const DayCount dc =
        n.has("day_count")
            ? guarded("day_count",
                      [&] { return parse_day_count(n.string("day_count"), "day_count"); })
            : DayCount::Act365F;
    std::optional<Term> term;
    if (n.has("days")) {
        const long days = n.integer("days", 1, Term::max_days);
        if (n.has("start")) {
            const Date start =
                guarded("start", [&] { return parse_date(n.string("start"), "start"); });
            term = Term::from_start(start, days);
        } else {
            term = Term::of_days(days);
        }
    } else {
        const Date start = guarded("start", [&] { return parse_date(n.string("start"), "start"); });
        const Date end = guarded("end", [&] { return parse_date(n.string("end"), "end"); });
        term = guarded("end", [&] { return Term::between(start, end); });
    }
    Offer o{n.string("name"), principal, held, *term, dc, std::nullopt, std::nullopt, {}, {}};
    if (n.has("payout")) {
        const std::string payout_text = n.string("payout");
        o.advertised_payout = guarded(
            "payout", [&] { return parse_money(payout_text, principal.asset(), "payout"); });
    } else {
        const double r = n.number("rate", -0.99, 1e6);
        const auto comp =
            n.has("compounding")
                ? guarded("compounding",
                          [&] { return parse_compounding(n.string("compounding"), "compounding"); })
                : CompoundingChoice{Compounding::Simple, Frequency::Annual};
        o.advertised_rate = Rate(r, comp.compounding, comp.frequency, dc);
    }
    if (const auto mix = n.find("claimed_mix")) {
        if (!mix->json().is_object()) {
            n.fail("claimed_mix", CANDOR_N_("expected an object of asset-class id to weight"));
        }
        for (const auto& [key, value] : mix->json().items()) {
            o.claimed_mix[key] = mix->number(key, 0.0, 1.0);
        }
    }
    if (n.has("insured")) {
        o.insured = n.string("insured");
    }
    try {
        validate(o);
    } catch (const InputError& e) {
        // Name the key in the file: a term counted as no time is its end (or its days).
        const std::string& f = e.field();
        n.fail(f == "term" ? (n.has("end") ? "end" : "days") : f == "mix" ? "claimed_mix" : f, e);
    }
    return o;
}

std::vector<Example> parse_examples(std::string_view json_text, const std::string& file_name) {
    const JsonReader doc(json_text, file_name);
    const auto root = doc.root();
    root.integer("schema_version", 1, 1);
    const auto list = root.at("examples");
    std::vector<Example> out;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto n = list.at(i);
        Example e{n.string("id"), offer_from_json(n)};
        if (!ids.insert(e.id).second) {
            n.fail("id", CANDOR_N_("duplicate id '{0}'"), {e.id});
        }
        out.push_back(std::move(e));
    }
    if (out.empty()) {
        root.fail("examples", CANDOR_N_("expected at least one example"));
    }
    return out;
}

const std::vector<Example>& builtin_examples() {
    static const std::vector<Example> list =
        parse_examples(embedded::examples_json(), "examples.json (built-in)");
    return list;
}

const Example& find_example(std::string_view id) {
    const auto& list = builtin_examples();
    if (id.empty()) {
        return list.front();
    }
    for (const auto& e : list) {
        if (e.id == id) {
            return e;
        }
    }
    std::string names;
    for (const auto& e : list) {
        names += (names.empty() ? "" : ", ") + e.id;
    }
    throw InputError("example", CANDOR_N_("the id of a built-in example: {0}"), std::string(id),
                     {names});
}

} // namespace candor::core
