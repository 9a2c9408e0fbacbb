#include "offer_label.hpp"

#include "core/examples.hpp"
#include "visible_text.hpp"

#include "i18n/tr.hpp"

namespace candor::present {

std::string offer_name(const std::string& name) {
    for (const auto& e : core::builtin_examples()) {
        if (e.offer.name == name) {
            // The names are extracted into the catalog from data/examples.json.
            return i18n::tr(name);
        }
    }
    return visible_text(name);
}

std::string data_label(const std::string& name) {
    return visible_text(i18n::tr(name));
}

} // namespace candor::present
