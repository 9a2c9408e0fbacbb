#include "claim_text.hpp"

#include "i18n/tr.hpp"

namespace candor::present {

using i18n::tr;

std::string claim_label(core::Claim c) {
    // TRANSLATORS: short labels of the offer-claims checklist, in the report's inputs table.
    switch (c) {
    case core::Claim::Guaranteed:
        return tr("guaranteed returns");
    case core::Claim::Referral:
        return tr("referral bonuses");
    case core::Claim::Insurance:
        return tr("deposits said to be insured");
    case core::Claim::LockUp:
        return tr("lock-up");
    case core::Claim::Unregistered:
        return tr("unregistered issuer");
    case core::Claim::Pressure:
        return tr("pressure to act fast");
    }
    return std::string(core::claim_id(c));
}

std::string claim_checklist_text(core::Claim c) {
    // TRANSLATORS: the offer-claims checklist of the app's form.
    switch (c) {
    case core::Claim::Guaranteed:
        return tr("Returns are called guaranteed or risk-free");
    case core::Claim::Referral:
        return tr("Bonuses for bringing in new investors");
    case core::Claim::Insurance:
        return tr("Claims of insurance or a protection fund");
    case core::Claim::LockUp:
        return tr("Money is locked up or withdrawals are limited");
    case core::Claim::Unregistered:
        return tr("The issuer or seller is not registered");
    case core::Claim::Pressure:
        return tr("Pressure to act fast, offer for a limited time");
    }
    return std::string(core::claim_id(c));
}

std::string claim_id_list() {
    std::string ids;
    for (const core::Claim c : core::all_claims()) {
        ids += (ids.empty() ? "" : ", ") + std::string(core::claim_id(c));
    }
    return ids;
}

} // namespace candor::present
