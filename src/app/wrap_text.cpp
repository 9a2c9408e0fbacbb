#include "wrap_text.hpp"

#include <wx/scrolwin.h>
#include <wx/toplevel.h>

#include <algorithm>

namespace candor::app {

namespace {

/// The style that puts a label's lines at its start side: the left in a left-to-right window,
/// the right in a right-to-left one. wxGTK swaps left and right for a right-to-left window and
/// GTK swaps a label's alignment again for a right-to-left widget, so without this a label
/// wider than its lines (as a wrapped one is) shows them at its left, away from the badge or
/// button it belongs to; asking for the right comes out at the right.
long start_alignment(const wxWindow* parent) {
    return parent != nullptr && parent->GetLayoutDirection() == wxLayout_RightToLeft
               ? static_cast<long>(wxALIGN_RIGHT)
               : 0L;
}

} // namespace

WrapText::WrapText(wxWindow* parent, const wxString& text, long style, const wxString& name)
    // Not resized by wx at each new text: the sizer gives it its width, and a resize from
    // within a resize would wrap again without end.
    : wxStaticText(parent, wxID_ANY, text, wxDefaultPosition, wxDefaultSize,
                   style | wxST_NO_AUTORESIZE | start_alignment(parent), name),
      text_(text) {
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        if (GetSize().x != wrapped_at_) {
            rewrap();
        }
        e.Skip();
    });
}

void WrapText::SetLabel(const wxString& text) {
    if (in_rewrap_) {
        wxStaticText::SetLabel(text); // Wrap() setting the wrapped lines
        return;
    }
    if (text == text_ && wrapped_at_ >= 0) {
        return;
    }
    text_ = text;
    wrapped_at_ = -1;
    rewrap();
}

wxSize WrapText::DoGetBestSize() const {
    wxSize best = wxStaticText::DoGetBestSize();
    // Narrow enough for any layout from 1024 x 600 up; the sizer gives it more where it can.
    best.x = std::min(best.x, FromDIP(120));
    return best;
}

void WrapText::set_deferred(bool deferred) {
    deferred_ = deferred;
    if (!deferred_ && wrapped_at_ != GetSize().x) {
        rewrap();
    }
}

void WrapText::rewrap() {
    if (in_rewrap_) {
        return;
    }
    if (deferred_) {
        wrapped_at_ = -1; // wrapped again when the deferral ends
        return;
    }
    in_rewrap_ = true;
    const int width = GetSize().x;
    const wxSize before = GetBestSize();
    wxStaticText::SetLabel(text_);
    if (width > 8) {
        // Short of the width: wx measures the lines itself, and GTK's shaping (of Arabic
        // with Latin runs and isolates especially) can come out wider, by up to about 6%.
        Wrap(std::max(8, width - std::max(FromDIP(12), width / 10)));
        wrapped_at_ = width;
    }
    InvalidateBestSize();
    in_rewrap_ = false;
    if (GetBestSize().y == before.y || relayout_pending_) {
        return;
    }
    // Taller or shorter now: the containers lay out again (once the size event is over), up
    // to the scrolled panel or the window, which recomputes its scrolling.
    relayout_pending_ = true;
    CallAfter([this] {
        relayout_pending_ = false;
        for (wxWindow* w = GetParent(); w != nullptr; w = w->GetParent()) {
            w->Layout();
            if (auto* scrolled = dynamic_cast<wxScrolledWindow*>(w)) {
                scrolled->FitInside();
                break;
            }
            if (w->IsTopLevel()) {
                break;
            }
        }
    });
}

} // namespace candor::app
