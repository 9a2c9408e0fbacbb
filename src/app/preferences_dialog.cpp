#include "preferences_dialog.hpp"

#include "accessible.hpp"
#include "utf8.hpp"

#include "theme.hpp"

#include "core/data_error.hpp"
#include "core/market_data.hpp"
#include "i18n/tr.hpp"
#include "present/error_text.hpp"
#include "present/language_name.hpp"
#include "present/number_format.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <filesystem>

namespace candor::app {

namespace {

/// Languages with a compiled catalog next to the program.
std::vector<std::string> available_languages() {
    std::vector<std::string> out;
    const std::string dir = i18n::locale_dir();
    std::error_code ec;
    if (dir.empty() || !std::filesystem::is_directory(dir, ec)) {
        return out;
    }
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
        if (std::filesystem::exists(e.path() / "LC_MESSAGES" / "candor.mo", ec)) {
            out.push_back(e.path().filename().string());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

PreferencesDialog::PreferencesDialog(wxWindow* parent, const Preferences& current)
    : wxDialog(parent, wxID_ANY, _("Preferences")) {
    SetLayoutDirection(present::right_to_left() ? wxLayout_RightToLeft : wxLayout_LeftToRight);
    auto* grid = new wxFlexGridSizer(2, wxSize(12, 10));
    grid->AddGrowableCol(1, 1);

    language_ = new wxChoice(this, wxID_ANY);
    language_->SetName(_("Language"));
    language_->Append(_("System default"));
    language_codes_.emplace_back();
    // Each language by its own name, so that anyone can find theirs: "Deutsch (de)".
    language_->Append(u8(present::language_display_name("en")));
    language_codes_.emplace_back("en");
    for (const auto& code : available_languages()) {
        if (code != "en") {
            language_->Append(u8(present::language_display_name(code)));
            language_codes_.push_back(code);
        }
    }
    const auto lang = std::find(language_codes_.begin(), language_codes_.end(), current.language);
    language_->SetSelection(
        lang == language_codes_.end() ? 0 : static_cast<int>(lang - language_codes_.begin()));
    auto* language_label = new wxStaticText(this, wxID_ANY, _("&Language:"));
    label_control_made_before(language_label, language_);
    grid->Add(language_label, 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(language_, 1, wxEXPAND);

    benchmark_ = new wxChoice(this, wxID_ANY);
    benchmark_->SetName(_("Safe rate to compare with"));
    auto* benchmark_label = new wxStaticText(this, wxID_ANY, _("&Safe rate to compare with:"));
    label_control_made_before(benchmark_label, benchmark_);
    grid->Add(benchmark_label, 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(benchmark_, 1, wxEXPAND);

    data_file_ = new wxFilePickerCtrl(
        this, wxID_ANY, u8(current.data_file), _("Choose a file of your own figures"),
        _("JSON files (*.json)|*.json"), wxDefaultPosition, wxSize(FromDIP(360), -1),
        wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    data_file_->SetName(_("Your own figures (optional)"));
    data_file_->SetToolTip(_("Long-run returns and yields written like data/benchmarks.json; "
                             "leave it empty to use the figures built into Candor, whose "
                             "sources are listed in Help > Methodology"));
    auto* data_label = new wxStaticText(this, wxID_ANY, _("Your own &figures (optional):"));
    label_control_made_before(data_label, data_file_);
    if (data_file_->GetTextCtrl() != nullptr) {
        label_control(data_label, data_file_->GetTextCtrl());
    }
    grid->Add(data_label, 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(data_file_, 1, wxEXPAND);

    error_ = new wxStaticText(this, wxID_ANY, wxString());
    error_->SetForegroundColour(theme::error_text());

    // what these choices change, in a learner's words.
    auto* hint = new wxStaticText(
        this, wxID_ANY,
        _("An offer's empty Benchmark and Inflation fields use these. The figures in use, with "
          "their sources and dates, are shown beside the results under Assumptions in use."));
    hint->Wrap(FromDIP(480));
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, 0, wxEXPAND | wxALL, 16);
    top->Add(hint, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 16);
    top->Add(error_, 0, wxEXPAND | wxLEFT | wxRIGHT, 16);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(top);

    fill_benchmarks(current.data_file, current.benchmark_id);
    data_file_->Bind(wxEVT_FILEPICKER_CHANGED, [this](wxFileDirPickerEvent&) {
        fill_benchmarks(data_file_->GetPath().utf8_string(), value().benchmark_id);
    });
}

void PreferencesDialog::fill_benchmarks(const std::string& data_file, const std::string& selected) {
    benchmark_->Clear();
    benchmark_ids_.clear();
    error_->SetLabel(wxString());
    benchmark_->Append(_("Government rates of the offer's currency for its term"));
    benchmark_ids_.push_back("");
    try {
        const core::MarketData data = data_file.empty() ? core::MarketData::builtin()
                                                        : core::MarketData::load_file(data_file);
        for (const auto& c : data.asset_classes()) {
            if (c.kind == "return" && c.current) {
                // With its date: a figure of another year (the FDIC savings rate of 2020) must
                // not read as today's.
                benchmark_->Append(wxString::Format(wxS("%s (%s, %s)"), u8(c.name),
                                                    u8(present::percent(c.current->value)),
                                                    u8(c.current->as_of)));
                benchmark_ids_.push_back(c.id);
            }
        }
    } catch (const core::DataError& e) {
        show_error(u8(present::data_error_text(e)));
    }
    const auto it = std::find(benchmark_ids_.begin(), benchmark_ids_.end(), selected);
    benchmark_->SetSelection(
        it == benchmark_ids_.end() ? 0 : static_cast<int>(it - benchmark_ids_.begin()));
    Layout();
}

Preferences PreferencesDialog::value() const {
    Preferences p;
    const int l = language_->GetSelection();
    p.language = l < 0 ? std::string() : language_codes_.at(static_cast<std::size_t>(l));
    const int b = benchmark_->GetSelection();
    p.benchmark_id = b < 0 ? std::string() : benchmark_ids_.at(static_cast<std::size_t>(b));
    p.data_file = data_file_->GetPath().utf8_string();
    return p;
}

void PreferencesDialog::show_error(const wxString& message) {
    error_->SetLabel(message);
    error_->Wrap(FromDIP(480));
    Fit();
}

} // namespace candor::app
