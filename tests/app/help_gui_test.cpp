// The help window, the pick-lists and the assumptions box on real windows under Xvfb (issue 14,
// sections 5 to 7). Linked into candor_app_gui_tests (its main and application are in
// gui_test.cpp).
#include <doctest/doctest.h>

#include "app/assumptions_box.hpp"
#include "app/candor_app.hpp"
#include "app/help_frame.hpp"
#include "app/language.hpp"
#include "app/main_frame.hpp"
#include "app/offer_page.hpp"
#include "app/pick_list_dialog.hpp"

#include "core/market_data.hpp"
#include "core/scenario_data.hpp"
#include "i18n/tr.hpp"
#include "present/benchmark_text.hpp"
#include "present/number_format.hpp"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/html/htmlwin.h>
#include <wx/modalhook.h>
#include <wx/srchctrl.h>
#include <wx/stopwatch.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

using namespace candor;
using namespace candor::app;

namespace {

bool pump(const std::function<bool()>& done, long timeout_ms = 5000) {
    const wxStopWatch sw;
    while (!done() && sw.Time() < timeout_ms) {
        wxTheApp->Yield(true);
        wxMilliSleep(5);
    }
    return done();
}

std::string str(const wxString& s) {
    return s.utf8_string();
}

bool contains(const wxString& haystack, const std::string& needle) {
    return str(haystack).find(needle) != std::string::npos;
}

bool all_done(MainFrame* frame) {
    for (std::size_t i = 0; i < frame->page_count(); ++i) {
        if (frame->page(i)->busy() || frame->page(i)->results() == nullptr) {
            return false;
        }
    }
    return true;
}

/// The first descendant of `w` with this name.
wxWindow* named(wxWindow* w, const wxString& name) {
    for (wxWindow* child : w->GetChildren()) {
        if (child->GetName() == name) {
            return child;
        }
        if (wxWindow* found = named(child, name)) {
            return found;
        }
    }
    return nullptr;
}

void click(wxWindow* button) {
    wxCommandEvent e(wxEVT_BUTTON, button->GetId());
    e.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(e);
}

/// Answers the pick-list dialog as a user would: types a filter, ticks ids, presses OK.
class PickListAnswer : public wxModalDialogHook {
  public:
    PickListAnswer(std::string filter, std::vector<std::string> ids)
        : filter_(std::move(filter)), ids_(std::move(ids)) {
        Register();
    }
    ~PickListAnswer() override { Unregister(); }
    PickListAnswer(const PickListAnswer&) = delete;
    PickListAnswer& operator=(const PickListAnswer&) = delete;

    std::vector<std::string> rows; ///< what the filtered list showed
    int opened = 0;

  protected:
    int Enter(wxDialog* dialog) override {
        auto* pick = dynamic_cast<PickListDialog*>(dialog);
        if (pick == nullptr) {
            return wxID_NONE;
        }
        ++opened;
        pick->set_filter(wxString::FromUTF8(filter_));
        for (const wxString& r : pick->rows()) {
            rows.push_back(str(r));
        }
        for (const std::string& id : ids_) {
            pick->choose(id);
        }
        return wxID_OK;
    }
    void Exit(wxDialog* /*dialog*/) override {}

  private:
    std::string filter_;
    std::vector<std::string> ids_;
};

} // namespace

