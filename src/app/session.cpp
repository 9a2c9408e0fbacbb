#include "session.hpp"

#include "form_fields.hpp"
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
    // Every field under its id, in the order of the form; the modes as words.
    for (const FormField& f : form_fields()) {
        if (f.kind == FieldKind::Claims) {
            j[f.id] = in.claims;
        } else {
            j[f.id] = field_value(in, f);
        }
    }
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
    for (const FormField& f : form_fields()) {
        if (f.kind == FieldKind::Claims) {
            continue;
        }
        // A missing key leaves the field as a new form has it (a mode: days, payout).
        std::string value = field_value(in, f);
        str(f.id, value);
        set_field_value(in, f, std::move(value));
    }
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
