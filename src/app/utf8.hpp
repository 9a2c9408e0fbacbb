#pragma once
/// \file utf8.hpp
/// Text between the program (UTF-8 std::string, as core, present and render use it) and wx
/// (wxString): the one conversion every window of the app uses, and the one way the app fills
/// a translated message's placeholders ({0}, {1}...; docs/translating.md).

#include "core/input_error.hpp"

#include <wx/string.h>

#include <string>
#include <vector>

namespace candor::app {

/// UTF-8 text as a wxString.
inline wxString u8(const std::string& s) {
    return wxString::FromUTF8(s);
}

/// A wxString as UTF-8 text.
inline std::string s8(const wxString& s) {
    return s.utf8_string();
}

namespace detail {
inline std::string fill_value(const wxString& s) {
    return s8(s);
}
inline std::string fill_value(const std::string& s) {
    return s;
}
inline std::string fill_value(const char* s) {
    return s;
}
} // namespace detail

/// `message` (already translated: _("...{0}...") or wxPLURAL) with its placeholders {0}, {1}...
/// replaced by `values` in order (core::fill_placeholders: a placeholder without a value stays
/// as written; nothing throws on a faulty translation).
template <typename... Values> wxString fill(const wxString& message, const Values&... values) {
    return u8(core::fill_placeholders(s8(message), {detail::fill_value(values)...}));
}

} // namespace candor::app
