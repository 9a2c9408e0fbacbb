#include "chart_panel.hpp"
#include "accessible.hpp"
#include "startup_trace.hpp"

#include <wx/dcclient.h>
#include <wx/graphics.h>
#include <wx/intl.h>

#include <memory>

namespace candor::app {

render::OfferResults chart_results(const OfferResults& r) {
    render::OfferResults out(r.analysis());
    if (r.evaluation.plausible) {
        out.plausible = render::PlausiblePayout{r.evaluation.plausible->central_payout,
                                                r.evaluation.plausible->optimistic_payout};
    }
    if (r.scenario) {
        const ScenarioResult& sc = *r.scenario;
        render::ScenarioOutcome s;
        s.name = wxGetTranslation(wxString::FromUTF8(sc.name)).utf8_string();
        s.annual_hazard = sc.model.hazard;
        s.recovery = sc.model.recovery;
        s.recovery_delay_years = sc.model.recovery_delay_years;
        s.expected_payout = sc.stats.expected_payout;
        s.probability_of_loss = sc.stats.probability_of_loss;
        s.median_payout = sc.stats.median_payout;
        s.p05_payout = sc.stats.p05_payout;
        s.p95_payout = sc.stats.p95_payout;
        if (sc.model.rollovers == 0) { // the chart shows a single term
            s.distribution = core::outcome_distribution(sc.model);
        }
        out.scenario = std::move(s);
    }
    return out;
}

ChartPanel::ChartPanel(wxWindow* parent, render::ChartKind kind, const wxString& name)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE, name),
      kind_(kind) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(min_width, min_height)));
    SetLabel(name);
    SetToolTip(name);
    mark_as_image(this);
    set_accessible(this, name);
    Bind(wxEVT_PAINT, &ChartPanel::on_paint, this);
}

void ChartPanel::set_data(render::ChartData data) {
    data_ = std::move(data);
    const wxString text = text_equivalent();
    SetLabel(text);
    SetToolTip(text);
    // A screen reader announces the chart's title, then its caption in words.
    set_accessible(this, data_.title.empty() ? GetName() : wxString::FromUTF8(data_.title),
                   data_.caption.empty() ? text : wxString::FromUTF8(data_.caption));
    Refresh();
}

wxString ChartPanel::text_equivalent() const {
    wxString t = data_.title.empty() ? GetName() : wxString::FromUTF8(data_.title);
    if (!data_.caption.empty()) {
        t << wxS("\n") << wxString::FromUTF8(data_.caption);
    }
    return t;
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
    startup_trace::mark("chart painted");
}

} // namespace candor::app
