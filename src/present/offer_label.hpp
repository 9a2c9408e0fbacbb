#pragma once
/// \file offer_label.hpp
/// Labels of offers as people see them.

#include <string>

namespace candor::present {

/// The name to show for an offer: a built-in example's name (data/examples.json) in the
/// current language; any other name (one the user typed) exactly as given.
std::string offer_name(const std::string& name);

} // namespace candor::present
