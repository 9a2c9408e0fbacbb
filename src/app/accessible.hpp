#pragma once
/// \file accessible.hpp
/// What screen readers announce. wxGTK 3.2 does not pass wxWindow::SetName on to ATK, GTK's
/// accessibility layer, so these functions talk to ATK directly: a form label becomes the
/// accessible name of the control it labels (with the labelled-by relation and the label's
/// Alt+letter mnemonic moving the focus there), and windows without a label of their own
/// (cards, charts, tables) get an explicit name and description.

#include <wx/string.h>

class wxStaticText;
class wxWindow;

namespace candor::app {

/// Ties `label` to `control`: the control's accessible name becomes the label's text (without
/// the mnemonic marker), the two are related for screen readers, and the label's mnemonic
/// focuses the control.
void label_control(wxStaticText* label, wxWindow* control);

/// Sets the name and the description a screen reader announces for `w`; an empty one is left
/// as it is.
void set_accessible(wxWindow* w, const wxString& name, const wxString& description = {});

/// Tells screen readers that `w` is a picture (a chart), announced by its name and description.
void mark_as_image(wxWindow* w);

/// What a screen reader would announce for `w`: its accessible name and description (used by
/// the tests, which read them back from ATK).
wxString accessible_name(wxWindow* w);
wxString accessible_description(wxWindow* w);

/// True when `label`'s mnemonic moves the focus to `control`.
bool label_targets(wxStaticText* label, wxWindow* control);

} // namespace candor::app