TEST_CASE("Help shows the start page, the methodology and a searchable glossary inside the "
          "app, translated, with links between terms") {
    apply_language("de");
    auto* frame = new MainFrame;
    frame->Show();
    frame->add_example("platform-a-usdt");
    REQUIRE(pump([&] { return all_done(frame); }));

    HelpFrame* help = frame->show_help_page(HelpPage::Glossary);
    REQUIRE(help != nullptr);
    CHECK(help->IsShown());
    CHECK(help->page() == HelpPage::Glossary);
    // Translated: the German term is on the page, and it is not the English one.
    const std::string ear = i18n::tr("Effective annual rate (EAR)");
    CHECK(ear != "Effective annual rate (EAR)");
    CHECK_MESSAGE(contains(help->page_text(), ear), str(help->page_text()));
    CHECK(str(help->GetTitle()) == i18n::tr("Candor Help"));
    const std::string hazard = i18n::tr("Hazard");
    CHECK(contains(help->page_text(), hazard));

    // The filter box keeps the terms that match and drops the others.
    help->filter_box()->SetValue(wxS("effektiv")); // as typed: the text event filters
    REQUIRE(pump([&] { return !contains(help->page_text(), hazard); }, 2000));
    CHECK(contains(help->page_text(), ear));
    help->set_filter(wxS("zzzz"));
    CHECK(contains(help->page_text(), "zzzz")); // "no term matches"
    CHECK_FALSE(contains(help->page_text(), ear));

    // A link to a term filtered out shows the whole glossary again.
    help->follow(wxS("#hazard"));
    CHECK(help->filter_box()->GetValue().empty());
    CHECK(contains(help->page_text(), hazard));

    // The methodology: the benchmark of the offer's currency with its source and date.
    help->show_page(HelpPage::Methodology);
    const wxString method = help->page_text();
    CHECK(contains(method, i18n::tr("Benchmark and inflation")));
    CHECK(contains(method, "e = (1 + r)^(1/t)"));
    const core::AssetClass& bills = core::MarketData::builtin().get("tbill_3m");
    CHECK(contains(method, bills.source.date));
    // wxHTML gives its text with plain spaces where the figure has a no-break space.
    const std::string raw = present::percent(bills.geometric_mean);
    std::string figure;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw.compare(i, 2, "\xc2\xa0") == 0) { // U+00A0
            figure += ' ';
            i += 1;
        } else if (raw.compare(i, 3, "\xe2\x80\xaf") == 0) { // U+202F
            figure += ' ';
            i += 2;
        } else {
            figure += raw[i];
        }
    }
    CHECK(contains(method, i18n::tr(bills.name) + ": " + figure));
    CHECK(contains(method, i18n::tr("Crypto mining")));

    // The start page opens an example in the main window.
    help->show_page(HelpPage::Start);
    if (const char* dir = std::getenv("CANDOR_HELP_SHOTS")) {
        pump([] { return false; }, 300);
        save_window_png(help, std::string(dir) + "/help-start-de.png");
    }
    CHECK(contains(help->page_text(), i18n::tr("Read an offer in three steps")));
    CHECK(help->show_at_start_box()->IsShown());
    const std::size_t before = frame->page_count();
    help->follow(wxS("candor:example"));
    CHECK(frame->page_count() == before + 1);
    help->follow(wxS("candor:glossary"));
    CHECK(help->page() == HelpPage::Glossary);
    // The same window is raised, not a second one made.
    CHECK(frame->show_help_page(HelpPage::Methodology) == help);
    help->Destroy();
    frame->Destroy();
    pump([] { return false; }, 50);

    // In Arabic the help reads right to left.
    apply_language("ar");
    auto* ar = new MainFrame;
    ar->Show();
    HelpFrame* ar_help = ar->show_help_page(HelpPage::Glossary);
    CHECK(ar_help->GetLayoutDirection() == wxLayout_RightToLeft);
    CHECK(ar_help->html()->GetLayoutDirection() == wxLayout_RightToLeft);
    if (const char* dir = std::getenv("CANDOR_HELP_SHOTS")) { // pictures for docs/app.md
        pump([] { return false; }, 300);
        save_window_png(ar_help, std::string(dir) + "/help-glossary-ar.png");
    }
    CHECK(contains(ar_help->page_text(), i18n::tr("Glossary")));
    CHECK(i18n::tr("Glossary") != "Glossary");
    ar_help->Destroy();
    ar->Destroy();
    pump([] { return false; }, 50);
    apply_language("en");
}

