#pragma once
/// \file offer_label.hpp
/// Labels of offers as people see them.

#include <string>

namespace candor::present {

/// The name to show for an offer: a built-in example's name (data/examples.json) in the
/// current language; any other name (one the user typed) as given, its control and
/// direction-override characters shown as U+FFFD (visible_text).
std::string offer_name(const std::string& name);

/// A name from a data file (an asset class, a scenario preset, a magnitude): in the current
/// language where the catalog has it, made safe to show like a typed name (a --data or
/// --scenarios file is the user's).
std::string data_label(const std::string& name);

} // namespace candor::present
