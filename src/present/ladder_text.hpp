#pragma once
/// \file ladder_text.hpp
/// The rate ladder's figures in words (core/ladder.hpp).

#include "core/ladder.hpp"

#include <string>

namespace candor::present {

/// An annual rate as the ladder writes it: "18.63%", "5,569%", or "about 10^43.2%" where the
/// rate is too large to write out.
std::string annual_rate_text(const core::AnnualRate& rate);

} // namespace candor::present
