#pragma once
/// \file report_printout.hpp
/// The printed report through wxWidgets' printing framework (File > Print, Print Preview):
/// every page is render's page, laid out once by render::ReportLayout (the layout
/// `candor-cli report` and File > Export PDF write), drawn with cairo on whatever DC wx hands
/// over (the preview's bitmap or the printer's), so paper, preview and PDF show the same pages.

#include "render/report.hpp"

#include <wx/cmndata.h>
#include <wx/print.h>

#include <memory>

namespace candor::app {

class ReportPrintout : public wxPrintout {
  public:
    ReportPrintout(std::shared_ptr<const render::ReportLayout> layout, const wxString& title);

    bool HasPage(int page) override;
    void GetPageInfo(int* min_page, int* max_page, int* from, int* to) override;
    bool OnPrintPage(int page) override;

    int page_count() const { return layout_->page_count(); }
    const render::ReportLayout& layout() const { return *layout_; }

  private:
    std::shared_ptr<const render::ReportLayout> layout_;
};

/// The paper a print setup asks for: Letter (and its variants), else A4, the report's two.
render::Paper paper_of(const wxPrintData& data);
/// wx's paper id for render's paper.
wxPaperSize paper_id(render::Paper paper);

} // namespace candor::app
