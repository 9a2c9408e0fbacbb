#include "report.hpp"

#include "draw_util.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

namespace candor::render {

using detail::Align;
using detail::Font;
using detail::SavedState;
using detail::set_source;
using detail::Text;

PaperSize paper_size(Paper paper) {
    switch (paper) {
    case Paper::A4:
        return {210.0 / 25.4 * 72.0, 297.0 / 25.4 * 72.0}; // ISO 216: 210 x 297 mm
    case Paper::Letter:
        return {8.5 * 72.0, 11.0 * 72.0}; // ANSI: 8.5 x 11 in
    }
    return {595.0, 842.0};
}

namespace {

constexpr Colour black{0.0, 0.0, 0.0};
constexpr Colour grey_text{0.30, 0.30, 0.30};
constexpr Colour rule{0.55, 0.55, 0.55};
constexpr Colour header_fill{0.90, 0.90, 0.90};
constexpr Colour stripe_fill{0.965, 0.965, 0.965};
constexpr Colour white{1.0, 1.0, 1.0};

/// Sizes that scale together (the handout shrinks them until everything fits one page).
struct Metrics {
    std::string family;
    double body = 9.0;
    double scale = 1.0;
    Font font(double rel, bool bold = false) const {
        Font f{family, body * rel};
        f.bold = bold;
        return f;
    }
    double gap() const { return body * 0.8; }
};

enum class PieceKind { Title, Heading, Paragraph, TableHeader, TableRow, ChartRow, Disclosure };

/// A measured, unbreakable piece of a block, placed on a page.
struct Piece {
    PieceKind kind = PieceKind::Paragraph;
    std::size_t block = 0;
    std::size_t index = 0; ///< table row or chart row
    double height = 0.0;   ///< including the space after it
    double y = 0.0;        ///< top, set when placed
    bool stripe = false;   ///< table rows: shaded
};

struct Page {
    std::vector<Piece> pieces;
};

std::vector<double> column_widths(const Table& t, double width) {
    std::size_t n = t.header.size();
    for (const auto& r : t.rows) {
        n = std::max(n, r.cells.size());
    }
    n = std::max<std::size_t>(n, 1);
    std::vector<double> w = t.column_weights;
    if (w.size() != n) {
        w.assign(n, 1.0);
        if (n > 1) {
            w[0] = std::max(1.0, static_cast<double>(n - 1) * 0.55);
        }
    }
    const double sum = std::accumulate(w.begin(), w.end(), 0.0);
    for (double& v : w) {
        v = v / sum * width;
    }
    return w;
}

class Engine {
  public:
    Engine(const Report& r, const PageStyle& s, double scale)
        : report_(r), style_(s), size_(paper_size(s.paper)) {
        m_.family = s.font_family;
        m_.body = s.font_size * scale;
        m_.scale = scale;
        content_w_ = size_.width - 2.0 * s.margin;
    }

    const Metrics& metrics() const { return m_; }
    bool rtl() const { return report_.right_to_left; }
    double content_width() const { return content_w_; }
    double content_top() const { return style_.margin + header_height(); }
    double content_bottom() const { return size_.height - style_.margin - footer_height(); }

    double header_height() const { return m_.body * 2.0; }
    double footer_height() const { return m_.body * 2.0; }

    double title_height(PangoContext* pc) const {
        double h = Text(pc, m_.font(2.0, true), report_.title, content_w_).size().height;
        if (!report_.subtitle.empty()) {
            h +=
                m_.body * 0.3 + Text(pc, m_.font(1.05), report_.subtitle, content_w_).size().height;
        }
        return h + m_.gap() * 1.2;
    }

    double heading_height(PangoContext* pc, const Heading& h) const {
        const double rel = h.level <= 1 ? 1.35 : 1.1;
        return m_.body * (h.level <= 1 ? 0.9 : 0.4) +
               Text(pc, m_.font(rel, true), h.text, content_w_).size().height + m_.body * 0.35;
    }

    Font paragraph_font(const Paragraph& p) const {
        Font f = m_.font(p.small ? 0.85 : 1.0);
        f.monospace = p.monospace;
        return f;
    }
    double paragraph_height(PangoContext* pc, const Paragraph& p) const {
        return Text(pc, paragraph_font(p), p.text, content_w_).size().height + m_.body * 0.5;
    }

    double cell_pad() const { return m_.body * 0.3; }

