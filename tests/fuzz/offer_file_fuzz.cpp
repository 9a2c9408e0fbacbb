/// \file offer_file_fuzz.cpp
/// Fuzz target: a .candor offer file (core::parse_offer_set). The parser may refuse the text
/// only with a DataError or an InputError; what it accepts must write back to a file that reads
/// as the same document, and every offer in it must give results whose figures are finite.

#include "fuzz_support.hpp"

#include "core/data_error.hpp"
#include "core/input_error.hpp"
#include "core/market_data.hpp"
#include "core/offer_file.hpp"
#include "core/request.hpp"

#include <cstddef>
#include <cstdint>

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    core::OfferSet set;
    try {
        set = core::parse_offer_set(fuzz::text_of(data, size), "fuzz.candor");
    } catch (const core::DataError&) {
        return 0;
    } catch (const core::InputError&) {
        return 0;
    }
    // What is accepted is saved the same way again (the app's Save, then Open).
    const std::string saved = core::to_json_text(set);
    core::OfferSet reread;
    try {
        reread = core::parse_offer_set(saved, "saved.candor");
    } catch (const core::DataError& e) {
        fuzz::finding("a saved .candor file is refused when read again", saved);
    }
    fuzz::require(core::to_json_text(reread) == saved,
                  "a .candor file read, saved and read again changes", saved);

    const core::MarketData& market = core::MarketData::builtin();
    for (const core::OfferEntry& entry : set.offers) {
        try {
            fuzz::check_result(
                core::execute(core::request_of(entry), market, fuzz::quick_settings()));
        } catch (const core::InputError&) {
            // A refusal that names the field is fine (an unknown claim or preset id, ...).
        } catch (const core::DataError&) {
        }
    }
    return 0;
}
