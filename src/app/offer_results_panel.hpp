#pragma once
/// \file offer_results_panel.hpp
/// The right side of an offer's tab: the verdict, and the results in four tabs (the summary
/// with the contrast and the disclosures, the charts, the key figures, the rate ladder). It
/// shows OfferResults the page hands it; it computes nothing.

#include "offer_results.hpp"

#include <wx/panel.h>

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

class wxDataViewListCtrl;
class wxNotebook;
class wxScrolledWindow;
class wxSizer;
class wxStaticText;

namespace candor::core {
class MarketData;
}

namespace candor::app {

class AssumptionsBox;
class WrapText;
class ChartPanel;

class OfferResultsPanel : public wxPanel {
  public:
    /// The tabs of the results, in order.
    enum class View { Summary = 0, Charts = 1, KeyFigures = 2, Ladder = 3 };

    explicit OfferResultsPanel(wxWindow* parent);

    /// Shows `r`; `market` gives the charts their magnitudes (nullptr: the built-in ones).
    void show(const OfferResults& r, const core::MarketData* market);
    /// The form has `count` wrong fields: says so, and when results are on screen (`stale`)
    /// marks them as the last valid ones.
    void show_form_errors(std::size_t count, bool stale);
    /// A line under the disclosures (an error of the worker, or nothing).
    void set_status(const wxString& text);

    /// The text of a figure on screen by id ("advertised", "plausible", "gap", "payout.adv"...);
    /// empty when unknown.
    wxString figure_text(const std::string& id) const;
    /// The headline of the i-th disclosure listed (most severe first).
    wxString disclosure_headline(std::size_t i) const;
    const std::vector<ChartPanel*>& charts() const { return charts_; }
    ChartPanel* ladder_chart() const { return ladder_; }

    void select_view(View view);
    View selected_view() const;

    /// The assumptions in use, at the end of the Summary tab.
    AssumptionsBox* assumptions() const { return assumptions_; }

  private:
    void build_header(wxSizer* sizer);
    void build_summary();
    void build_charts();
    void build_key_figures();
    void build_ladder();
    void set_figure(const std::string& id, const wxString& text);
    void show_verdict(const OfferResults& r);
    void show_contrast(const OfferResults& r);
    void show_expected(const OfferResults& r);
    void show_key_figures(const OfferResults& r);
    void show_ponzi(const OfferResults& r);
    void show_disclosures(const std::vector<present::DisclosureText>& list);
    /// Sets the texts of the rows on screen when they are the same disclosures as `list`;
    /// false when the list has changed.
    bool update_disclosures(const std::vector<present::DisclosureText>& list);
    void add_disclosure(const present::DisclosureText& d);
    void show_charts(const OfferResults& r, const core::MarketData* market);

    wxNotebook* results_book_ = nullptr;        ///< Summary, Charts, Key figures, Ladder
    wxScrolledWindow* results_panel_ = nullptr; ///< the Summary tab
    wxStaticText* stale_banner_ = nullptr;
    std::map<std::string, wxStaticText*> figures_;
    wxDataViewListCtrl* key_figures_ = nullptr; ///< label, advertised, benchmark per row
    std::map<std::string, int> key_rows_;       ///< figure id ("payout") -> row
    wxSizer* disclosures_sizer_ = nullptr;
    std::vector<std::string> expanded_disclosures_; ///< ids the user opened
    /// One disclosure on screen, in order, most severe first.
    struct DisclosureRow {
        std::string id;
        std::string headline_text; ///< as shown (before wrapping)
        std::string detail_text;
        wxStaticText* headline = nullptr;
        WrapText* detail = nullptr; ///< inside the collapsible pane
    };
    std::vector<DisclosureRow> disclosure_rows_;
    std::vector<ChartPanel*> charts_;
    AssumptionsBox* assumptions_ = nullptr;
    ChartPanel* ladder_ = nullptr;
};

} // namespace candor::app
