#include "offer_results_panel.hpp"

#include "accessible.hpp"
#include "assumptions_box.hpp"
#include "chart_panel.hpp"
#include "theme.hpp"
#include "utf8.hpp"
#include "wrap_text.hpp"

#include "core/market_data.hpp"
#include "core/rate.hpp"
#include "i18n/tr.hpp"
#include "present/benchmark_text.hpp"
#include "present/disclosure_text.hpp"
#include "present/key_figures.hpp"
#include "present/number_format.hpp"
#include "present/ponzi_text.hpp"
#include "render/chart_data.hpp"

#include <fmt/format.h>

#include <wx/collpane.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/notebook.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <utility>

namespace candor::app {

namespace pf = present;

namespace {

/// A card: a lightly shaded panel holding a caption, a big figure and a line under it.
struct Card {
    wxPanel* panel;
    wxStaticText* caption;
    wxStaticText* figure;
    wxStaticText* sub;
};

Card make_card(wxWindow* parent, const wxString& caption, const wxColour& colour, float scale) {
    auto* p = new wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                          wxBORDER_SIMPLE | wxTAB_TRAVERSAL);
    p->SetBackgroundColour(theme::card());
    auto* s = new wxBoxSizer(wxVERTICAL);
    // Every text of a card wraps to the card's width: a long caption or a figure with its unit
    // goes on to a second line rather than being cut.
    auto* cap = new WrapText(p, caption.Upper());
    cap->SetForegroundColour(theme::muted());
    cap->SetFont(cap->GetFont().Bold());
    auto* fig = new WrapText(p, wxS("—"));
    fig->SetFont(fig->GetFont().Scaled(scale).Bold());
    fig->SetForegroundColour(colour);
    auto* sub = new WrapText(p, wxString());
    sub->SetForegroundColour(theme::muted());
    s->Add(cap, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    s->Add(fig, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    s->Add(sub, 0, wxEXPAND | wxALL, 12);
    p->SetSizer(s);
    return {p, cap, fig, sub};
}

/// A text of the results: wrapped to the width, in `colour`.
WrapText* add_text(wxWindow* parent, wxSizer* sizer, const wxColour& colour, int flags) {
    auto* t = new WrapText(parent, wxString());
    t->SetForegroundColour(colour);
    sizer->Add(t, 0, wxEXPAND | flags, 16);
    return t;
}

/// The rows of the Key figures tab, in order (present defines each figure once).
const std::vector<present::KeyFigureId>& app_key_figures() {
    using Id = present::KeyFigureId;
    static const std::vector<Id> rows = {
        Id::Payout,        Id::ReturnOverTerm, Id::SimpleRate, Id::EffectiveRate,
        Id::RealRate,      Id::NetPayout,      Id::NetRate,    Id::BreakEven,
        Id::Survival,      Id::DoublingTime,   Id::Rollover,   Id::PlausibleCentral,
        Id::PlausibleBest, Id::ExpectedPayout, Id::LossChance, Id::MedianPayout,
        Id::P05Payout};
    return rows;
}

/// "payout.adv" -> ("payout", 1); "payout.bench" -> ("payout", 2); else column 0.
std::pair<std::string, unsigned> key_cell(const std::string& id) {
    const auto dot = id.rfind('.');
    if (dot == std::string::npos) {
        return {id, 0U};
    }
    const std::string column = id.substr(dot + 1);
    return {id.substr(0, dot), column == "adv" ? 1U : column == "bench" ? 2U : 0U};
}

} // namespace

// Made at a real size, for a page added to a window already on screen (File > New offer): GTK
// lays the results' tabs out at once and complains when given no room for their strip. Only
// the first size: the minimum stays what the content needs.
OfferResultsPanel::OfferResultsPanel(wxWindow* parent)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(wxSize(600, 500)),
              wxTAB_TRAVERSAL, wxS("results")) {
    SetMinSize(wxDefaultSize);
    SetBackgroundColour(*wxWHITE);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    build_header(sizer);
    // Four views of the results, one tab each.
    results_book_ = new wxNotebook(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(600, 400)));
    results_book_->SetMinSize(wxDefaultSize); // a first size (see above), no minimum
    results_book_->SetName(_("Results"));
    set_accessible(results_book_, _("Results"));
    sizer->Add(results_book_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    build_summary();
    build_charts();
    build_key_figures();
    build_ladder();
    SetSizer(sizer);
}

void OfferResultsPanel::build_header(wxSizer* sizer) {
    stale_banner_ = new WrapText(this, _("Some fields need attention: the figures below are "
                                         "the last valid result."));
    stale_banner_->SetBackgroundColour(theme::stale());
    stale_banner_->Hide();
    sizer->Add(stale_banner_, 0, wxEXPAND | wxALL, 10);

    auto* title = add_text(this, sizer, theme::ink(), wxLEFT | wxRIGHT | wxTOP);
    title->SetFont(title->GetFont().Scaled(1.4f).Bold());
    figures_["title"] = title;
    figures_["summary"] = add_text(this, sizer, theme::muted(), wxLEFT | wxRIGHT);
    // The overall verdict first, then what it was measured against, and that this is for
    // learning (the same words as the CLI and the reports).
    auto* verdict = add_text(this, sizer, theme::ink(), wxLEFT | wxRIGHT | wxTOP);
    verdict->SetFont(verdict->GetFont().Bold());
    verdict->SetName(_("Verdict"));
    figures_["verdict"] = verdict;
    figures_["assumed"] = add_text(this, sizer, theme::muted(), wxLEFT | wxRIGHT | wxBOTTOM);
}

// The contrast (the cards), what the Ponzi model says and the disclosures.
void OfferResultsPanel::build_summary() {
    results_panel_ = new wxScrolledWindow(results_book_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxVSCROLL | wxTAB_TRAVERSAL, wxS("summary"));
    results_panel_->SetScrollRate(0, 12);
    results_panel_->SetBackgroundColour(*wxWHITE);
    auto* psizer = new wxBoxSizer(wxVERTICAL);
    results_panel_->SetSizer(psizer);
    results_book_->AddPage(results_panel_, _("Summary"), true);
    wxWindow* const page = results_panel_;
    // Each card: its figure under `id`, the line under it under `id` + "_sub", and the name a
    // screen reader announces.
    const auto add_card = [&](wxSizer* row, const char* id, const wxString& caption,
                              const wxString& name, const wxColour& colour, float scale, int gap) {
        const Card card = make_card(page, caption, colour, scale);
        figures_[id] = card.figure;
        figures_[std::string(id) + "_sub"] = card.sub;
        card.panel->SetName(name);
        set_accessible(card.panel, name);
        row->Add(card.panel, 1, wxEXPAND | wxRIGHT, gap);
    };
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    add_card(row, "advertised", _("Advertised"), _("Advertised payout"), theme::advertised(), 2.4f,
             10);
    add_card(row, "plausible", _("Plausible"), _("Plausible payout"), theme::plausible(), 2.4f, 0);
    psizer->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 16);
    auto* row2 = new wxBoxSizer(wxHORIZONTAL);
    add_card(row2, "gap", _("Gap"), _("Gap between advertised and plausible"), theme::ink(), 1.6f,
             10);
    add_card(row2, "expected", _("Expected under the scenario"),
             _("Expected payout under the scenario"), theme::expected(), 1.6f, 0);
    psizer->Add(row2, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 16);

