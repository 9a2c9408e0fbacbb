#include "report_printout.hpp"

#include <wx/dc.h>
#include <wx/graphics.h>

#include <cairo.h>

#include <cmath>
#include <utility>

namespace candor::app {

ReportPrintout::ReportPrintout(std::shared_ptr<const render::ReportLayout> layout,
                               const wxString& title)
    : wxPrintout(title), layout_(std::move(layout)) {}

bool ReportPrintout::HasPage(int page) {
    return page >= 1 && page <= layout_->page_count();
}

void ReportPrintout::GetPageInfo(int* min_page, int* max_page, int* from, int* to) {
    *min_page = 1;
    *max_page = layout_->page_count();
    *from = 1;
    *to = layout_->page_count();
}

bool ReportPrintout::OnPrintPage(int page) {
    wxDC* dc = GetDC();
    if (dc == nullptr || !HasPage(page)) {
        return false;
    }
    // One logical unit is one point of the report's paper, the page centred on the sheet.
    const render::PaperSize size = layout_->page_size();
    FitThisSizeToPaper(wxSize(static_cast<int>(std::lround(size.width)),
                              static_cast<int>(std::lround(size.height))));
    if (wxGraphicsContext* gc = dc->GetGraphicsContext()) {
        // The screen's and the preview's DCs (cairo under GTK 3): wx keeps the logical
        // transformation in the context's matrix, so render draws in points directly.
        auto* cr = static_cast<cairo_t*>(gc->GetNativeContext());
        if (cr == nullptr) {
            return false;
        }
        gc->Flush();
        cairo_save(cr);
        layout_->draw_page(cr, page - 1);
        cairo_restore(cr);
        return true;
    }
    // GTK's printer DC gives its cairo context in device units; the scale and origin that
    // FitThisSizeToPaper set are applied here.
    auto* cr = static_cast<cairo_t*>(dc->GetHandle());
    if (cr == nullptr) {
        return false;
    }
    const double scale_x = static_cast<double>(dc->LogicalToDeviceXRel(100000)) / 100000.0;
    const double scale_y = static_cast<double>(dc->LogicalToDeviceYRel(100000)) / 100000.0;
    cairo_save(cr);
    cairo_translate(cr, dc->LogicalToDeviceX(0), dc->LogicalToDeviceY(0));
    cairo_scale(cr, scale_x, scale_y);
    layout_->draw_page(cr, page - 1);
    cairo_restore(cr);
    return true;
}

render::Paper paper_of(const wxPrintData& data) {
    switch (data.GetPaperId()) {
    case wxPAPER_LETTER:
    case wxPAPER_LETTERSMALL:
    case wxPAPER_LETTER_EXTRA:
    case wxPAPER_LETTER_TRANSVERSE:
    case wxPAPER_LETTER_PLUS:
        return render::Paper::Letter;
    default:
        return render::Paper::A4;
    }
}

wxPaperSize paper_id(render::Paper paper) {
    return paper == render::Paper::Letter ? wxPAPER_LETTER : wxPAPER_A4;
}

} // namespace candor::app
