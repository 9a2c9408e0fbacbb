#pragma once
/// \file utf8.hpp
/// Text between the program (UTF-8 std::string, as core, present and render use it) and wx
/// (wxString): the one conversion every window of the app uses.

#include <wx/string.h>

#include <string>

namespace candor::app {

/// UTF-8 text as a wxString.
inline wxString u8(const std::string& s) {
    return wxString::FromUTF8(s);
}

/// A wxString as UTF-8 text.
inline std::string s8(const wxString& s) {
    return s.utf8_string();
}

} // namespace candor::app
