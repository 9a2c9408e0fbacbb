#include "classroom_frame.hpp"

#include "chart_panel.hpp"
#include "theme.hpp"

#include "present/number_format.hpp"
#include "present/offer_label.hpp"
#include "render/output.hpp"

#include <wx/bitmap.h>
#include <wx/dcbuffer.h>
#include <wx/image.h>
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

    // The headline, shrunk until it fits on at most two lines (one where a chart follows).
    const wxColour colour = s.kind == StepKind::Plausible   ? theme::plausible()
                            : s.kind == StepKind::BreakEven ? theme::warning()
                                                            : theme::advertised();
    const bool with_chart = chart_kind().has_value();
    int px = with_chart ? h / 11 : h / 8; // a chart below takes some of the room
    const std::size_t max_lines = with_chart ? 1 : 2;
    std::vector<wxString> lines;
    for (;; px = px * 9 / 10) {
        dc.SetFont(font_px(px, true));
        lines = wrap(dc, u8(s.headline), width);
        const bool fits = std::all_of(lines.begin(), lines.end(), [&](const wxString& l) {
            return dc.GetTextExtent(l).x <= width;
        });
        if ((fits && lines.size() <= max_lines) || px < h / 30) {
            break;
        }
    }
    dc.SetTextForeground(colour);
    for (const wxString& l : lines) {
        dc.DrawText(l, margin, y);
        y += dc.GetCharHeight();
    }
    y += with_chart ? h / 40 : h / 20;

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