    // What the Ponzi model says about the offer: the growth of new deposits it needs.
    auto* ponzi = new WrapText(page, wxString(), 0, _("Paid from new deposits"));
    figures_["ponzi"] = ponzi;
    psizer->Add(ponzi, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 16);

    auto* dhead = new wxStaticText(page, wxID_ANY, _("Disclosures"));
    dhead->SetFont(dhead->GetFont().Scaled(1.15f).Bold());
    psizer->Add(dhead, 0, wxLEFT | wxTOP, 16);
    disclosures_sizer_ = new wxBoxSizer(wxVERTICAL);
    psizer->Add(disclosures_sizer_, 0, wxEXPAND | wxALL, 16);

    // Only when something needs saying (fields to correct, an error): how long a recalculation
    // took is no news to a learner.
    figures_["status"] = add_text(page, psizer, theme::muted(), wxALL);
    // The assumptions in use, each with its source and an Edit (assumptions_box.cpp), at the
    // end of the tab, which scrolls: higher up they would cost the cards their room.
    assumptions_ = new AssumptionsBox(page);
    psizer->Add(assumptions_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 16);
}

// Charts, drawn by render (the same code as the reports), two by two, filling the tab.
void OfferResultsPanel::build_charts() {
    auto* page = new wxPanel(results_book_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxTAB_TRAVERSAL, wxS("charts"));
    page->SetBackgroundColour(*wxWHITE);
    auto* cgrid = new wxGridSizer(2, wxSize(10, 10));
    const std::pair<render::ChartKind, wxString> kinds[] = {
        {render::ChartKind::ValueOverTerm, _("Chart: value over the term")},
        {render::ChartKind::Rollover, _("Chart: rolled over, on a log scale")},
        {render::ChartKind::OutcomeDistribution, _("Chart: distribution of the payout")},
        {render::ChartKind::Survival, _("Chart: chance the platform is still paying")},
    };
    for (const auto& kind : kinds) {
        auto* chart = new ChartPanel(page, kind.first, kind.second);
        charts_.push_back(chart);
        cgrid->Add(chart, 1, wxEXPAND);
    }
    auto* csizer = new wxBoxSizer(wxVERTICAL);
    csizer->Add(cgrid, 1, wxEXPAND | wxALL, 12);
    page->SetSizer(csizer);
    results_book_->AddPage(page, _("Charts"));
}

