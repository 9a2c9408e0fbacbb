#pragma once
/// \file wrap_text.hpp
/// A label that wraps its text to the width it is given, at any window size and in any
/// language, instead of being cut at its right edge: a wxStaticText whose text is wrapped
/// again whenever its width changes, and whose best width is small, so that sizers may narrow
/// it and it grows in height instead. (wx 3.2 has no height-for-width layout; Wrap() alone
/// wraps once, at a width fixed in advance.)

#include <wx/stattext.h>

namespace candor::app {

class WrapText : public wxStaticText {
  public:
    WrapText(wxWindow* parent, const wxString& text, long style = 0,
             const wxString& name = wxASCII_STR(wxStaticTextNameStr));

    /// Sets the text (unwrapped) and wraps it to the current width.
    void SetLabel(const wxString& text) override;
    /// The text as set, without the line breaks wrapping added.
    const wxString& text() const { return text_; }
    /// While deferred, new texts and widths are kept but not wrapped: for text that is not
    /// shown, such as the explanation in a collapsed pane, where each keystroke would wrap
    /// again what nobody sees. Ending the deferral wraps at once what changed meanwhile.
    void set_deferred(bool deferred);

  protected:
    wxSize DoGetBestSize() const override;

  private:
    void rewrap();

    wxString text_;
    int wrapped_at_ = -1; ///< the width the label was last wrapped to
    bool relayout_pending_ = false;
    bool in_rewrap_ = false;
    bool deferred_ = false;
};

} // namespace candor::app