TEST_CASE("the pick-lists write ids into the fields, and sources with no return series are "
          "accepted and shown as unchecked") {
    apply_language("en");
    auto* frame = new MainFrame;
    frame->Show();
    OfferPage* page = frame->add_example("platform-a-usdt");
    REQUIRE(pump([&] { return all_done(frame); }));
    auto* mix = dynamic_cast<wxTextCtrl*>(page->field_control(field::mix));
    REQUIRE(mix != nullptr);
    mix->SetValue(wxString());

    wxWindow* mix_button = named(page, wxS("Choose what the yield is said to come from"));
    REQUIRE(mix_button != nullptr);
    {
        PickListAnswer answer("min", {"mining", "trading"});
        click(mix_button);
        CHECK(answer.opened == 1);
        // Grouped: the heading of the group, then the source by name and id.
        CHECK(std::find(answer.rows.begin(), answer.rows.end(),
                        "— Sources with no public return series —") != answer.rows.end());
        CHECK(std::find(answer.rows.begin(), answer.rows.end(), "Crypto mining (mining)") !=
              answer.rows.end());
        CHECK(std::find(answer.rows.begin(), answer.rows.end(), "Gold (gold)") ==
              answer.rows.end());
    }
    CHECK(str(mix->GetValue()) == "mining=50, trading=50");
    page->show_all_errors();
    REQUIRE(pump([&] { return all_done(frame); }));
    CHECK_MESSAGE(page->field_error_text(field::mix).empty(),
                  str(page->field_error_text(field::mix)));
    // The whole mix is unchecked: counted at the safe rate, said beside the results.
    const core::OfferResult& r = *page->results();
    REQUIRE(r.evaluation.plausible);
    CHECK(r.evaluation.plausible->unexplained_weight() == doctest::Approx(1.0));
    CHECK(r.evaluation.plausible->central_annual_rate == r.analysis().benchmark_rate);
    const std::string unchecked = str(page->assumptions()->row_text(field::mix));
    CHECK_MESSAGE(unchecked.find("100% of the claimed mix (mining, trading) has no public return "
                                 "series") != std::string::npos,
                  unchecked);
    CHECK(unchecked.find(present::percent(r.analysis().benchmark_rate)) != std::string::npos);
    CHECK(page->assumptions()->edit_button(field::mix)->IsShown());

    // Choosing again keeps the weights typed and shares the rest.
    mix->SetValue(wxS("gold=60"));
    {
        PickListAnswer answer("", {"us_equities", "treasury_10y"});
        click(mix_button);
    }
    CHECK(str(mix->GetValue()) == "gold=60, us_equities=20, treasury_10y=20");
    REQUIRE(pump([&] { return all_done(frame) && page->field_error_text(field::mix).empty(); }));
    // No source without a series: the row is hidden.
    CHECK(page->assumptions()->row_text(field::mix).empty());
    CHECK_FALSE(page->assumptions()->edit_button(field::mix)->IsShown());
    // A typed id that is neither is refused, naming the accepted ids of both kinds.
    mix->SetValue(wxS("mining=50, unobtainium=50"));
    page->show_all_errors();
    REQUIRE(pump([&] { return !page->busy(); }));
    const std::string error = str(page->field_error_text(field::mix));
    CHECK_MESSAGE(error.find("asset-class ids from: tbill_3m") != std::string::npos, error);
    CHECK_MESSAGE(error.find("cannot be checked: mining, trading") != std::string::npos, error);
    REQUIRE(page->form().error_for(field::mix) != nullptr);
    CHECK(page->form().error_for(field::mix)->got == "unobtainium");

    // The asset held, by name.
    wxWindow* asset_button = named(page, wxS("Choose the asset held"));
    REQUIRE(asset_button != nullptr);
    {
        PickListAnswer answer("euro", {"EUR"});
        click(asset_button);
        CHECK(std::find(answer.rows.begin(), answer.rows.end(), "Euro (EUR)") != answer.rows.end());
    }
    CHECK(page->input().asset == "EUR");
    frame->Destroy();
    pump([] { return false; }, 50);
}

TEST_CASE("the assumptions in use are shown beside the results with source and date, and Edit "
          "goes to the field") {
    apply_language("en");
    auto* frame = new MainFrame;
    frame->Show();
    OfferPage* page = frame->add_example("platform-a-usdt");
    REQUIRE(pump([&] { return all_done(frame); }));
    AssumptionsBox* box = page->assumptions();
    REQUIRE(box != nullptr);
    CHECK(box->IsShownOnScreen());
    const core::Analysis& a = page->results()->analysis();
    const std::string bench = str(box->row_text(field::benchmark));
    CHECK(bench == present::benchmark_line(a));
    CHECK(bench.find(present::percent(a.assumptions.benchmark_rate)) != std::string::npos);
    CHECK_FALSE(a.assumptions.benchmark_basis.figures().as_of.empty());
    CHECK_MESSAGE(bench.find(a.assumptions.benchmark_basis.figures().as_of) != std::string::npos,
                  bench);
    const std::string infl = str(box->row_text(field::inflation));
    CHECK(infl == present::inflation_line(a));
    CHECK(infl.find(a.assumptions.inflation_basis.figures().as_of) != std::string::npos);

    // A scenario's figures and the date of their source.
    page->set_input([&] {
        OfferFormInput in = page->input();
        in.scenario = core::ScenarioPresets::builtin().presets().front().id;
        return in;
    }());
    REQUIRE(pump([&] { return all_done(frame) && page->results()->scenario.has_value(); }));
    const core::ScenarioPreset& preset = core::ScenarioPresets::builtin().presets().front();
    const std::string scen = str(box->row_text(field::scenario));
    CHECK_MESSAGE(scen.find(preset.sources.front().date) != std::string::npos, scen);
    CHECK(scen.find(present::percent(preset.recovery)) != std::string::npos);

    // Edit puts the focus in the field, showing the form when it was hidden.
    page->show_form(false);
    click(box->edit_button(field::benchmark));
    CHECK(page->form_shown());
    wxWindow* bench_field = page->field_control(field::benchmark);
    CHECK(pump([&] { return wxWindow::FindFocus() == bench_field; }, 2000));

    // A typed benchmark is the user's: the box says "as stated" with the figure.
    auto* bench_text = dynamic_cast<wxTextCtrl*>(bench_field);
    REQUIRE(bench_text != nullptr);
    bench_text->SetValue(wxS("3.5"));
    REQUIRE(pump(
        [&] { return all_done(frame) && contains(box->row_text(field::benchmark), "3.50%"); }));
    frame->Destroy();
    pump([] { return false; }, 50);
}
