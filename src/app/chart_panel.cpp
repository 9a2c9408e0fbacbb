#include "chart_panel.hpp"
#include "accessible.hpp"
#include "chart_table_dialog.hpp"
#include "startup_trace.hpp"
#include "utf8.hpp"

#include "present/number_format.hpp"

#include <wx/dcclient.h>
#include <wx/frame.h>
#include <wx/graphics.h>
#include <wx/intl.h>
#include <wx/log.h>
#include <wx/menu.h>
#include <wx/settings.h>

#include <memory>
#include <string>

namespace {
enum : int { IdShowTable = wxID_HIGHEST + 1, IdCopyTable };
}

namespace candor::app {

ChartPanel::ChartPanel(wxWindow* parent, render::ChartKind kind, const wxString& name)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE, name),
      kind_(kind) {
    // In a right-to-left window wx mirrors the drawing, which would write the chart's text
    // backwards and run its axes from the right. Charts keep left-to-right axes in every
    // language (as in the reports); render places the titles and legends from the right
    // (ChartData::right_to_left). Where the chart sits still follows the window's direction.
    SetLayoutDirection(wxLayout_LeftToRight);
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(min_width, min_height)));
    SetLabel(name);
    SetToolTip(name);
    mark_as_image(this);
    set_accessible(this, name);
    Bind(wxEVT_PAINT, &ChartPanel::on_paint, this);
    Bind(wxEVT_KEY_DOWN, &ChartPanel::on_key, this);
    Bind(wxEVT_CONTEXT_MENU, &ChartPanel::on_context_menu, this);
    Bind(wxEVT_LEFT_DCLICK, [this](wxMouseEvent&) { show_table(); });
    Bind(wxEVT_LEFT_DOWN, [this](wxMouseEvent& e) {
        SetFocus();
        e.Skip();
    });
    // The focus ring is drawn with the chart.
    Bind(wxEVT_SET_FOCUS, [this](wxFocusEvent& e) {
        Refresh();
        e.Skip();
    });
    Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
        Refresh();
        e.Skip();
    });
}

void ChartPanel::show_table() {
    ChartTableDialog dlg(this, data_);
    dlg.ShowModal();
}

bool ChartPanel::copy_table() {
    const render::ChartTable t = table();
    const bool ok = copy_chart_table(t);
    if (auto* frame = dynamic_cast<wxFrame*>(wxGetTopLevelParent(this));
        frame != nullptr && frame->GetStatusBar() != nullptr) {
        const auto rows = static_cast<unsigned>(t.rows.size());
        const wxString copied =
            // TRANSLATORS: status bar; {0} a chart's title, {1} how many rows.
            wxPLURAL("Copied the data of \"{0}\": {1} row, tab-separated.",
                     "Copied the data of \"{0}\": {1} rows, tab-separated.", rows);
        frame->SetStatusText(
            ok ? fill(copied, data_.title, present::number(static_cast<double>(rows), 0))
               : _("The clipboard could not be opened; nothing was copied."));
    }
    return ok;
}

void ChartPanel::on_key(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    if ((key == WXK_RETURN || key == WXK_NUMPAD_ENTER || key == WXK_SPACE) &&
        !event.HasAnyModifiers()) {
        show_table();
    } else if (key == 'C' && event.GetModifiers() == wxMOD_CONTROL) {
        copy_table();
    } else {
        event.Skip(); // Tab and the rest go on to navigation
    }
}

void ChartPanel::on_context_menu(wxContextMenuEvent&) {
    wxMenu menu;
    menu.Append(IdShowTable, _("Show the data as a &table\tEnter"));
    menu.Append(IdCopyTable, _("&Copy the data\tCtrl+C"));
    switch (GetPopupMenuSelectionFromUser(menu)) {
    case IdShowTable:
        show_table();
        break;
    case IdCopyTable:
        copy_table();
        break;
    default:
        break;
    }
}

void ChartPanel::set_data(render::ChartData data) {
    data_ = std::move(data);
    const wxString text = text_equivalent();
    SetLabel(text);
    SetToolTip(text);
    // A screen reader announces the chart's title, then its caption in words and how to reach
    // the numbers.
    set_accessible(this, data_.title.empty() ? GetName() : wxString::FromUTF8(data_.title),
                   (data_.caption.empty() ? text : wxString::FromUTF8(data_.caption)) + wxS(" ") +
                       table_hint());
    Refresh();
}

wxString ChartPanel::text_equivalent() const {
    wxString t = data_.title.empty() ? GetName() : wxString::FromUTF8(data_.title);
    if (!data_.caption.empty()) {
        t << wxS("\n") << wxString::FromUTF8(data_.caption);
    }
    t << wxS("\n") << table_hint();
    return t;
}

wxString ChartPanel::table_hint() {
    return _("Enter shows the data as a table; Ctrl+C copies them.");
}

render::ChartStyle ChartPanel::style() const {
    render::ChartStyle st;
    // Chart text a little smaller than the window's, in logical pixels (cairo's user units
    // here; on GTK those are DIPs, hence the division by the scale factor).
    const double pt = GetFont().IsOk() ? GetFont().GetFractionalPointSize() : 9.0;
    st.font_size = 0.9 * pt * GetDPI().y / 72.0 / GetDPIScaleFactor();
    return st;
}

void ChartPanel::on_paint(wxPaintEvent&) {
    wxPaintDC dc(this);
    const std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) {
        return;
    }
    auto* cr = static_cast<cairo_t*>(gc->GetNativeContext());
    if (cr == nullptr) {
        return;
    }
    const wxSize size = GetClientSize();
    render::draw_chart(
        cr, kind_, data_,
        render::Rect{0.0, 0.0, static_cast<double>(size.x), static_cast<double>(size.y)}, style());
    if (HasFocus()) {
        // The keyboard focus: a ring in the system's selection colour, inside the edge.
        gc->SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), FromDIP(2)));
        gc->SetBrush(*wxTRANSPARENT_BRUSH);
        const double inset = FromDIP(2);
        gc->DrawRectangle(inset, inset, size.x - 2 * inset, size.y - 2 * inset);
    }
    startup_trace::mark("chart painted");
}

} // namespace candor::app
