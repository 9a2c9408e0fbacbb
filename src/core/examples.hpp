#pragma once
/// \file examples.hpp
/// Built-in example offers (data/examples.json, compiled in), under neutral names.

#include "json_reader.hpp"
#include "offer.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace candor::core {

struct Example {
    std::string id;
    Offer offer;
};

/// The built-in examples, in file order.
const std::vector<Example>& builtin_examples();

/// An example by id (or, when `id` is empty, the first). \throws InputError naming "example".
const Example& find_example(std::string_view id);

/// Parses an examples file. \throws DataError.
std::vector<Example> parse_examples(std::string_view json_text, const std::string& file_name);

/// Reads one offer from a JSON object with the keys of docs/file-format.md: name, principal,
/// asset, days | start+end, day_count, payout | rate+compounding, claimed_mix, insured.
/// \throws DataError naming the key when a value is malformed.
Offer offer_from_json(const JsonReader::Node& n);

} // namespace candor::core