// Key figures: one native table (a GtkTreeView on GTK) rather than fifty labels, which keeps
// start-up quick and lets a screen reader read each row as label, advertised, benchmark.
void OfferResultsPanel::build_key_figures() {
    auto* kpage = new wxPanel(results_book_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                              wxTAB_TRAVERSAL, wxS("key figures"));
    // Made at a real size: laid out only when its tab is first shown, and GTK warns about a
    // table given no room for its scroll bars before that.
    key_figures_ =
        new wxDataViewListCtrl(kpage, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(600, 400)),
                               wxDV_SINGLE | wxDV_HORIZ_RULES | wxBORDER_NONE);
    key_figures_->SetName(_("Key figures"));
    set_accessible(key_figures_, _("Key figures"));
    // TRANSLATORS: heading of the column naming each key figure (a return, a payout, a rate).
    key_figures_->AppendTextColumn(_("Figure"), wxDATAVIEW_CELL_INERT, FromDIP(380), wxALIGN_LEFT);
    key_figures_->AppendTextColumn(_("Advertised"), wxDATAVIEW_CELL_INERT, FromDIP(170),
                                   wxALIGN_RIGHT);
    key_figures_->AppendTextColumn(_("Benchmark"), wxDATAVIEW_CELL_INERT, FromDIP(170),
                                   wxALIGN_RIGHT);
    // The labels are present's, the same words as the CLI and the reports.
    for (const present::KeyFigureId id : app_key_figures()) {
        key_rows_[present::key_figure_key(id)] = static_cast<int>(key_figures_->GetItemCount());
        wxVector<wxVariant> values;
        values.push_back(wxVariant(u8(present::key_figure_label(id))));
        values.push_back(wxVariant(wxS("—")));
        values.push_back(wxVariant(wxString()));
        key_figures_->AppendItem(values);
    }
    auto* ksizer = new wxBoxSizer(wxVERTICAL);
    ksizer->Add(key_figures_, 1, wxEXPAND | wxALL, 8);
    kpage->SetSizer(ksizer);
    results_book_->AddPage(kpage, _("Key figures"));
}

// The rate ladder: the offer's annual rate among safe, asset and collapsed-scheme rates, drawn
// by render as in the reports; a tab of its own for the height it needs.
void OfferResultsPanel::build_ladder() {
    auto* page = new wxPanel(results_book_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxTAB_TRAVERSAL, wxS("ladder"));
    page->SetBackgroundColour(*wxWHITE);
    ladder_ = new ChartPanel(page, render::ChartKind::Ladder, _("Chart: the rate ladder"));
    auto* lsizer = new wxBoxSizer(wxVERTICAL);
    lsizer->Add(ladder_, 1, wxEXPAND | wxALL, 12);
    page->SetSizer(lsizer);
    // TRANSLATORS: a tab of the results showing the rate ladder chart.
    results_book_->AddPage(page, _("Rate ladder"));
}

void OfferResultsPanel::set_figure(const std::string& id, const wxString& text) {
    const auto it = figures_.find(id);
    if (it != figures_.end()) {
        it->second->SetLabel(text);
        return;
    }
    const auto [row, column] = key_cell(id);
    const auto r = key_rows_.find(row);
    if (r != key_rows_.end() && column > 0 &&
        key_figures_->GetTextValue(static_cast<unsigned>(r->second), column) != text) {
        key_figures_->SetTextValue(text, static_cast<unsigned>(r->second), column);
    }
}