    double row_height(PangoContext* pc, const Table& t, const std::vector<std::string>& cells,
                      bool bold, bool full_width) const {
        const auto w = column_widths(t, content_w_);
        double h = 0.0;
        for (std::size_t i = 0; i < cells.size() && i < w.size(); ++i) {
            const double cw = full_width ? content_w_ : w[i];
            h = std::max(
                h, Text(pc, m_.font(0.95, bold), cells[i], cw - 2.0 * cell_pad()).size().height);
            if (full_width) {
                break;
            }
        }
        return h + 2.0 * cell_pad();
    }

    double chart_row_height(const ChartGrid& g) const { return g.row_height * m_.scale + m_.gap(); }

    double badge_width(PangoContext* pc) const {
        // Wide enough for the longest badge label used anywhere in the report (measured once).
        if (badge_width_) {
            return *badge_width_;
        }
        double w = m_.body * 4.0;
        for (const auto& b : report_.blocks) {
            if (const auto* d = std::get_if<Disclosure>(&b)) {
                w = std::max(w, Text(pc, m_.font(0.8, true), d->severity_label).size().width +
                                    m_.body);
            }
        }
        badge_width_ = w;
        return w;
    }

    double disclosure_height(PangoContext* pc, const Disclosure& d, double badge_w) const {
        const double text_w = content_w_ - badge_w - m_.body * 0.6;
        double h = Text(pc, m_.font(1.0, true), d.headline, text_w).size().height;
        if (!d.detail.empty()) {
            h += m_.body * 0.15 + Text(pc, m_.font(0.92), d.detail, text_w).size().height;
        }
        return h + m_.body * 0.8;
    }

    /// Pieces in reading order, with heights; PageBreak becomes a marker (height < 0).
    std::vector<Piece> measure(PangoContext* pc) const {
        std::vector<Piece> out;
        out.push_back({PieceKind::Title, 0, 0, title_height(pc), 0.0, false});
        const double bw = badge_width(pc);
        for (std::size_t i = 0; i < report_.blocks.size(); ++i) {
            const Block& b = report_.blocks[i];
            if (const auto* h = std::get_if<Heading>(&b)) {
                out.push_back({PieceKind::Heading, i, 0, heading_height(pc, *h), 0.0, false});
            } else if (const auto* p = std::get_if<Paragraph>(&b)) {
                out.push_back({PieceKind::Paragraph, i, 0, paragraph_height(pc, *p), 0.0, false});
            } else if (const auto* t = std::get_if<Table>(&b)) {
                if (!t->header.empty()) {
                    out.push_back({PieceKind::TableHeader, i, 0,
                                   row_height(pc, *t, t->header, true, false), 0.0, false});
                }
                bool stripe = false;
                for (std::size_t r = 0; r < t->rows.size(); ++r) {
                    const auto& row = t->rows[r];
                    stripe = row.section ? false : !stripe;
                    double rh =
                        row_height(pc, *t, row.cells, row.emphasis || row.section, row.section);
                    if (r + 1 == t->rows.size()) {
                        rh += m_.gap();
                    }
                    out.push_back({PieceKind::TableRow, i, r, rh, 0.0, stripe});
                }
            } else if (const auto* g = std::get_if<ChartGrid>(&b)) {
                const std::size_t cols = static_cast<std::size_t>(std::max(1, g->columns));
                const std::size_t rows = (g->charts.size() + cols - 1) / cols;
                for (std::size_t r = 0; r < rows; ++r) {
                    out.push_back({PieceKind::ChartRow, i, r, chart_row_height(*g), 0.0, false});
                }
            } else if (const auto* d = std::get_if<Disclosure>(&b)) {
                out.push_back(
                    {PieceKind::Disclosure, i, 0, disclosure_height(pc, *d, bw), 0.0, false});
            } else if (std::holds_alternative<PageBreak>(b)) {
                out.push_back({PieceKind::Paragraph, i, 0, -1.0, 0.0, false});
            }
        }
        return out;
    }

