#pragma once
/// \file classroom_frame.hpp
/// Classroom mode: a full-screen window that shows one step of an offer's story at a time in
/// type large enough to read from the back of a room. Forward: Right, Down, Space, Page Down
/// (what presentation clickers send) or a click; back: Left, Up, Page Up; Esc or F11 leaves.

#include "classroom_steps.hpp"

#include "render/chart.hpp"
#include "render/chart_data.hpp"

#include <wx/frame.h>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class wxDC;

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

    std::shared_ptr<const OfferResults> results_;
    std::vector<ClassroomStep> steps_;
    std::vector<render::ChartData> charts_; ///< per step; empty data where it shows none
    std::size_t step_ = 0;
    mutable wxRect chart_rect_;
};

} // namespace candor::app
