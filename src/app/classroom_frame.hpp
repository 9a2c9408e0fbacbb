#pragma once
/// \file classroom_frame.hpp
/// Classroom mode: a full-screen window that shows one step of an offer's story at a time in
/// type large enough to read from the back of a room. Forward: Right, Down, Space, Enter, Page
/// Down (what presentation clickers send) or a click; back: Left, Up, Page Up, Backspace; Home
/// and End: the first and the last step; B or "." blanks the screen (again, or any key but Esc,
/// brings it back); Esc or F11 leaves. The same moves are buttons under the step. The keys are
/// caught for the whole window (wxEVT_CHAR_HOOK), whichever control has the focus.

#include "classroom_steps.hpp"

#include "render/chart.hpp"
#include "render/chart_data.hpp"

#include <wx/frame.h>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class wxButton;
class wxDC;
class wxPanel;

namespace candor::app {

class ClassroomFrame : public wxFrame {
  public:
    /// `magnitudes`: the real-world amounts the rollover chart marks (empty: render's defaults).
    ClassroomFrame(wxWindow* parent, std::shared_ptr<const OfferResults> results,
                   std::vector<render::Magnitude> magnitudes = {});

    std::size_t step() const { return step_; }
    std::size_t step_count() const { return steps_.size(); }
    const ClassroomStep& current() const { return steps_.at(step_); }

    void next();
    void previous();
    /// Shows step `i` (the last one when `i` is past it).
    void go_to(std::size_t i);
    /// The results the steps were made from.
    const std::shared_ptr<const OfferResults>& results() const { return results_; }
    /// Leaves classroom mode (closes the window).
    void leave();
    /// Blanks the screen (a presenter's B key), or brings the step back.
    void set_blank(bool blank);
    bool blank() const { return blank_; }
    /// Gives the keyboard focus to the step (after the window is shown).
    void take_focus();
    /// The area the step is drawn in (the window without the row of buttons).
    wxWindow* canvas() const { return canvas_; }
    /// The on-screen controls: back, next, blank, leave.
    wxButton* back_button() const { return back_; }
    wxButton* next_button() const { return next_; }
    wxButton* blank_button() const { return blank_button_; }
    wxButton* leave_button() const { return leave_; }

    /// Called when the window closes.
    std::function<void()> on_closed;

    /// Draws the current step on any DC of the given size (screen or screenshot). The rollover
    /// and the outcome distribution steps show their chart under the text, drawn by render as in
    /// the app and the reports, in type and lines sized for the room.
    void draw(wxDC& dc, const wxSize& size) const;

    /// The chart the current step shows, if any, with its data.
    std::optional<render::ChartKind> chart_kind() const;
    const render::ChartData& chart_data() const;
    /// Where the last draw() put the chart (empty when it drew none), and its style.
    wxRect chart_rect() const { return chart_rect_; }
    render::ChartStyle chart_style(const wxSize& size) const;

  private:
    void on_key(wxKeyEvent& event);
    void on_paint(wxPaintEvent& event);
    /// After a move: the title (the step, for the task bar and screen readers), the buttons,
    /// a repaint.
    void changed();

    std::shared_ptr<const OfferResults> results_;
    std::vector<ClassroomStep> steps_;
    std::vector<render::ChartData> charts_; ///< per step; empty data where it shows none
    std::size_t step_ = 0;
    bool blank_ = false;
    wxWindow* canvas_ = nullptr;
    wxPanel* bar_ = nullptr;
    wxButton* back_ = nullptr;
    wxButton* next_ = nullptr;
    wxButton* blank_button_ = nullptr;
    wxButton* leave_ = nullptr;
    mutable wxRect chart_rect_;
};

} // namespace candor::app
