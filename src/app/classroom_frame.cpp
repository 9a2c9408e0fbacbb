#include "classroom_frame.hpp"

#include "chart_panel.hpp"
#include "theme.hpp"
#include "utf8.hpp"

#include "present/number_format.hpp"
#include "present/offer_label.hpp"
#include "render/output.hpp"

#include <wx/bitmap.h>
#include <wx/button.h>
#include <wx/dcbuffer.h>
#include <wx/image.h>
#include <wx/panel.h>
#include <wx/settings.h>
#include <wx/sizer.h>

#include <algorithm>

namespace candor::app {

namespace {

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

const wxColour room_background(0xFB, 0xFB, 0xF8);

/// The chart a step of this kind shows under its text, if any.
std::optional<render::ChartKind> chart_kind_of(StepKind kind) {
    switch (kind) {
    case StepKind::Rollover:
        return render::ChartKind::Rollover;
    case StepKind::Outcomes:
        return render::ChartKind::OutcomeDistribution;
    case StepKind::Ladder:
        return render::ChartKind::Ladder;
    default:
        return std::nullopt;
    }
}

/// Draws `data` as `kind` into `area` of `dc`: render draws it on an image, which is put on
/// the DC (any DC: the screen, or a bitmap for a screenshot).
void draw_chart_image(wxDC& dc, render::ChartKind kind, const render::ChartData& data,
                      const wxRect& area, const render::ChartStyle& style) {
    const render::RgbImage rgb = render::draw_chart_rgb(kind, data, area.width, area.height, style);
    wxImage image(rgb.width, rgb.height, false);
    std::copy(rgb.rgb.begin(), rgb.rgb.end(), image.GetData());
    // Also in a right-to-left window the picture is put as it is (wx places it, it does not
    // flip it): the chart keeps left-to-right axes, as in the reports.
    dc.DrawBitmap(wxBitmap(image), area.x, area.y);
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

/// Where a step's text goes: the left margin, the top, the width of the text, the height of
/// the window.
struct TextBox {
    int margin, y, width, h;
};

/// Draws the headline of `s`, shrunk until it fits on at most two lines (one where a chart
/// follows); returns where the text under it starts.
int draw_headline(wxDC& dc, const ClassroomStep& s, bool with_chart, const TextBox& box) {
    const int h = box.h;
    const wxColour colour = s.kind == StepKind::Plausible   ? theme::plausible()
                            : s.kind == StepKind::BreakEven ? theme::warning()
                                                            : theme::advertised();
    int px = with_chart ? h / 11 : h / 8; // a chart below takes some of the room
    const std::size_t max_lines = with_chart ? 1 : 2;
    std::vector<wxString> lines;
    for (;; px = px * 9 / 10) {
        dc.SetFont(font_px(px, true));
        lines = wrap(dc, u8(s.headline), box.width);
        const bool fits = std::all_of(lines.begin(), lines.end(), [&](const wxString& l) {
            return dc.GetTextExtent(l).x <= box.width;
        });
        if ((fits && lines.size() <= max_lines) || px < h / 30) {
            break;
        }
    }
    dc.SetTextForeground(colour);
    int y = box.y;
    for (const wxString& l : lines) {
        dc.DrawText(l, box.margin, y);
        y += dc.GetCharHeight();
    }
    return y + (with_chart ? h / 40 : h / 20);
}

} // namespace

ClassroomFrame::ClassroomFrame(wxWindow* parent, std::shared_ptr<const OfferResults> results,
                               std::vector<render::Magnitude> magnitudes)
    : wxFrame(parent, wxID_ANY, _("Candor: classroom"), wxDefaultPosition, wxSize(1280, 720)),
      results_(std::move(results)), steps_(classroom_steps(*results_)) {
    // The charts of the steps that show one, made once: the results do not change while the
    // classroom is open (a new language opens a new classroom).
    if (magnitudes.empty()) {
        magnitudes = render::default_magnitudes();
    }
    for (const ClassroomStep& s : steps_) {
        const auto kind = chart_kind_of(s.kind);
        charts_.push_back(kind ? render::chart_for(*kind, *results_, magnitudes)
                               : render::ChartData{});
    }
    SetLayoutDirection(present::right_to_left() ? wxLayout_RightToLeft : wxLayout_LeftToRight);
    SetName(_("Classroom"));
    SetBackgroundColour(room_background);
    // The step is painted on a canvas that takes the focus; the buttons sit under it.
    canvas_ = new wxWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxWANTS_CHARS | wxFULL_REPAINT_ON_RESIZE, wxS("classroom step"));
    canvas_->SetBackgroundStyle(wxBG_STYLE_PAINT);
    canvas_->Bind(wxEVT_PAINT, &ClassroomFrame::on_paint, this);
    canvas_->Bind(wxEVT_LEFT_UP, [this](wxMouseEvent&) {
        if (blank_) {
            set_blank(false);
        } else {
            next();
        }
    });
    bar_ = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL,
                       wxS("classroom controls"));
    bar_->SetBackgroundColour(room_background);
    const wxFont button_font = font_px(std::max(FromDIP(16), 16), false);
    const auto button = [&](const wxString& label, const wxString& help, auto action) {
        auto* b = new wxButton(bar_, wxID_ANY, label);
        b->SetFont(button_font);
        b->SetToolTip(help);
        b->Bind(wxEVT_BUTTON, [this, action](wxCommandEvent&) {
            action();
            take_focus();
        });
        return b;
    };
    // The arrows point the way the steps go in the language's direction.
    const bool rtl = present::right_to_left();
    back_ = button(rtl ? _("Back ▶") : _("◀ Back"), _("Previous step (Page Up, ←)"),
                   [this] { previous(); });
    next_ = button(rtl ? _("◀ Next") : _("Next ▶"), _("Next step (Page Down, Space, →)"),
                   [this] { next(); });
    blank_button_ = button(_("Blank screen"), _("Blank the screen (B); again to show the step"),
                           [this] { set_blank(!blank_); });
    leave_ = button(_("Leave"), _("Leave classroom mode (Esc, F11)"), [this] { leave(); });
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->AddStretchSpacer();
    for (wxButton* b : {back_, next_, blank_button_, leave_}) {
        row->Add(b, 0, wxALL, FromDIP(6));
    }
    row->AddStretchSpacer();
    bar_->SetSizer(row);
    auto* col = new wxBoxSizer(wxVERTICAL);
    col->Add(canvas_, 1, wxEXPAND);
    col->Add(bar_, 0, wxEXPAND);
    SetSizer(col);

