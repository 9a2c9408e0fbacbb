#pragma once
/// \file find_by_id.hpp
/// Lookup of a record by its `id` member in the small tables loaded from data files.

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string_view>

namespace candor::core {

/// The first element of `items` whose `id` equals `id`, or nullptr.
template <typename Range>
auto find_by_id(const Range& items, std::string_view id) -> decltype(&*std::begin(items)) {
    for (const auto& item : items) {
        if (item.id == id) {
            return &item;
        }
    }
    return nullptr;
}

/// Asset and currency codes compared as the data files write them: case-insensitively.
inline bool same_code(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) ==
                      std::toupper(static_cast<unsigned char>(y));
           });
}

} // namespace candor::core
