#include "date_field.hpp"

#include "present/digits.hpp"
#include "utf8.hpp"

#include <wx/calctrl.h>
#include <wx/dateevt.h>
#include <wx/textctrl.h>

#include <optional>
#include <string>

namespace candor::app {

namespace {

std::string text_of(const wxDateTime& d) {
    if (!d.IsValid()) {
        return {};
    }
    return present::date_text(core::Date(static_cast<unsigned short>(d.GetYear()),
                                         static_cast<unsigned short>(d.GetMonth() + 1),
                                         static_cast<unsigned short>(d.GetDay())));
}

wxDateTime date_of(const wxString& text) {
    const std::optional<core::Date> d = present::parse_date_text(s8(text));
    if (!d) {
        return {};
    }
    return {static_cast<wxDateTime::wxDateTime_t>(d->day()),
            static_cast<wxDateTime::Month>(d->month() - 1), static_cast<int>(d->year())};
}

/// The drop-down: a month calendar; choosing a day closes it and writes the day into the field.
class CalendarPopup : public wxComboPopup {
  public:
    bool Create(wxWindow* parent) override {
        calendar_ = new wxCalendarCtrl(parent, wxID_ANY, wxDefaultDateTime, wxDefaultPosition,
                                       wxDefaultSize, wxCAL_SHOW_HOLIDAYS);
        // A day chosen is written into the field at once (the calendar may also move to it when
        // paging months); a double click or Enter closes the calendar.
        calendar_->Bind(wxEVT_CALENDAR_SEL_CHANGED, [this](wxCalendarEvent&) {
            chosen_ = calendar_->GetDate();
            GetComboCtrl()->SetValueByUser(GetStringValue());
        });
        calendar_->Bind(wxEVT_CALENDAR_DOUBLECLICKED, [this](wxCalendarEvent&) {
            chosen_ = calendar_->GetDate();
            Dismiss();
        });
        return true;
    }
    wxWindow* GetControl() override { return calendar_; }
    void SetStringValue(const wxString& s) override {
        chosen_ = date_of(s);
        calendar_->SetDate(chosen_.IsValid() ? chosen_ : wxDateTime::Today());
    }
    wxString GetStringValue() const override { return u8(text_of(chosen_)); }
    wxSize GetAdjustedSize(int, int, int) override { return calendar_->GetBestSize(); }

  private:
    wxCalendarCtrl* calendar_ = nullptr;
    wxDateTime chosen_;
};

} // namespace

DateField::DateField(wxWindow* parent, const wxDateTime& date)
    : wxComboCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize) {
    SetPopupControl(new CalendarPopup);
    set_date(date.IsValid() ? date : wxDateTime::Today());
    // The widest date in this language's digits, and room for the button.
    SetMinSize(wxSize(
        GetTextExtent(u8(present::date_text(core::Date(2000, 12, 28)))).x + FromDIP(48), -1));
    Bind(wxEVT_TEXT, [this](wxCommandEvent& e) {
        text_changed();
        e.Skip();
    });
    if (wxTextCtrl* t = GetTextCtrl()) {
        // Leaving the field writes a typed date in the field's form again (or the last date).
        t->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
            set_date(date_);
            e.Skip();
        });
    }
}

void DateField::set_date(const wxDateTime& d) {
    setting_ = true;
    date_ = d.IsValid() ? d.GetDateOnly() : d;
    ChangeValue(u8(text_of(date_)));
    setting_ = false;
}

void DateField::text_changed() {
    if (setting_) {
        return;
    }
    const wxDateTime d = date_of(GetValue());
    if (!d.IsValid() || (date_.IsValid() && d.IsSameDate(date_))) {
        return;
    }
    date_ = d;
    wxDateEvent event(this, date_, wxEVT_DATE_CHANGED);
    ProcessWindowEvent(event);
}

} // namespace candor::app
