#pragma once
/// \file ladder_text.hpp
/// The rate ladder's figures in words (core/ladder.hpp).

#include "core/ladder.hpp"

#include <string>

namespace candor::present {

/// An annual rate as the ladder writes it: "18.63%", "5,569%"; from 1,000,000% on in words as
/// the other charts write large figures (present::large_number): "about 12.3 million%", "about
/// 39.8 sextillion%" ("etwa 39,8 Trilliarden %" in German); past the language's scale words
/// (10^35) as a power of ten, "about 10^43.2%".
std::string annual_rate_text(const core::AnnualRate& rate);

} // namespace candor::present