wxString OfferResultsPanel::figure_text(const std::string& id) const {
    const auto it = figures_.find(id);
    if (it != figures_.end()) {
        const auto* wrapped = dynamic_cast<const WrapText*>(it->second);
        return wrapped != nullptr ? wrapped->text() : it->second->GetLabel();
    }
    const auto [row, column] = key_cell(id);
    const auto r = key_rows_.find(row);
    return r == key_rows_.end() || column == 0
               ? wxString()
               : key_figures_->GetTextValue(static_cast<unsigned>(r->second), column);
}

void OfferResultsPanel::show_form_errors(std::size_t count, bool stale) {
    stale_banner_->Show(stale);
    Layout();
    const auto n = static_cast<unsigned>(count);
    const wxString attention =
        // TRANSLATORS: {0} a count, in the language's digits.
        wxPLURAL("{0} field needs attention.", "{0} fields need attention.", n);
    set_status(fill(attention, pf::number(static_cast<double>(n), 0)));
    results_panel_->Layout();
}

void OfferResultsPanel::set_status(const wxString& text) {
    set_figure("status", text);
    // Shown only with something to say: empty, its line and border left a blank band between
    // the disclosures and the assumptions.
    if (figures_.at("status")->Show(!text.empty())) {
        results_panel_->FitInside();
        results_panel_->Layout();
    }
}

void OfferResultsPanel::show(const OfferResults& r, const core::MarketData* market) {
    stale_banner_->Hide();
    Layout();
    set_figure("title", u8(r.analysis().offer.name));
    show_verdict(r);
    show_contrast(r);
    show_expected(r);
    show_key_figures(r);
    show_ponzi(r);
    show_disclosures(r.disclosures);
    show_charts(r, market);
    set_status(wxString());
    results_panel_->FitInside();
    results_panel_->Layout();
}

void OfferResultsPanel::show_verdict(const OfferResults& r) {
    const core::Analysis& a = r.analysis();
    // TRANSLATORS: {0} the principal, {1} the asset held, {2} days, {3} a day count.
    const wxString summary =
        wxPLURAL("{0} held in {1} for {2} day ({3})", "{0} held in {1} for {2} days ({3})",
                 static_cast<unsigned>(a.term_days));
    set_figure("summary", fill(summary, pf::money(a.offer.principal), a.offer.held.code,
                               pf::number(static_cast<double>(a.term_days), 0),
                               std::string(core::day_count_name(a.offer.day_count))));
    set_figure("verdict", u8(fmt::format(fmt::runtime(i18n::tr("Verdict: {0}")),
                                         pf::verdict_headline(r.evaluation.verdict))));
    // The benchmark and inflation in use are in the assumptions box, with their sources.
    assumptions_->update(r);
    set_figure("assumed", _("Candor is for learning; this is not financial advice."));
}

// The advertised and the plausible payout, and the gap between them.
void OfferResultsPanel::show_contrast(const OfferResults& r) {
    const core::Analysis& a = r.analysis();
    const core::Asset& cur = a.offer.principal.asset();
    const std::string na = present::too_large_text();
    set_figure("advertised", u8(pf::money(a.advertised_payout)));
    // TRANSLATORS: {0} the return over the term, {1} the effective annual rate.
    set_figure("advertised_sub", fill(_("{0} over the term · {1} a year (EAR)"),
                                      pf::percent(a.nominal.holding_period_return),
                                      pf::percent(a.nominal.effective_annual_rate, na)));
    set_figure("plausible", u8(pf::money(r.plausible_payout(), cur)));
    if (r.evaluation.plausible) {
        set_figure("plausible_sub", _("the claimed mix at its long-run average"));
    } else {
        // TRANSLATORS: {0} the benchmark's annual rate.
        set_figure("plausible_sub", fill(_("the benchmark at {0} a year over the same term"),
                                         pf::percent(a.benchmark_rate)));
    }
    const double gap = core::advertised_gap(r.evaluation);
    set_figure("gap", u8(pf::money(gap, cur)));
    // TRANSLATORS: {0} the gap as a percentage of the principal.
    set_figure("gap_sub", fill(_("{0} of the principal beyond the plausible payout"),
                               pf::percent(gap / a.offer.principal.to_major())));
}

