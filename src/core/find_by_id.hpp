#pragma once
/// \file find_by_id.hpp
/// Lookup of a record by its `id` member in the small tables loaded from data files.

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

} // namespace candor::core