    // Keys for the whole window, whichever control (the canvas, a button) has the focus.
    Bind(wxEVT_CHAR_HOOK, &ClassroomFrame::on_key, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        canvas_->Refresh();
        e.Skip();
    });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        if (on_closed) {
            on_closed();
        }
        e.Skip();
    });
    changed();
}

void ClassroomFrame::changed() {
    const wxString step_number = u8(present::number(static_cast<double>(step_ + 1), 0));
    const wxString step_total = u8(present::number(static_cast<double>(steps_.size()), 0));
    // TRANSLATORS: {0} the step's number, {1} the number of steps (digits of the language).
    const wxString where = fill(_("Step {0} of {1}"), step_number, step_total);
    SetTitle(wxString::Format(wxS("%s — %s"), _("Candor: classroom"),
                              blank_ ? _("Blank screen") : where));
    back_->Enable(!blank_ && step_ > 0);
    next_->Enable(!blank_ && step_ + 1 < steps_.size());
    bar_->Show(!blank_);
    Layout();
    canvas_->Refresh();
}

void ClassroomFrame::next() {
    if (step_ + 1 < steps_.size()) {
        ++step_;
    }
    changed();
}

void ClassroomFrame::previous() {
    if (step_ > 0) {
        --step_;
    }
    changed();
}

void ClassroomFrame::go_to(std::size_t i) {
    step_ = steps_.empty() ? 0 : std::min(i, steps_.size() - 1);
    changed();
}

void ClassroomFrame::set_blank(bool blank) {
    blank_ = blank;
    changed();
}

void ClassroomFrame::take_focus() {
    Raise();
    canvas_->SetFocus();
}

void ClassroomFrame::leave() {
    Close();
}

