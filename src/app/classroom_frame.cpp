#include "classroom_frame.hpp"

#include "theme.hpp"

#include "present/number_format.hpp"
#include "present/offer_label.hpp"

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include <algorithm>

namespace candor::app {

namespace {

wxString u8(const std::string& s) {
    return wxString::FromUTF8(s);
}

/// Splits `text` into lines no wider than `width` in the DC's current font.
std::vector<wxString> wrap(wxDC& dc, const wxString& text, int width) {
    std::vector<wxString> lines;
    wxString line;
    for (const wxString& word : wxSplit(text, ' ', '\0')) {
        const wxString candidate = line.empty() ? word : line + wxS(" ") + word;
        if (!line.empty() && dc.GetTextExtent(candidate).x > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.empty()) {
        lines.push_back(line);
    }
    return lines;
}

/// A font of `px` pixels height in the UI face.
wxFont font_px(int px, bool bold) {
    wxFont f = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
    f.SetPixelSize(wxSize(0, std::max(px, 8)));
    if (bold) {
        f.MakeBold();
    }
    return f;
}

} // namespace

ClassroomFrame::ClassroomFrame(wxWindow* parent, std::shared_ptr<const OfferResults> results)
    : wxFrame(parent, wxID_ANY, _("Candor: classroom"), wxDefaultPosition, wxSize(1280, 720)),
      results_(std::move(results)), steps_(classroom_steps(*results_)) {
    SetLayoutDirection(present::right_to_left() ? wxLayout_RightToLeft : wxLayout_LeftToRight);
    SetName(_("Classroom"));
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &ClassroomFrame::on_paint, this);
    Bind(wxEVT_CHAR_HOOK, &ClassroomFrame::on_key, this);
    Bind(wxEVT_LEFT_UP, [this](wxMouseEvent&) { next(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        Refresh();
        e.Skip();
    });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        if (on_closed) {
            on_closed();
        }
        e.Skip();
    });
}

void ClassroomFrame::next() {
    if (step_ + 1 < steps_.size()) {
        ++step_;
        Refresh();
    }
}

void ClassroomFrame::previous() {
    if (step_ > 0) {
        --step_;
        Refresh();
    }
}

void ClassroomFrame::go_to(std::size_t i) {
    step_ = steps_.empty() ? 0 : std::min(i, steps_.size() - 1);
    Refresh();
}

void ClassroomFrame::leave() {
    Close();
}

void ClassroomFrame::on_key(wxKeyEvent& event) {
    switch (event.GetKeyCode()) {
    case WXK_RIGHT:
    case WXK_DOWN:
    case WXK_SPACE:
    case WXK_PAGEDOWN:
    case WXK_NUMPAD_PAGEDOWN:
    case WXK_RETURN:
        next();
        break;
    case WXK_LEFT:
    case WXK_UP:
    case WXK_PAGEUP:
    case WXK_NUMPAD_PAGEUP:
    case WXK_BACK:
        previous();
        break;
    case WXK_ESCAPE:
    case WXK_F11:
        leave();
        break;
    case WXK_HOME:
        step_ = 0;
        Refresh();
        break;
    default:
        event.Skip();
    }
}

void ClassroomFrame::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    draw(dc, GetClientSize());
}

void ClassroomFrame::draw(wxDC& dc, const wxSize& size) const {
    dc.SetBackground(wxBrush(wxColour(0xFB, 0xFB, 0xF8)));
    dc.Clear();
    if (steps_.empty()) {
        return;
    }
    const ClassroomStep& s = steps_.at(step_);
    const int w = size.x;
    const int h = size.y;
    const int margin = std::max(w / 14, 24);
    const int width = w - 2 * margin;
    int y = h / 10;

    // Offer name and step title.
    dc.SetFont(font_px(h / 30, false));
    dc.SetTextForeground(theme::muted());
    dc.DrawText(u8(present::offer_name(results_->analysis().offer.name)), margin, y);
    y += dc.GetCharHeight() * 2;
    dc.SetFont(font_px(h / 16, true));
    dc.SetTextForeground(theme::ink());
    dc.DrawText(u8(s.title), margin, y);
    y += dc.GetCharHeight() + h / 14;

    // The headline, shrunk until it fits on at most two lines.
    const wxColour colour = s.kind == StepKind::Plausible   ? theme::plausible()
                            : s.kind == StepKind::BreakEven ? theme::warning()
                                                            : theme::advertised();
    int px = h / 8;
    std::vector<wxString> lines;
    for (;; px = px * 9 / 10) {
        dc.SetFont(font_px(px, true));
        lines = wrap(dc, u8(s.headline), width);
        const bool fits = std::all_of(lines.begin(), lines.end(), [&](const wxString& l) {
            return dc.GetTextExtent(l).x <= width;
        });
        if ((fits && lines.size() <= 2) || px < h / 30) {
            break;
        }
    }
    dc.SetTextForeground(colour);
    for (const wxString& l : lines) {
        dc.DrawText(l, margin, y);
        y += dc.GetCharHeight();
    }
    y += h / 20;

    dc.SetFont(font_px(h / 24, false));
    dc.SetTextForeground(theme::ink());
    for (const wxString& l : wrap(dc, u8(s.detail), width)) {
        dc.DrawText(l, margin, y);
        y += dc.GetCharHeight() * 5 / 4;
    }

    // Footer: where we are and how to move.
    dc.SetFont(font_px(h / 40, false));
    dc.SetTextForeground(theme::muted());
    const wxString step_number = u8(present::number(static_cast<double>(step_ + 1), 0));
    const wxString step_total = u8(present::number(static_cast<double>(steps_.size()), 0));
    // TRANSLATORS: %s the step's number, %s the number of steps (digits of the language).
    const wxString where = wxString::Format(_("Step %s of %s"), step_number, step_total);
    const wxSize ext = dc.GetTextExtent(where);
    dc.DrawText(where, w - margin - ext.x, h - margin / 2 - ext.y);
    dc.DrawText(_("Space, → or Page Down: next · Page Up: back · Esc: leave"), margin,
                h - margin / 2 - ext.y);
    // Progress bar.
    const int bar_y = h - margin / 2 - ext.y - h / 40;
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(theme::card_border()));
    dc.DrawRectangle(margin, bar_y, width, std::max(h / 200, 3));
    dc.SetBrush(wxBrush(theme::plausible()));
    dc.DrawRectangle(margin, bar_y,
                     static_cast<int>(static_cast<double>(width) * static_cast<double>(step_ + 1) /
                                      static_cast<double>(steps_.size())),
                     std::max(h / 200, 3));
}

} // namespace candor::app
