#pragma once
/// \file preferences_dialog.hpp
/// Edit > Preferences: the language, the default benchmark and a replacement data file.

#include "main_frame.hpp"

#include <wx/dialog.h>

class wxChoice;
class wxFilePickerCtrl;
class wxStaticText;

namespace candor::app {

class PreferencesDialog : public wxDialog {
  public:
    PreferencesDialog(wxWindow* parent, const Preferences& current);

    Preferences value() const;
    /// Shows why the last choice could not be applied, inside the dialog.
    void show_error(const wxString& message);

  private:
    void fill_benchmarks(const std::string& data_file, const std::string& selected);

    wxChoice* language_ = nullptr;
    wxChoice* benchmark_ = nullptr;
    wxFilePickerCtrl* data_file_ = nullptr;
    wxStaticText* error_ = nullptr;
    std::vector<std::string> language_codes_;
    std::vector<std::string> benchmark_ids_;
};

} // namespace candor::app
