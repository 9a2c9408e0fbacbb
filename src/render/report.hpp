#pragma once
/// \file report.hpp
/// A printed report as plain, already-translated data (a flow of blocks), its pagination and
/// its drawing. The same code draws a page into a PDF (CLI), onto the app's preview and onto
/// a printer: the caller hands over a cairo_t whose user space is the page in points, origin
/// at the top-left corner (the app scales its printer DC so that one unit is one point).
/// build_report() in report_builder.hpp fills a Report from core's results.

#include "chart.hpp"

#include "core/disclosures.hpp"

#include <cairo.h>

#include <array>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace candor::render {

enum class Paper { A4, Letter };

/// Width and height of the paper in points (A4 210 x 297 mm; Letter 8.5 x 11 in).
struct PaperSize {
    double width = 0.0;
    double height = 0.0;
};
PaperSize paper_size(Paper paper);

struct PageStyle {
    Paper paper = Paper::A4;
    double margin = 48.0; ///< points on every side (about 17 mm)
    std::string font_family = "Sans";
    double font_size = 9.0; ///< body text in points; headings and tables scale from it
    bool greyscale = false; ///< draw colours as their luminance
};

/// A disclosure block's severity is core's (core/disclosures.hpp).
using Severity = core::Severity;

// --- Blocks: the report flows them onto pages, top to bottom --------------------------------

struct Heading {
    std::string text;
    int level = 1; ///< 1: section, 2: subsection
};

struct Paragraph {
    std::string text;       ///< plain text (not markup); '\n' breaks lines
    bool small = false;     ///< a smaller, grey note
    bool monospace = false; ///< for formulas
};

struct TableRow {
    std::vector<std::string> cells; ///< first cell is the row label
    bool section = false;           ///< a full-width sub-heading row (cells[0] only)
    bool emphasis = false;          ///< bold
};

/// A table; it may break across pages between rows (the header repeats).
struct Table {
    std::vector<std::string> header; ///< may be empty
    std::vector<TableRow> rows;
    std::vector<double> column_weights; ///< relative widths; empty: first column wider
    /// Columns from this index on are aligned to the end (figures); earlier ones to the start.
    std::size_t figures_from = 1;
};

struct ChartItem {
    ChartKind kind = ChartKind::ValueOverTerm;
    ChartData data;
};

/// Charts side by side, `columns` to a row; a row never breaks across pages.
struct ChartGrid {
    std::vector<ChartItem> charts;
    int columns = 2;
    double row_height = 190.0; ///< points
};

/// One disclosure: a severity badge, a bold headline and its explanation.
struct Disclosure {
    Severity severity = Severity::Info;
    std::string severity_label; ///< translated badge text, e.g. "Warning"
    std::string headline;
    std::string detail;
};

/// Starts a new page.
struct PageBreak {};

using Block = std::variant<Heading, Paragraph, Table, ChartGrid, Disclosure, PageBreak>;

struct Report {
    std::string title;          ///< large title on the first page
    std::string subtitle;       ///< under the title (offers compared, date)
    std::string running_header; ///< top of every page after the first
    std::string footer;         ///< bottom left of every page: program, version, date printed
    /// Bottom right of every page; {0} is the page number and {1} the page count.
    std::string page_number_format = "{0} / {1}";
    /// The digits 0 to 9 page numbers are written with (build_report() takes the language's,
    /// e.g. Arabic-Indic in Arabic).
    std::array<std::string, 10> digits{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    std::vector<Block> blocks;
    /// Handout: everything on one page. Type and charts shrink (down to a floor) until the
    /// blocks fit; what still does not fit is cut at a block boundary.
    bool one_page = false;
    /// The text is in a right-to-left language: the page is mirrored (text from the right
    /// margin, table columns and charts ordered from the right, the badge of a disclosure on
    /// its right, page numbers at the bottom left). build_report() sets it from the language.
    bool right_to_left = false;
};

/// A report broken into pages for a paper and style. Text is measured with pango on a
/// scratch context with hinting off, so the breaks agree with any surface it is drawn on.
class ReportLayout {
  public:
    ReportLayout(const Report& report, const PageStyle& style);
    ~ReportLayout();
    ReportLayout(ReportLayout&&) noexcept;
    ReportLayout& operator=(ReportLayout&&) noexcept;
    ReportLayout(const ReportLayout&) = delete;
    ReportLayout& operator=(const ReportLayout&) = delete;

    int page_count() const;
    PaperSize page_size() const;
    /// Draws page `page_index` (0-based) in points, origin top-left, after filling it white.
    /// Out-of-range indices draw nothing.
    void draw_page(cairo_t* cr, int page_index) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Convenience over ReportLayout, laying the report out on each call.
int report_page_count(const Report& report, const PageStyle& style);
/// Draws page `page_index` (0-based) of the report; see ReportLayout::draw_page.
void draw_report_page(cairo_t* cr, const Report& report, int page_index, const PageStyle& style);

} // namespace candor::render
