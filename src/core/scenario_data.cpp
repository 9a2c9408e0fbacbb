#include "scenario_data.hpp"

#include "data_error.hpp"
#include "find_by_id.hpp"
#include "input_error.hpp"
#include "json_reader.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace candor::embedded {
std::string_view scenarios_json();
std::string_view price_risk_json();
} // namespace candor::embedded

namespace candor::core {

namespace {

std::string upper(std::string s) {
    for (auto& c : s) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return s;
}

} // namespace

void ScenarioPreset::apply_to(ScenarioModel& m) const {
    m.hazard = hazard;
    m.recovery = recovery;
    m.recovery_spread = recovery_spread;
    m.recovery_delay_years = recovery_delay_years;
}

ScenarioPresets ScenarioPresets::parse(std::string_view json_text, const std::string& file_name) {
    const JsonReader doc(json_text, file_name);
    const auto root = doc.root();
    (void)root.integer("schema_version", 1, 1);
    ScenarioPresets out;
    const auto list = root.at("presets");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto n = list.at(i);
        ScenarioPreset p;
        p.id = n.string("id");
        if (!seen.insert(p.id).second) {
            n.fail("id", CANDOR_N_("duplicate id '{0}'"), {p.id});
        }
        p.name = n.string("name");
        p.hazard = n.number("hazard", 0.0, ScenarioLimits::max_hazard);
        p.recovery = n.number("recovery", 0.0, 1.0);
        p.recovery_spread = n.number("recovery_spread", 0.0, 0.5);
        if (p.recovery_spread > 0.0 &&
            !(p.recovery_spread * p.recovery_spread < p.recovery * (1.0 - p.recovery))) {
            n.fail("recovery_spread",
                   CANDOR_N_("must be below sqrt(recovery * (1 - recovery)) for a Beta "
                             "distribution"));
        }
        p.recovery_delay_years =
            n.number("recovery_delay_years", 0.0, ScenarioLimits::max_delay_years);
        p.basis = n.string("basis");
        p.calibrated_max_premium = n.number("calibrated_max_premium", 0.0, 1000.0);
        p.calibrated_basis = n.string("calibrated_basis");
        const auto src = n.at("sources");
        if (src.size() == 0) {
            n.fail("sources", CANDOR_N_("expected at least one source"));
        }
        for (std::size_t k = 0; k < src.size(); ++k) {
            p.sources.push_back(read_source(src.at(k)));
        }
        out.presets_.push_back(std::move(p));
    }
    if (out.presets_.empty()) {
        root.fail("presets", CANDOR_N_("expected at least one preset"));
    }
    return out;
}

const ScenarioPresets& ScenarioPresets::builtin() {
    static const ScenarioPresets p = parse(embedded::scenarios_json(), "scenarios.json (built-in)");
    return p;
}

ScenarioPresets ScenarioPresets::load_file(const std::string& path) {
    return parse(read_text_file(path), path);
}

const ScenarioPreset* ScenarioPresets::find(std::string_view id) const {
    return find_by_id(presets_, id);
}

const ScenarioPreset& ScenarioPresets::get(std::string_view id, const std::string& field) const {
    if (const auto* p = find(id)) {
        return *p;
    }
    std::string ids;
    for (const auto& p : presets_) {
        ids += (ids.empty() ? "" : ", ") + p.id;
    }
    // The list of ids is data, not prose: it goes into the marked phrase as {0}.
    throw InputError(field, CANDOR_N_("one of {0}"), std::string(id), {ids});
}

PriceRiskTable PriceRiskTable::parse(std::string_view json_text, const std::string& file_name) {
    const JsonReader doc(json_text, file_name);
    const auto root = doc.root();
    (void)root.integer("schema_version", 1, 1);
    PriceRiskTable t;
    std::set<std::string> seen;
    const auto vol = root.at("volatile");
    for (std::size_t i = 0; i < vol.size(); ++i) {
        const auto n = vol.at(i);
        PriceRisk r;
        r.asset = upper(n.string("asset"));
        if (!seen.insert(r.asset).second) {
            n.fail("asset", CANDOR_N_("duplicate asset '{0}'"), {r.asset});
        }
        r.annual_volatility = n.number("annual_volatility", 0.0, ScenarioLimits::max_volatility);
        r.annual_drift =
            n.number("annual_drift", -ScenarioLimits::max_abs_drift, ScenarioLimits::max_abs_drift);
        r.period = n.string("period");
        r.basis = n.string("basis");
        r.source = read_source(n.at("source"));
        t.price_.push_back(std::move(r));
    }
    const auto st = root.at("stablecoins");
    for (std::size_t i = 0; i < st.size(); ++i) {
        const auto n = st.at(i);
        DepegRisk r;
        r.asset = upper(n.string("asset"));
        if (!seen.insert(r.asset).second) {
            n.fail("asset", CANDOR_N_("duplicate asset '{0}'"), {r.asset});
        }
        r.annual_probability = n.number("annual_depeg_probability", 0.0, 0.99);
        r.loss_given_depeg = n.number("loss_given_depeg", 0.0, 1.0);
        r.basis = n.string("basis");
        r.source = read_source(n.at("source"));
        t.depeg_.push_back(std::move(r));
    }
    return t;
}

const PriceRiskTable& PriceRiskTable::builtin() {
    static const PriceRiskTable t =
        parse(embedded::price_risk_json(), "price_risk.json (built-in)");
    return t;
}

PriceRiskTable PriceRiskTable::load_file(const std::string& path) {
    return parse(read_text_file(path), path);
}

const PriceRisk* PriceRiskTable::price(std::string_view asset_code) const {
    for (const auto& r : price_) {
        if (same_code(r.asset, asset_code)) {
            return &r;
        }
    }
    return nullptr;
}

const DepegRisk* PriceRiskTable::depeg(std::string_view asset_code) const {
    for (const auto& r : depeg_) {
        if (same_code(r.asset, asset_code)) {
            return &r;
        }
    }
    return nullptr;
}

void PriceRiskTable::apply_to(std::string_view asset_code, ScenarioModel& m) const {
    if (const auto* p = price(asset_code)) {
        m.volatility = p->annual_volatility;
        m.drift = p->annual_drift;
    }
    if (const auto* d = depeg(asset_code)) {
        m.depeg_probability = d->annual_probability;
        m.depeg_loss = d->loss_given_depeg;
    }
}

std::optional<double> annual_volatility(std::string_view asset_code) {
    if (const auto* p = PriceRiskTable::builtin().price(asset_code)) {
        return p->annual_volatility;
    }
    return std::nullopt;
}

std::optional<double> annual_drift(std::string_view asset_code) {
    if (const auto* p = PriceRiskTable::builtin().price(asset_code)) {
        return p->annual_drift;
    }
    return std::nullopt;
}

} // namespace candor::core