// The expected payout: under the scenario, or at the break-even chance of failure.
void OfferResultsPanel::show_expected(const OfferResults& r) {
    const core::Analysis& a = r.analysis();
    const core::Asset& cur = a.offer.principal.asset();
    if (r.scenario) {
        const core::ScenarioStats& st = r.scenario->stats;
        set_figure("expected", u8(pf::money(st.expected_payout, cur)));
        // TRANSLATORS: {0} the number of simulated paths.
        const wxString method = r.scenario->exact
                                    ? _("exact")
                                    : fill(_("Monte Carlo, {0} paths"),
                                           pf::number(static_cast<double>(r.scenario->paths), 0));
        // TRANSLATORS: {0} scenario name, {1} a probability, {2} how it was computed.
        set_figure("expected_sub",
                   fill(_("{0}: {1} chance of a loss ({2})"), pf::scenario_label(*r.scenario),
                        pf::percent(st.probability_of_loss, 1), method));
        set_figure("expected.adv", u8(pf::money(st.expected_payout, cur)));
        set_figure("loss.adv", u8(pf::percent(st.probability_of_loss)));
        set_figure("median.adv", u8(pf::money(st.median_payout, cur)));
        set_figure("p05.adv", u8(pf::money(st.p05_payout, cur)));
    } else {
        // No scenario is not a finding of no risk: an offer that needs risk to explain its
        // payout is shown at its break-even failure chance, where it is worth the benchmark.
        if (a.break_even) {
            set_figure("expected", u8(pf::money(a.benchmark_payout)));
            // TRANSLATORS: {0} the break-even chance of failure within the term.
            set_figure("expected_sub",
                       u8(fmt::format(fmt::runtime(i18n::tr("at break-even: {0} or more "
                                                            "chance of failure")),
                                      pf::percent(a.break_even->default_probability))));
        } else {
            set_figure("expected", u8(pf::money(a.advertised_payout)));
            set_figure("expected_sub", u8(i18n::tr("no scenario: no failure risk needed")));
        }
        for (const char* id : {"expected.adv", "loss.adv", "median.adv", "p05.adv"}) {
            set_figure(id, wxS("—"));
        }
    }
    // The scenario's colour only for a scenario's figure.
    figures_["expected"]->SetForegroundColour(r.scenario ? theme::expected() : theme::ink());
}

void OfferResultsPanel::show_key_figures(const OfferResults& r) {
    // A figure that does not apply (no scenario, no claimed mix) shows a dash; present words
    // the others that have no number ("none needed", "nothing left").
    for (const present::KeyFigure& f : present::key_figures(r, app_key_figures())) {
        set_figure(f.key + ".adv", f.applies ? u8(f.value) : wxString(wxS("—")));
        if (f.benchmark) {
            set_figure(f.key + ".bench", u8(*f.benchmark));
        }
    }
}

void OfferResultsPanel::show_ponzi(const OfferResults& r) {
    std::string text;
    if (r.ponzi) {
        for (const std::string& line : pf::ponzi_reading_lines(*r.ponzi)) {
            text += (text.empty() ? "" : "\n") + line;
        }
    }
    set_figure("ponzi", u8(text));
}

// Most severe first, as core orders them. When the same disclosures apply as before (the usual
// case while typing), their rows are kept and only changed texts are set: rebuilding the rows
// is most of what a keystroke would otherwise cost.
void OfferResultsPanel::show_disclosures(const std::vector<present::DisclosureText>& list) {
    if (update_disclosures(list)) {
        return;
    }
    disclosures_sizer_->Clear(true);
    disclosure_rows_.clear();
    if (list.empty()) {
        auto* none = new wxStaticText(results_panel_, wxID_ANY, _("No disclosures apply."));
        none->SetForegroundColour(theme::muted());
        disclosures_sizer_->Add(none);
        return;
    }
    for (const present::DisclosureText& d : list) {
        add_disclosure(d);
    }
}

bool OfferResultsPanel::update_disclosures(const std::vector<present::DisclosureText>& list) {
    const bool same_ids = !disclosure_rows_.empty() && disclosure_rows_.size() == list.size() &&
                          std::equal(list.begin(), list.end(), disclosure_rows_.begin(),
                                     [](const present::DisclosureText& d, const DisclosureRow& r) {
                                         return d.id == r.id;
                                     });
    if (!same_ids) {
        return false;
    }
    bool changed = false;
    for (std::size_t i = 0; i < list.size(); ++i) {
        DisclosureRow& row = disclosure_rows_[i];
        if (row.headline_text != list[i].headline) {
            row.headline_text = list[i].headline;
            row.headline->SetLabel(u8(row.headline_text));
            changed = true;
        }
        if (row.detail_text != list[i].detail) {
            row.detail_text = list[i].detail;
            row.detail->SetLabel(u8(row.detail_text));
            changed = true;
        }
    }
    if (changed) {
        results_panel_->FitInside();
    }
    return true;
}

