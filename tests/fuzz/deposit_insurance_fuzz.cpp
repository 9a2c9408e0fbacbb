/// \file deposit_insurance_fuzz.cpp
/// Fuzz target: a deposit-insurance file (data/deposit_insurance.json's schema;
/// core::DepositInsurance::parse). Refusals are DataErrors only; with accepted data every scheme
/// is found by its id and its currency, an offer stated insured by it is accepted or refused
/// with an InputError naming "insured", and the coverage keeps a scenario model valid (recovery
/// within [0, 1], a valid spread, finite figures).

#include "fuzz_support.hpp"

#include "core/asset.hpp"
#include "core/data_error.hpp"
#include "core/deposit_insurance.hpp"
#include "core/input_error.hpp"
#include "core/offer.hpp"
#include "core/scenario.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::optional<core::DepositInsurance> table;
    try {
        table = core::DepositInsurance::parse(fuzz::text_of(data, size), "fuzz-insurance.json");
    } catch (const core::DataError&) {
        return 0;
    }
    for (const core::InsuranceScheme& s : table->schemes()) {
        fuzz::require(table->find(s.id) == &s, "a scheme is not found by its id", s.id);
        fuzz::require(table->for_currency(s.currency) == &s, "a scheme is not found by currency",
                      s.currency);
        fuzz::require(s.limit > 0.0 && std::isfinite(s.limit), "a limit", s.id);
        core::Offer o;
        o.name = "fuzz";
        const core::Asset a = *core::find_asset(s.currency);
        o.held = a;
        o.term = core::Term::of_days(365);
        o.advertised_rate =
            core::Rate(0.05, core::Compounding::Compounded, core::Frequency::Annual);
        for (const double principal : {1.0, s.limit, s.limit * 3.0}) {
            try {
                o.principal = core::Money::from_major(principal, a);
            } catch (const core::InputError&) {
                continue; // beyond what an amount may be: refused as it should be
            }
            try {
                o.insured = s.id;
                fuzz::require(core::insured_scheme(o, *table) == &s, "the scheme named", s.id);
            } catch (const core::InputError& e) {
                fuzz::require(e.field() == "insured", "a refusal names another field", e.field());
                continue;
            }
            for (const double recovery : {0.0, 0.4, 1.0}) {
                core::ScenarioModel m;
                m.principal = principal;
                m.payout = principal * 1.05;
                m.term_years = 1.0;
                m.rollovers = 3;
                m.hazard = 0.1;
                m.recovery = recovery;
                m.recovery_spread = recovery > 0.0 && recovery < 1.0 ? 0.2 : 0.0;
                m.recovery_delay_years = 2.0;
                m.benchmark_rate = -0.01;
                core::InsuredDeposit d;
                d.scheme = s;
                core::apply_deposit_insurance(m, d, *table);
                fuzz::require(m.recovery >= 0.0 && m.recovery <= 1.0, "recovery out of [0, 1]",
                              s.id);
                try {
                    core::validate(m);
                } catch (const core::InputError& e) {
                    fuzz::require(false, "the insured model is invalid", e.field());
                }
            }
        }
    }
    return 0;
}