    /// Places pieces on pages: headings keep with what follows, table headers repeat.
    std::vector<Page> paginate(PangoContext* pc, bool ignore_breaks) const {
        const auto pieces = measure(pc);
        std::vector<Page> pages(1);
        const double top = content_top();
        const double bottom = content_bottom();
        double y = top;
        const auto new_page = [&] {
            pages.emplace_back();
            y = top;
        };
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            Piece p = pieces[i];
            if (p.height < 0.0) { // page break
                if (!ignore_breaks && !pages.back().pieces.empty()) {
                    new_page();
                }
                continue;
            }
            // Headings and table headers keep with what follows (through a run of headings).
            double need = p.height;
            for (std::size_t j = i;
                 j + 1 < pieces.size() && pieces[j + 1].height > 0.0 &&
                 (pieces[j].kind == PieceKind::Heading || pieces[j].kind == PieceKind::TableHeader);
                 ++j) {
                need += pieces[j + 1].height;
            }
            if (y + need > bottom && !pages.back().pieces.empty()) {
                new_page();
                // A table continuing on a new page repeats its header.
                if (p.kind == PieceKind::TableRow) {
                    const auto& t = std::get<Table>(report_.blocks[p.block]);
                    if (!t.header.empty() && p.index > 0) {
                        Piece h{PieceKind::TableHeader,
                                p.block,
                                0,
                                row_height(pc, t, t.header, true, false),
                                y,
                                false};
                        pages.back().pieces.push_back(h);
                        y += h.height;
                    }
                }
            }
            p.y = y;
            pages.back().pieces.push_back(p);
            y += p.height;
        }
        return pages;
    }

    void draw_piece(cairo_t* cr, PangoContext* pc, const Piece& p) const {
        const double x = style_.margin;
        const double w = content_w_;
        const bool grey = style_.greyscale;
        switch (p.kind) {
        case PieceKind::Title: {
            set_source(cr, black, grey);
            const Text t(pc, m_.font(2.0, true), report_.title, w);
            t.draw(cr, x, p.y);
            if (!report_.subtitle.empty()) {
                set_source(cr, grey_text, grey);
                Text(pc, m_.font(1.05), report_.subtitle, w)
                    .draw(cr, x, p.y + t.size().height + m_.body * 0.3);
            }
            // A rule under the title block.
            set_source(cr, rule, grey);
            cairo_set_line_width(cr, 0.8);
            const double ry = p.y + p.height - m_.gap() * 0.6;
            cairo_move_to(cr, x, ry);
            cairo_line_to(cr, x + w, ry);
            cairo_stroke(cr);
            break;
        }
        case PieceKind::Heading: {
            const auto& h = std::get<Heading>(report_.blocks[p.block]);
            const double rel = h.level <= 1 ? 1.35 : 1.1;
            set_source(cr, black, grey);
            Text(pc, m_.font(rel, true), h.text, w)
                .draw(cr, x, p.y + m_.body * (h.level <= 1 ? 0.9 : 0.4));
            break;
        }
        case PieceKind::Paragraph: {
            const auto& para = std::get<Paragraph>(report_.blocks[p.block]);
            set_source(cr, para.small ? grey_text : black, grey);
            Text(pc, paragraph_font(para), para.text, w).draw(cr, x, p.y);
            break;
        }
        case PieceKind::TableHeader:
        case PieceKind::TableRow:
            draw_table_row(cr, pc, p);
            break;
        case PieceKind::ChartRow: {
            const auto& g = std::get<ChartGrid>(report_.blocks[p.block]);
            const std::size_t cols = static_cast<std::size_t>(std::max(1, g.columns));
            const double gap = m_.body;
            const double cw = (w - gap * static_cast<double>(cols - 1)) / static_cast<double>(cols);
            ChartStyle cs;
            cs.font_family = style_.font_family;
            cs.font_size = m_.body * 0.85;
            cs.line_width = 1.3 * m_.scale;
            cs.greyscale = grey;
            for (std::size_t c = 0; c < cols; ++c) {
                const std::size_t k = p.index * cols + c;
                if (k >= g.charts.size()) {
                    break;
                }
                // Right to left, the first chart of a row is the rightmost.
                const auto slot = static_cast<double>(rtl() ? cols - 1 - c : c);
                const Rect r{x + slot * (cw + gap), p.y, cw, g.row_height * m_.scale};
                draw_chart(cr, g.charts[k].kind, g.charts[k].data, r, cs);
                set_source(cr, header_fill, grey);
                cairo_set_line_width(cr, 0.6);
                cairo_rectangle(cr, r.x, r.y, r.width, r.height);
                cairo_stroke(cr);
            }
            break;
        }
        case PieceKind::Disclosure:
            draw_disclosure(cr, pc, p);
            break;
        }
    }

