#include "session.hpp"

#include "number_fields.hpp"

#include "core/data_error.hpp"
#include "core/json_reader.hpp"
#include "core/offer_file.hpp"
#include "present/number_format.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <system_error>

namespace candor::app {

namespace {

nlohmann::ordered_json form_json(const OfferFormInput& in) {
    nlohmann::ordered_json j;
    j["name"] = in.name;
    j["principal"] = in.principal;
    j["asset"] = in.asset;
    j["term_mode"] = in.term_mode == TermMode::Dates ? "dates" : "days";
    j["days"] = in.days;
    j["start"] = in.start;
    j["end"] = in.end;
    j["day_count"] = in.day_count;
    j["payout_mode"] = in.payout_mode == PayoutMode::Rate ? "rate" : "payout";
    j["payout"] = in.payout;
    j["rate"] = in.rate;
    j["compounding"] = in.compounding;
    j["entry_fee"] = in.entry_fee;
    j["exit_fee"] = in.exit_fee;
    j["tax"] = in.tax;
    j["inflation"] = in.inflation;
    j["benchmark"] = in.benchmark;
    j["recovery"] = in.recovery;
    j["mix"] = in.mix;
    j["scenario"] = in.scenario;
    j["fail_year"] = in.fail_year;
    j["recovery_delay"] = in.recovery_delay;
    j["claims"] = in.claims;
    j["insured"] = in.insured;
    // Numbers locale-free, so that the session reads the same in another language; the text as
    // typed too, to give it back unchanged in the same language. Text that is no number stays a
    // plain string.
    for (const LocalizedField& f : localized_fields()) {
        const FieldNumber n = read_field_number(in.*f.text, f.kind);
        if (n.number) {
            j[f.id] = {{"number", *n.number},
                       {"before", n.before},
                       {"after", n.after},
                       {"typed", n.typed}};
        }
    }
    return j;
}

/// `same_locale`: the file was written in the locale now in use, so typed text is given back
/// unchanged; otherwise numbers are rewritten for the current locale.
OfferFormInput form_from_json(const core::JsonReader::Node& n, bool same_locale) {
    OfferFormInput in;
    // Empty strings are normal here (fields left blank), so read them directly.
    const auto str = [&](const char* key, std::string& out) {
        const auto it = n.json().find(key);
        if (it == n.json().end()) {
            return;
        }
        if (it->is_object()) {
            // A number field (session_version 2): {"number", "before", "after", "typed"}.
            FieldNumber f;
            const auto text = [&](const char* k) {
                const auto v = it->find(k);
                if (v == it->end()) {
                    return std::string();
                }
                if (!v->is_string()) {
                    n.fail(std::string(key) + "." + k, CANDOR_N_("expected a string"));
                }
                return v->get<std::string>();
            };
            f.typed = text("typed");
            f.before = text("before");
            f.after = text("after");
            if (it->contains("number")) {
                f.number = text("number");
            }
            // Without the typed text (a file written by hand), the number in this locale's form.
            out = same_locale && it->contains("typed") ? f.typed : write_field_number(f);
            return;
        }
        if (!it->is_string()) {
            n.fail(key, CANDOR_N_("expected a string"));
        }
        out = it->get<std::string>();
    };
    str("name", in.name);
    str("principal", in.principal);
    str("asset", in.asset);
    std::string mode;
    str("term_mode", mode);
    in.term_mode = mode == "dates" ? TermMode::Dates : TermMode::Days;
    str("days", in.days);
    str("start", in.start);
    str("end", in.end);
    str("day_count", in.day_count);
    mode.clear();
    str("payout_mode", mode);
    in.payout_mode = mode == "rate" ? PayoutMode::Rate : PayoutMode::Payout;
    str("payout", in.payout);
    str("rate", in.rate);
    str("compounding", in.compounding);
    str("entry_fee", in.entry_fee);
    str("exit_fee", in.exit_fee);
    str("tax", in.tax);
    str("inflation", in.inflation);
    str("benchmark", in.benchmark);
    str("recovery", in.recovery);
    str("mix", in.mix);
    str("scenario", in.scenario);
    str("fail_year", in.fail_year);
    str("recovery_delay", in.recovery_delay);
    str("insured", in.insured);
    if (const auto claims = n.find("claims")) {
        for (std::size_t i = 0; i < claims->size(); ++i) {
            const auto& v = claims->at(i).json();
            if (!v.is_string()) {
                claims->fail(std::to_string(i), CANDOR_N_("expected a claim id"));
            }
            in.claims.push_back(v.get<std::string>());
        }
    }
    return in;
}

} // namespace

std::string session_to_json(const Session& s) {
    nlohmann::ordered_json j;
    j["session_version"] = session_version;
    j["locale"] = present::current_locale();
    j["document_path"] = s.document_path;
    j["modified"] = s.modified;
    j["selected"] = s.selected;
    j["offers"] = nlohmann::ordered_json::array();
    for (const auto& o : s.offers) {
        j["offers"].push_back(form_json(o));
    }
    return j.dump(2) + "\n";
}

Session session_from_json(const std::string& text, const std::string& file_name) {
    const core::JsonReader doc(text, file_name);
    const auto root = doc.root();
    // Version 1 (before numbers were stored locale-free) reads as typed, in the current locale.
    root.integer("session_version", 1, session_version);
    Session s;
    std::string locale;
    if (const auto l = root.json().find("locale"); l != root.json().end() && l->is_string()) {
        locale = l->get<std::string>();
    }
    const bool same_locale = locale.empty() || locale == present::current_locale();
    if (const auto p = root.json().find("document_path");
        p != root.json().end() && p->is_string()) {
        s.document_path = p->get<std::string>();
    }
    if (root.has("modified")) {
        const auto& m = root.at("modified").json();
        if (!m.is_boolean()) {
            root.fail("modified", CANDOR_N_("expected true or false"));
        }
        s.modified = m.get<bool>();
    }
    const auto offers = root.at("offers");
    for (std::size_t i = 0; i < offers.size(); ++i) {
        s.offers.push_back(form_from_json(offers.at(i), same_locale));
    }
    if (root.has("selected")) {
        s.selected = static_cast<std::size_t>(root.integer(
            "selected", 0, static_cast<long>(s.offers.empty() ? 0 : s.offers.size() - 1)));
    }
    return s;
}

void save_session(const Session& s, const std::string& path) {
    std::error_code ec;
    const std::filesystem::path target(path);
    if (target.has_parent_path()) {
        std::filesystem::create_directories(target.parent_path(), ec);
    }
    core::write_file_atomic(path, session_to_json(s));
}

} // namespace candor::app
