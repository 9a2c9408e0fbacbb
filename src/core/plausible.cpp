#include "plausible.hpp"

#include "input_error.hpp"
#include "money.hpp"
#include "unexplained_sources.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace candor::core {

namespace {

std::string accepted_ids(const MarketData& market) {
    std::string out;
    for (const auto& a : market.asset_classes()) {
        if (!a.is_return()) {
            continue;
        }
        out += (out.empty() ? "" : ", ") + a.id;
        if (!a.aliases.empty()) {
            out += " (";
            for (std::size_t i = 0; i < a.aliases.size(); ++i) {
                out += (i == 0 ? "" : ", ") + a.aliases[i];
            }
            out += ")";
        }
    }
    return out;
}

std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos) {
        return {};
    }
    const auto e = s.find_last_not_of(" \t");
    return std::string(s.substr(b, e - b + 1));
}

} // namespace

std::map<std::string, double> parse_mix(std::string_view text, const std::string& field) {
    const char* expected = CANDOR_N_("asset=weight pairs separated by commas, e.g. "
                                     "bonds=0.4,gold=0.3,metals=0.3");
    std::map<std::string, double> out;
    std::size_t pos = 0;
    if (trim(text).empty()) {
        throw InputError(field, expected, std::string(text));
    }
    while (pos <= text.size()) {
        const auto comma = std::min(text.find(',', pos), text.size());
        const std::string item = trim(text.substr(pos, comma - pos));
        const auto eq = item.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == item.size()) {
            throw InputError(field, expected, item);
        }
        const std::string key = trim(std::string_view(item).substr(0, eq));
        std::string w = trim(std::string_view(item).substr(eq + 1));
        double weight = 0.0;
        if (!w.empty() && w.back() == '%') {
            weight = parse_number(w.substr(0, w.size() - 1), field, expected) / 100.0;
        } else {
            weight = parse_number(w, field, expected);
        }
        out[key] += weight;
        pos = comma + 1;
    }
    return out;
}

double total_weight(const std::vector<UnexplainedShare>& shares) {
    double w = 0.0;
    for (const UnexplainedShare& u : shares) {
        w += u.weight;
    }
    return w;
}

std::string id_list(const std::vector<UnexplainedShare>& shares) {
    std::string ids;
    for (const UnexplainedShare& u : shares) {
        ids += (ids.empty() ? "" : ", ") + u.id;
    }
    return ids;
}

namespace {

/// Adds `weight` to the entry of `list` with `id`, or appends `fresh`.
template <class T> void add_weight(std::vector<T>& list, T fresh) {
    auto it = std::find_if(list.begin(), list.end(), [&](const T& c) { return c.id == fresh.id; });
    if (it != list.end()) {
        it->weight += fresh.weight;
        return;
    }
    list.push_back(std::move(fresh));
}

} // namespace

ResolvedMix resolve_mix(const std::map<std::string, double>& mix, const MarketData& market,
                        const std::string& field) {
    ResolvedMix out;
    double total = 0.0;
    const UnexplainedSources& sources = UnexplainedSources::builtin();
    for (const auto& [key, weight] : mix) {
        const AssetClass* a = market.resolve(key);
        // A class of the data in use first; else a known source with no public return series
        // (what such platforms claim; accepted, and shown as unchecked).
        const UnexplainedSource* u = a == nullptr ? sources.resolve(key) : nullptr;
        if (u == nullptr && (a == nullptr || !a->is_return())) {
            throw InputError(field,
                             CANDOR_N_("asset-class ids from: {0}; or, with no public return "
                                       "series, cannot be checked: {1}"),
                             key, {accepted_ids(market), sources.id_list()});
        }
        if (!(weight >= 0.0 && weight <= 1.0)) {
            throw InputError(field, CANDOR_N_("weights from 0 to 1"),
                             fmt::format("{}={}", key, weight));
        }
        total += weight;
        if (u != nullptr) {
            add_weight(out.unexplained, UnexplainedShare{u->id, u->name, weight});
        } else {
            add_weight(out.explained,
                       MixComponent{a->id, a->name, weight, a->geometric_mean, a->arithmetic_mean,
                                    a->best_year, a->worst_year});
        }
    }
    if (!out.empty() && std::fabs(total - 1.0) > 1e-6) {
        throw InputError(field, CANDOR_N_("weights that add up to 1"), fmt::format("{}", total));
    }
    // Named in the data file's order, as everywhere the sources are listed.
    const auto rank = [&](const UnexplainedShare& x) {
        const auto& all = sources.sources();
        return std::find_if(all.begin(), all.end(),
                            [&](const UnexplainedSource& s) { return s.id == x.id; }) -
               all.begin();
    };
    std::sort(
        out.unexplained.begin(), out.unexplained.end(),
        [&](const UnexplainedShare& x, const UnexplainedShare& y) { return rank(x) < rank(y); });
    return out;
}

PlausiblePayout plausible_payout(const ResolvedMix& mix, double principal, double advertised_payout,
                                 double year_fraction, double safe_rate) {
    PlausiblePayout p;
    p.mix = mix.explained;
    p.unexplained = mix.unexplained;
    p.unexplained_rate = safe_rate;
    p.year_fraction = year_fraction;
    p.principal = principal;
    p.advertised_payout = advertised_payout;
    p.highest_best_year = -1.0;
    // A share that cannot be checked earns, in this reading, what the money could earn safely.
    p.central_annual_rate = p.unexplained_weight() * safe_rate;
    p.optimistic_annual_rate = p.unexplained_weight() * safe_rate;
    for (const auto& c : mix.explained) {
        p.central_annual_rate += c.weight * c.geometric_mean;
        p.optimistic_annual_rate += c.weight * c.best_year.value;
        if (c.weight > 0.0 && c.best_year.value > p.highest_best_year) {
            p.highest_best_year = c.best_year.value;
            p.highest_best_year_id = c.id;
            p.highest_best_year_year = c.best_year.year;
        }
    }
    const double t = year_fraction;
    p.central_payout = principal * std::exp(std::log1p(p.central_annual_rate) * t);
    p.optimistic_payout = principal * (1.0 + p.optimistic_annual_rate * t);
    p.gap_to_central = advertised_payout - p.central_payout;
    p.gap_to_optimistic = advertised_payout - p.optimistic_payout;
    const double adv_gain = advertised_payout - principal;
    const double central_gain = p.central_payout - principal;
    const double optimistic_gain = p.optimistic_payout - principal;
    if (central_gain > 0.0) {
        p.gain_multiple_of_central = adv_gain / central_gain;
    }
    if (optimistic_gain > 0.0) {
        p.gain_multiple_of_optimistic = adv_gain / optimistic_gain;
    }
    p.advertised_simple_annual_rate = adv_gain / principal / t;
    p.beyond_best_year = p.advertised_simple_annual_rate - p.optimistic_annual_rate;
    return p;
}

} // namespace candor::core
