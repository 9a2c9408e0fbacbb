#pragma once
/// \file date_field.hpp
/// A date field that shows and reads a date in one unambiguous form in every language: ISO
/// 8601, year-month-day, in the language's digits ("2026-01-30"; "٢٠٢٦-٠١-٣٠" in Arabic;
/// present::date_text), as the report writes dates. A text field with a drop-down calendar. It
/// replaces wxDatePickerCtrl, whose generic GTK version writes the C locale's ambiguous
/// "01/30/2026" whatever the language.

#include <wx/combo.h>
#include <wx/datetime.h>

namespace candor::app {

class DateField : public wxComboCtrl {
  public:
    DateField(wxWindow* parent, const wxDateTime& date);

    /// The date shown; invalid while the text is no date (being typed).
    wxDateTime date() const { return date_; }
    /// Shows `d` (the text in the field's form); sends no event.
    void set_date(const wxDateTime& d);

  private:
    /// Reads the typed text; a new valid date sends wxEVT_DATE_CHANGED.
    void text_changed();

    wxDateTime date_;
    bool setting_ = false;
};

} // namespace candor::app
