#include "accessible.hpp"

#include <wx/combo.h>
#include <wx/control.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/window.h>

#include <gtk/gtk.h>

namespace candor::app {

namespace {

/// The first text field among the descendants of `w`.
wxTextCtrl* find_text_field(wxWindow* w) {
    for (wxWindow* child : w->GetChildren()) {
        if (auto* t = dynamic_cast<wxTextCtrl*>(child)) {
            return t;
        }
        if (wxTextCtrl* t = find_text_field(child)) {
            return t;
        }
    }
    return nullptr;
}

/// The GTK widget that takes the keyboard focus for `w`: the entry of a text field, the tree
/// view inside a list's scrolled window, the text field of a combo control (the date fields).
GtkWidget* focus_widget(wxWindow* w) {
    if (w == nullptr) {
        return nullptr;
    }
    if (dynamic_cast<wxComboCtrl*>(w) != nullptr) {
        // A date field (DateField) is a text field with a drop-down button.
        if (wxTextCtrl* field = find_text_field(w)) {
            return focus_widget(field);
        }
    }
    GtkWidget* widget = w->GetConnectWidget();
    if (widget == nullptr) {
        widget = static_cast<GtkWidget*>(w->GetHandle());
    }
    if (widget != nullptr && GTK_IS_SCROLLED_WINDOW(widget)) {
        GtkWidget* child = gtk_bin_get_child(GTK_BIN(widget));
        if (child != nullptr && GTK_IS_VIEWPORT(child)) {
            child = gtk_bin_get_child(GTK_BIN(child));
        }
        if (child != nullptr) {
            widget = child;
        }
    }
    return widget;
}

AtkObject* atk_of(wxWindow* w) {
    GtkWidget* widget = focus_widget(w);
    return widget == nullptr ? nullptr : gtk_widget_get_accessible(widget);
}

wxString from_utf8(const char* s) {
    return s == nullptr ? wxString() : wxString::FromUTF8(s);
}

} // namespace

void label_control(wxStaticText* label, wxWindow* control) {
    GtkWidget* target = focus_widget(control);
    auto* label_widget = static_cast<GtkWidget*>(label->GetHandle());
    if (target == nullptr || label_widget == nullptr || !GTK_IS_LABEL(label_widget)) {
        return;
    }
    // GTK relates the two for ATK (labelled-by / label-for) and routes the mnemonic.
    gtk_label_set_mnemonic_widget(GTK_LABEL(label_widget), target);
    wxString name = wxControl::RemoveMnemonics(label->GetLabel());
    name.Trim(true);
    if (name.EndsWith(wxS(":"))) {
        name.RemoveLast();
        name.Trim(true); // French puts a space before the colon
    }
    atk_object_set_name(gtk_widget_get_accessible(target), name.utf8_str());
}

void label_control_made_before(wxStaticText* label, wxWindow* control) {
    wxWindow* parent = label->GetParent();
    if (parent != nullptr && control->GetParent() == parent) {
        wxWindowList& children = parent->GetChildren();
        children.DeleteObject(label);
        children.Insert(children.Find(control), label);
    }
    label_control(label, control);
}

void set_accessible(wxWindow* w, const wxString& name, const wxString& description) {
    if (AtkObject* a = atk_of(w)) {
        if (!name.empty()) {
            atk_object_set_name(a, name.utf8_str());
        }
        if (!description.empty()) {
            atk_object_set_description(a, description.utf8_str());
        }
    }
}

void mark_as_image(wxWindow* w) {
    if (AtkObject* a = atk_of(w)) {
        atk_object_set_role(a, ATK_ROLE_IMAGE);
    }
}

wxString accessible_name(wxWindow* w) {
    AtkObject* a = atk_of(w);
    return a == nullptr ? wxString() : from_utf8(atk_object_get_name(a));
}

wxString accessible_description(wxWindow* w) {
    AtkObject* a = atk_of(w);
    return a == nullptr ? wxString() : from_utf8(atk_object_get_description(a));
}

bool label_targets(wxStaticText* label, wxWindow* control) {
    auto* label_widget = static_cast<GtkWidget*>(label->GetHandle());
    return label_widget != nullptr && GTK_IS_LABEL(label_widget) &&
           gtk_label_get_mnemonic_widget(GTK_LABEL(label_widget)) == focus_widget(control);
}

} // namespace candor::app
