#pragma once
/// \file offer_options.hpp
/// The offer and assumption flags shared by analyze, simulate and report, and their
/// translation into core's Offer and Assumptions.

#include "core/disclosures.hpp"
#include "core/market_data.hpp"
#include "core/offer.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

namespace candor::cli {

/// The flags as typed; every value is parsed by core so errors name the field.
struct OfferFlags {
    CLI::Option* example_opt = nullptr;
    std::string example;
    std::string name;
    std::string principal;
    std::string asset;
    std::string days;
    std::string start;
    std::string end;
    std::string day_count;
    std::string payout;
    std::string rate;
    std::string compounding;
    std::string inflation;
    std::string fee;
    std::string exit_fee;
    std::string tax;
    std::string benchmark_rate;
    std::string recovery;
    std::string data_file;
    std::string mix;    ///< --mix bonds=0.4,gold=0.3,...
    std::string claims; ///< --claims guaranteed,referral,...
    CLI::Option* insured_opt = nullptr;
    std::string insured; ///< --insured [SCHEME]; without SCHEME, "auto"
};

struct Request {
    core::Offer offer;
    core::Assumptions assumptions;
    std::shared_ptr<const core::MarketData> market; ///< built-in or --data FILE
    std::vector<core::Claim> claims;                ///< ticked offer claims (--claims)
};

/// The market data in use: the built-in data, or --data FILE. \throws core::DataError.
std::shared_ptr<const core::MarketData> market_data(const OfferFlags& flags);

/// The assumptions before the flags: the market data's defaults, which follow the safe rates
/// of each offer's currency and term, except that a --data file's own benchmark and inflation
/// series are taken as stated.
core::Assumptions default_assumptions(const OfferFlags& flags, const core::MarketData& market);

/// Adds the offer and assumption flags to a subcommand.
void add_offer_options(CLI::App& cmd, OfferFlags& flags);

/// Builds the request. \throws core::InputError or core::DataError.
Request build_request(const OfferFlags& flags);

/// Accepts `--format text` or `--format json`. \throws core::InputError naming --format.
void require_text_or_json(const std::string& format);

/// Parses a rate given as a fraction ("0.043") or a percentage ("4.3%").
double parse_rate(const std::string& text, const std::string& field, const char* expected);

} // namespace candor::cli