    void draw_table_row(cairo_t* cr, PangoContext* pc, const Piece& p) const {
        const auto& t = std::get<Table>(report_.blocks[p.block]);
        const bool header = p.kind == PieceKind::TableHeader;
        const TableRow* row = header ? nullptr : &t.rows[p.index];
        const auto& cells = header ? t.header : row->cells;
        const bool bold = header || row->emphasis || row->section;
        const bool full = !header && row->section;
        const double h = row_height(pc, t, cells, bold, full);
        const auto widths = column_widths(t, content_w_);
        const bool grey = style_.greyscale;
        double x = style_.margin;
        if (header) {
            set_source(cr, header_fill, grey);
            cairo_rectangle(cr, x, p.y, content_w_, h);
            cairo_fill(cr);
        } else if (p.stripe) {
            set_source(cr, stripe_fill, grey);
            cairo_rectangle(cr, x, p.y, content_w_, h);
            cairo_fill(cr);
        }
        if (full) {
            set_source(cr, rule, grey);
            cairo_set_line_width(cr, 0.5);
            cairo_move_to(cr, x, p.y + h);
            cairo_line_to(cr, x + content_w_, p.y + h);
            cairo_stroke(cr);
        }
        set_source(cr, black, grey);
        // Columns run in reading order: right to left, the label column is the rightmost.
        // Labels align to the start of the line, figures to its end (the left, right to left).
        if (rtl()) {
            x = style_.margin + content_w_;
        }
        for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
            const double cw = full ? content_w_ : widths[i];
            const Align a = (i < t.figures_from || full) ? Align::Start : Align::End;
            const double cell_x = rtl() ? x - cw : x;
            Text(pc, m_.font(0.95, bold), cells[i], cw - 2.0 * cell_pad(), a)
                .draw(cr, cell_x + cell_pad(), p.y + cell_pad());
            x = rtl() ? x - cw : x + cw;
            if (full) {
                break;
            }
        }
        if (header) {
            set_source(cr, rule, grey);
            cairo_set_line_width(cr, 0.8);
            cairo_move_to(cr, style_.margin, p.y + h);
            cairo_line_to(cr, style_.margin + content_w_, p.y + h);
            cairo_stroke(cr);
        }
    }

    void draw_disclosure(cairo_t* cr, PangoContext* pc, const Piece& p) const {
        const auto& d = std::get<Disclosure>(report_.blocks[p.block]);
        const bool grey = style_.greyscale;
        const double bw = badge_width(pc);
        const Text badge(pc, m_.font(0.8, true), d.severity_label, bw, Align::Centre);
        const double bh = badge.size().height + m_.body * 0.3;
        // The badge stands at the start of the line: on the right, right to left.
        const double x = rtl() ? style_.margin + content_w_ - bw : style_.margin;
        // Severity shows in the badge's text and in its form, not only its colour: warning is
        // solid dark, caution an outline, info a pale fill.
        const Colour warn{0.70, 0.25, 0.0};
        const Colour caution{0.55, 0.40, 0.0};
        switch (d.severity) {
        case Severity::Warning:
            set_source(cr, warn, grey);
            cairo_rectangle(cr, x, p.y, bw, bh);
            cairo_fill(cr);
            set_source(cr, white, grey);
            break;
        case Severity::Caution:
            set_source(cr, caution, grey);
            cairo_set_line_width(cr, 1.2);
            cairo_rectangle(cr, x + 0.6, p.y + 0.6, bw - 1.2, bh - 1.2);
            cairo_stroke(cr);
            break;
        case Severity::Info:
            set_source(cr, header_fill, grey);
            cairo_rectangle(cr, x, p.y, bw, bh);
            cairo_fill(cr);
            set_source(cr, black, grey);
            break;
        }
        badge.draw(cr, x, p.y + m_.body * 0.15);
        const double tw = content_w_ - bw - m_.body * 0.6;
        const double tx = rtl() ? style_.margin : x + bw + m_.body * 0.6;
        set_source(cr, black, grey);
        const Text head(pc, m_.font(1.0, true), d.headline, tw);
        head.draw(cr, tx, p.y);
        if (!d.detail.empty()) {
            set_source(cr, grey_text, grey);
            Text(pc, m_.font(0.92), d.detail, tw)
                .draw(cr, tx, p.y + head.size().height + m_.body * 0.15);
        }
    }

