#include "offer_file.hpp"

#include "data_error.hpp"
#include "examples.hpp"
#include "input_error.hpp"
#include "json_reader.hpp"
#include "market_data.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace candor::core {

namespace {

constexpr const char* format_name = "candor-offers";

Assumptions read_assumptions(const JsonReader::Node& n, const Assumptions& defaults) {
    Assumptions a = defaults;
    const auto fee = [&](const std::string& key) {
        try {
            return parse_fee(n.string(key), key);
        } catch (const InputError& e) {
            n.fail(key, e);
        }
    };
    if (auto v = n.optional_number("benchmark_rate", -0.5, 1.0)) {
        a.benchmark_rate = *v;
        a.benchmark_basis.kind = BasisKind::Stated;
    }
    if (auto v = n.optional_number("inflation", -0.5, 10.0)) {
        a.annual_inflation = *v;
        a.inflation_basis.kind = BasisKind::Stated;
    }
    if (auto v = n.optional_number("recovery", 0.0, 1.0)) {
        a.recovery = *v;
    }
    if (auto v = n.optional_number("tax_on_gains", 0.0, 1.0)) {
        a.tax_on_gains = *v;
    }
    if (n.has("entry_fee")) {
        a.entry_fee = fee("entry_fee");
    }
    if (n.has("exit_fee")) {
        a.exit_fee = fee("exit_fee");
    }
    return a;
}

std::string number_text(double v) {
    return fmt::format("{}", v);
}

} // namespace

std::string money_to_text(const Money& m) {
    const int dec = m.asset().decimals;
    std::int64_t v = m.minor();
    const bool neg = v < 0;
    if (neg) {
        v = -v;
    }
    std::string digits = std::to_string(v);
    if (static_cast<int>(digits.size()) <= dec) {
        digits.insert(0, static_cast<std::size_t>(dec) + 1 - digits.size(), '0');
    }
    if (dec > 0) {
        digits.insert(digits.size() - static_cast<std::size_t>(dec), ".");
    }
    return (neg ? "-" : "") + digits + " " + m.asset().code;
}

std::string fee_to_text(const Fee& f) {
    if (f.flat != 0.0 && f.percent != 0.0) {
        return number_text(f.flat) + "+" + number_text(f.percent * 100.0) + "%";
    }
    if (f.percent != 0.0) {
        return number_text(f.percent * 100.0) + "%";
    }
    return number_text(f.flat);
}

OfferEntry offer_entry_from_json(const JsonReader::Node& n, const Assumptions& defaults) {
    if (!n.json().is_object()) {
        n.fail("", CANDOR_N_("expected an object"));
    }
    OfferEntry e{offer_from_json(n), defaults, "", {}};
    if (const auto a = n.find("assumptions")) {
        e.assumptions = read_assumptions(*a, defaults);
    }
    e.scenario = n.optional_string("scenario").value_or("");
    if (const auto c = n.find("claims")) {
        e.claims.reserve(c->size()); // size() refuses what is no array
        // The items themselves: an error names "claims", so no item needs a path of its own.
        for (const auto& item : c->json()) {
            if (!item.is_string()) {
                n.fail("claims", CANDOR_N_("expected a list of checklist ids"));
            }
            e.claims.push_back(item.get_ref<const std::string&>());
        }
    }
    return e;
}

OfferSet parse_offer_set(std::string_view json_text, const std::string& file_name,
                         const Assumptions& defaults) {
    const JsonReader doc(json_text, file_name);
    const auto root = doc.root();
    if (root.string("format") != format_name) {
        root.fail("format", CANDOR_N_("expected \"{0}\""), {format_name});
    }
    root.integer("version", 1, offer_file_version);
    const auto list = root.at("offers");
    OfferSet set;
    set.offers.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        set.offers.push_back(offer_entry_from_json(list.at(i), defaults));
    }
    return set;
}

OfferSet load_offer_set(const std::string& path, const Assumptions& defaults) {
    return parse_offer_set(read_text_file(path), path, defaults);
}

std::string to_json_text(const OfferSet& set) {
    nlohmann::ordered_json root;
    root["format"] = format_name;
    root["version"] = offer_file_version;
    auto offers = nlohmann::ordered_json::array();
    for (const auto& e : set.offers) {
        const Offer& o = e.offer;
        nlohmann::ordered_json j;
        j["name"] = o.name;
        j["principal"] = money_to_text(o.principal);
        j["asset"] = o.held.code;
        j["days"] = o.term.days();
        if (o.term.start()) {
            j["start"] = format_date(*o.term.start());
        }
        j["day_count"] = std::string(day_count_name(o.day_count));
        if (o.advertised_payout) {
            j["payout"] = money_to_text(*o.advertised_payout);
        } else if (o.advertised_rate) {
            j["rate"] = o.advertised_rate->value();
            j["compounding"] = std::string(
                compounding_name(o.advertised_rate->compounding(), o.advertised_rate->frequency()));
        }
        if (!o.claimed_mix.empty()) {
            j["claimed_mix"] = o.claimed_mix;
        }
        if (!o.insured.empty()) {
            j["insured"] = o.insured;
        }
        const Assumptions& a = e.assumptions;
        // Rates read from the safe-rate data are not pinned: the file keeps following it.
        nlohmann::ordered_json assumed;
        if (a.benchmark_basis.kind == BasisKind::Stated) {
            assumed["benchmark_rate"] = a.benchmark_rate;
        }
        if (a.inflation_basis.kind == BasisKind::Stated) {
            assumed["inflation"] = a.annual_inflation;
        }
        assumed["recovery"] = a.recovery;
        assumed["tax_on_gains"] = a.tax_on_gains;
        assumed["entry_fee"] = fee_to_text(a.entry_fee);
        assumed["exit_fee"] = fee_to_text(a.exit_fee);
        j["assumptions"] = std::move(assumed);
        if (!e.scenario.empty()) {
            j["scenario"] = e.scenario;
        }
        if (!e.claims.empty()) {
            j["claims"] = e.claims;
        }
        offers.push_back(std::move(j));
    }
    root["offers"] = offers;
    return root.dump(2) + "\n";
}

void save_offer_set_atomic(const OfferSet& set, const std::string& path) {
    write_file_atomic(path, to_json_text(set));
}

} // namespace candor::core