void ClassroomFrame::on_key(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    if (key == WXK_ESCAPE || key == WXK_F11) {
        leave();
        return;
    }
    if (event.HasAnyModifiers()) {
        event.Skip(); // Alt+F4, Ctrl+... stay the window manager's and the toolkit's
        return;
    }
    const wxWindow* focus = FindFocus();
    if ((key == WXK_SPACE || key == WXK_RETURN || key == WXK_NUMPAD_ENTER) && focus != nullptr &&
        focus != canvas_ && focus->GetParent() == bar_) {
        event.Skip(); // a button reached with Tab is pressed as buttons are
        return;
    }
    if (key == 'B' || key == 'b' || key == '.' || key == WXK_NUMPAD_DECIMAL) {
        set_blank(!blank_);
        return;
    }
    if (blank_) {
        // A blank screen comes back with any move; the move itself is not made, so that the
        // class sees the step it was shown before.
        switch (key) {
        case WXK_SHIFT:
        case WXK_CONTROL:
        case WXK_ALT:
            event.Skip();
            return;
        default:
            set_blank(false);
            return;
        }
    }
    switch (key) {
    case WXK_RIGHT:
    case WXK_DOWN:
    case WXK_SPACE:
    case WXK_PAGEDOWN:
    case WXK_NUMPAD_PAGEDOWN:
    case WXK_NUMPAD_RIGHT:
    case WXK_NUMPAD_DOWN:
    case WXK_RETURN:
    case WXK_NUMPAD_ENTER:
        next();
        break;
    case WXK_LEFT:
    case WXK_UP:
    case WXK_PAGEUP:
    case WXK_NUMPAD_PAGEUP:
    case WXK_NUMPAD_LEFT:
    case WXK_NUMPAD_UP:
    case WXK_BACK:
        previous();
        break;
    case WXK_HOME:
    case WXK_NUMPAD_HOME:
        go_to(0);
        break;
    case WXK_END:
    case WXK_NUMPAD_END:
        go_to(steps_.empty() ? 0 : steps_.size() - 1);
        break;
    default:
        event.Skip();
    }
}

void ClassroomFrame::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(canvas_);
    if (blank_) {
        dc.SetBackground(*wxBLACK_BRUSH);
        dc.Clear();
        chart_rect_ = wxRect();
        return;
    }
    draw(dc, canvas_->GetClientSize());
}

std::optional<render::ChartKind> ClassroomFrame::chart_kind() const {
    return steps_.empty() ? std::nullopt : chart_kind_of(steps_.at(step_).kind);
}

const render::ChartData& ClassroomFrame::chart_data() const {
    static const render::ChartData none;
    return charts_.empty() ? none : charts_.at(step_);
}

render::ChartStyle ClassroomFrame::chart_style(const wxSize& size) const {
    render::ChartStyle st;
    st.font_size = std::max(12.0, size.y / 48.0); // pixels: readable from the back of a room
    st.line_width = std::max(2.0, size.y / 360.0);
    st.background = {room_background.Red() / 255.0, room_background.Green() / 255.0,
                     room_background.Blue() / 255.0};
    st.show_title = false;   // the step's title says it
    st.show_caption = false; // and its text explains it: the plot gets the room
    if (chart_kind() == render::ChartKind::Ladder) {
        // The ladder's words are its content: scale, labels and figures as large as the
        // slide's smallest text (the footer, h/40), never shrunk below it; rungs that do not
        // fit are left out (the offer's and the safe rate's never).
        st.font_size = std::max(12.0, size.y / 36.0);
        st.min_label_size = std::max(11.0, size.y / 40.0);
    }
    return st;
}

void ClassroomFrame::draw(wxDC& dc, const wxSize& size) const {
    dc.SetBackground(wxBrush(room_background));
    dc.Clear();
    chart_rect_ = wxRect();
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

    const bool with_chart = chart_kind().has_value();
    y = draw_headline(dc, s, with_chart, {margin, y, width, h});
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
    // TRANSLATORS: {0} the step's number, {1} the number of steps (digits of the language).
    const wxString where = fill(_("Step {0} of {1}"), step_number, step_total);
    const wxSize ext = dc.GetTextExtent(where);
    dc.DrawText(where, w - margin - ext.x, h - margin / 2 - ext.y);
    dc.DrawText(_("Space, → or Page Down: next · Page Up: back · B: blank · Esc: leave"), margin,
                h - margin / 2 - ext.y);
    // Progress bar.
    const int bar_y = h - margin / 2 - ext.y - h / 40;
    // The chart of the step, in the room left between the text and the progress bar.
    if (const auto kind = chart_kind()) {
        const wxRect area(margin, y + h / 40, width, bar_y - h / 30 - (y + h / 40));
        if (area.height >= h / 5) {
            draw_chart_image(dc, *kind, chart_data(), area, chart_style(size));
            chart_rect_ = area;
        }
    }
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