    void draw_page_frame(cairo_t* cr, PangoContext* pc, int page_index, int page_count) const {
        const bool grey = style_.greyscale;
        const double x = style_.margin;
        const double w = content_w_;
        const Font small = m_.font(0.8);
        if (page_index > 0 && !report_.running_header.empty()) {
            set_source(cr, grey_text, grey);
            const Text t(pc, small, report_.running_header, w);
            t.draw(cr, x, style_.margin);
            set_source(cr, rule, grey);
            cairo_set_line_width(cr, 0.5);
            const double ry = style_.margin + t.size().height + 2.0;
            cairo_move_to(cr, x, ry);
            cairo_line_to(cr, x + w, ry);
            cairo_stroke(cr);
        }
        const auto in_digits = [this](int n) {
            std::string out;
            for (const char c : std::to_string(n)) {
                out += report_.digits[static_cast<std::size_t>(c - '0')];
            }
            return out;
        };
        std::string number;
        try {
            number = fmt::format(fmt::runtime(report_.page_number_format),
                                 in_digits(page_index + 1), in_digits(page_count));
        } catch (const fmt::format_error&) {
            number = fmt::format("{0} / {1}", in_digits(page_index + 1), in_digits(page_count));
        }
        const Text num(pc, small, number);
        const double fy = size_.height - style_.margin - num.size().height;
        set_source(cr, rule, grey);
        cairo_set_line_width(cr, 0.5);
        cairo_move_to(cr, x, fy - 3.0);
        cairo_line_to(cr, x + w, fy - 3.0);
        cairo_stroke(cr);
        set_source(cr, grey_text, grey);
        // The page number sits at the end of the line (bottom left, right to left), the footer
        // at its start.
        const double footer_w = w - num.size().width - m_.body;
        if (rtl()) {
            num.draw(cr, x, fy);
            Text(pc, small, report_.footer, footer_w).draw(cr, x + w - footer_w, fy);
        } else {
            num.draw(cr, x + w - num.size().width, fy);
            Text(pc, small, report_.footer, footer_w).draw(cr, x, fy);
        }
    }

  private:
    const Report& report_;
    PageStyle style_;
    PaperSize size_;
    Metrics m_;
    double content_w_ = 0.0;
    mutable std::optional<double> badge_width_;
};

/// A scratch context for measuring text: metrics do not depend on the surface with hinting
/// off, so these agree with PDF, printer and screen.
class Scratch {
  public:
    Scratch()
        : surface_(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)),
          cr_(cairo_create(surface_)) {}
    ~Scratch() {
        cairo_destroy(cr_);
        cairo_surface_destroy(surface_);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    cairo_t* get() const { return cr_; }

  private:
    cairo_surface_t* surface_;
    cairo_t* cr_;
};

} // namespace

struct ReportLayout::Impl {
    Report report;
    PageStyle style;
    double scale = 1.0;
    std::vector<Page> pages;
};

ReportLayout::ReportLayout(const Report& report, const PageStyle& style)
    : impl_(std::make_unique<Impl>()) {
    impl_->report = report;
    impl_->style = style;
    Scratch scratch;
    detail::TextContext tc(scratch.get(), report.right_to_left);
    if (report.one_page) {
        // Shrink until it fits (down to 60%), then cut what remains at a piece boundary.
        for (double s = 1.0; s >= 0.6 - 1e-9; s -= 0.04) {
            impl_->scale = s;
            impl_->pages = Engine(impl_->report, style, s).paginate(tc.get(), true);
            if (impl_->pages.size() <= 1) {
                break;
            }
        }
        impl_->pages.resize(1);
    } else {
        impl_->pages = Engine(impl_->report, style, 1.0).paginate(tc.get(), false);
    }
}

ReportLayout::~ReportLayout() = default;
ReportLayout::ReportLayout(ReportLayout&&) noexcept = default;
ReportLayout& ReportLayout::operator=(ReportLayout&&) noexcept = default;

int ReportLayout::page_count() const {
    return static_cast<int>(impl_->pages.size());
}

PaperSize ReportLayout::page_size() const {
    return paper_size(impl_->style.paper);
}

void ReportLayout::draw_page(cairo_t* cr, int page_index) const {
    if (cr == nullptr || page_index < 0 || page_index >= page_count()) {
        return;
    }
    SavedState saved(cr);
    const PaperSize size = page_size();
    cairo_rectangle(cr, 0.0, 0.0, size.width, size.height);
    cairo_clip(cr);
    cairo_set_source_rgb(cr, 1.0, 1.0, 1.0);
    cairo_paint(cr);
    detail::TextContext tc(cr, impl_->report.right_to_left);
    const Engine engine(impl_->report, impl_->style, impl_->scale);
    engine.draw_page_frame(cr, tc.get(), page_index, page_count());
    for (const auto& piece : impl_->pages[static_cast<std::size_t>(page_index)].pieces) {
        engine.draw_piece(cr, tc.get(), piece);
    }
}

int report_page_count(const Report& report, const PageStyle& style) {
    return ReportLayout(report, style).page_count();
}

void draw_report_page(cairo_t* cr, const Report& report, int page_index, const PageStyle& style) {
    ReportLayout(report, style).draw_page(cr, page_index);
}

} // namespace candor::render