void OfferResultsPanel::add_disclosure(const present::DisclosureText& d) {
    wxWindow* const parent = results_panel_;
    DisclosureRow r;
    r.id = d.id;
    r.headline_text = d.headline;
    r.detail_text = d.detail;
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    auto* badge =
        new wxStaticText(parent, wxID_ANY, u8(present::severity_label(d.severity)).Upper(),
                         wxDefaultPosition, wxSize(FromDIP(84), -1));
    badge->SetFont(badge->GetFont().Bold().Scaled(0.85f));
    badge->SetForegroundColour(d.severity == core::Severity::Warning   ? theme::warning()
                               : d.severity == core::Severity::Caution ? theme::caution()
                                                                       : theme::info());
    auto* col = new wxBoxSizer(wxVERTICAL);
    r.headline = new WrapText(parent, u8(d.headline));
    r.headline->SetForegroundColour(theme::ink()); // the panel is white in dark themes too
    // The pane's name is the disclosure's id, so that which ones are open can be kept.
    auto* pane = new wxCollapsiblePane(parent, wxID_ANY, _("Explanation"), wxDefaultPosition,
                                       wxDefaultSize, wxCP_DEFAULT_STYLE | wxCP_NO_TLW_RESIZE,
                                       wxDefaultValidator, u8(d.id));
    r.detail = new WrapText(pane->GetPane(), u8(d.detail));
    r.detail->SetForegroundColour(theme::muted());
    auto* ps = new wxBoxSizer(wxVERTICAL);
    ps->Add(r.detail, 0, wxEXPAND | wxLEFT, 16);
    pane->GetPane()->SetSizer(ps);
    // The explanation is wrapped only while open: most stay closed, and a keystroke would
    // wrap each of them again for nobody.
    auto& open = expanded_disclosures_;
    const bool is_open = std::find(open.begin(), open.end(), d.id) != open.end();
    r.detail->set_deferred(!is_open);
    if (is_open) {
        pane->Expand();
    }
    pane->Bind(wxEVT_COLLAPSIBLEPANE_CHANGED,
               [this, detail = r.detail, id = d.id](wxCollapsiblePaneEvent& e) {
                   detail->set_deferred(e.GetCollapsed());
                   // Remember which explanations are open across rebuilds of the list.
                   auto& ids = expanded_disclosures_;
                   const auto it = std::find(ids.begin(), ids.end(), id);
                   if (!e.GetCollapsed() && it == ids.end()) {
                       ids.push_back(id);
                   } else if (e.GetCollapsed() && it != ids.end()) {
                       ids.erase(it);
                   }
                   results_panel_->FitInside();
                   results_panel_->Layout();
               });
    col->Add(r.headline, 0, wxEXPAND | wxTOP, 4);
    col->Add(pane, 0, wxEXPAND);
    row->Add(badge, 0, wxTOP, 4);
    // A gap after the badge (before it, right to left: the text may run up to its edge there).
    row->Add(col, 1, wxEXPAND | wxLEFT, FromDIP(6));
    disclosures_sizer_->Add(row, 0, wxEXPAND | wxBOTTOM, 6);
    disclosure_rows_.push_back(std::move(r));
}

void OfferResultsPanel::show_charts(const OfferResults& r, const core::MarketData* market) {
    const std::vector<render::Magnitude> magnitudes =
        market != nullptr ? render::magnitudes_of(*market) : render::default_magnitudes();
    for (ChartPanel* chart : charts_) {
        chart->set_data(render::chart_for(chart->kind(), r, magnitudes));
    }
    if (ladder_ != nullptr) {
        ladder_->set_data(render::ladder_chart(r));
    }
}

wxString OfferResultsPanel::disclosure_headline(std::size_t i) const {
    if (i >= disclosure_rows_.size()) {
        return {};
    }
    // The text as set, without the line breaks of wrapping.
    const auto* wrapped = dynamic_cast<const WrapText*>(disclosure_rows_[i].headline);
    return wrapped != nullptr ? wrapped->text() : disclosure_rows_[i].headline->GetLabelText();
}

void OfferResultsPanel::select_view(View view) {
    results_book_->SetSelection(static_cast<std::size_t>(view));
}

OfferResultsPanel::View OfferResultsPanel::selected_view() const {
    return static_cast<View>(results_book_->GetSelection());
}

} // namespace candor::app
