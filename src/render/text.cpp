#include "text.hpp"

#include "present/visible_text.hpp"

#include <utility>

namespace candor::render::detail {

TextContext::TextContext(cairo_t* cr, bool right_to_left) {
    context_ = pango_cairo_create_context(cr);
    if (right_to_left) {
        pango_context_set_base_dir(context_, PANGO_DIRECTION_RTL);
    }
    pango_cairo_context_set_resolution(context_, 72.0);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context_, options);
    cairo_font_options_destroy(options);
#if PANGO_VERSION_CHECK(1, 44, 0)
    pango_context_set_round_glyph_positions(context_, FALSE);
#endif
}

TextContext::~TextContext() {
    if (context_ != nullptr) {
        g_object_unref(context_);
    }
}

Text::Text(PangoContext* context, const Font& font, const std::string& text, double width,
           Align align, bool markup) {
    layout_ = pango_layout_new(context);
    PangoFontDescription* desc = pango_font_description_new();
    pango_font_description_set_family(desc, font.monospace ? "Monospace" : font.family.c_str());
    pango_font_description_set_absolute_size(desc, font.size * PANGO_SCALE);
    pango_font_description_set_weight(desc, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(desc, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout_, desc);
    pango_font_description_free(desc);
    if (width > 0.0) {
        pango_layout_set_width(layout_, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout_, PANGO_WRAP_WORD_CHAR);
    }
    // In a right-to-left context every paragraph takes the context's direction (auto-dir off),
    // so a cell that starts with a number or a Latin code lines up with the Arabic ones, and
    // pango's alignments are physical: Start is the right edge.
    const bool rtl = pango_context_get_base_dir(context) == PANGO_DIRECTION_RTL;
    if (rtl) {
        pango_layout_set_auto_dir(layout_, FALSE);
    }
    switch (align) {
    case Align::Start:
        pango_layout_set_alignment(layout_, rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
        break;
    case Align::Centre:
        pango_layout_set_alignment(layout_, PANGO_ALIGN_CENTER);
        break;
    case Align::End:
        pango_layout_set_alignment(layout_, rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
        break;
    case Align::Left:
        pango_layout_set_alignment(layout_, PANGO_ALIGN_LEFT);
        break;
    case Align::Right:
        pango_layout_set_alignment(layout_, PANGO_ALIGN_RIGHT);
        break;
    }
    // The last guard of every text drawn (PDF, SVG, PNG, the app's charts): no control
    // character, direction override or invalid UTF-8 reaches pango; line breaks and the
    // direction isolates the program inserts stay. Names from users are cleaned before
    // (present::offer_name, data_label).
    const std::string shown = present::visible_text(text, present::Keep::LinesAndIsolates);
    if (markup) {
        pango_layout_set_markup(layout_, shown.c_str(), static_cast<int>(shown.size()));
    } else {
        pango_layout_set_text(layout_, shown.c_str(), static_cast<int>(shown.size()));
    }
}

Text::~Text() {
    if (layout_ != nullptr) {
        g_object_unref(layout_);
    }
}

Text::Text(Text&& other) noexcept : layout_(std::exchange(other.layout_, nullptr)) {}

Text& Text::operator=(Text&& other) noexcept {
    if (this != &other) {
        if (layout_ != nullptr) {
            g_object_unref(layout_);
        }
        layout_ = std::exchange(other.layout_, nullptr);
    }
    return *this;
}

TextSize Text::size() const {
    if (layout_ == nullptr) {
        return {};
    }
    PangoRectangle logical;
    pango_layout_get_extents(layout_, nullptr, &logical);
    double w = static_cast<double>(logical.width) / PANGO_SCALE;
    if (pango_layout_get_width(layout_) > 0) {
        // Wrapped text: report the width actually used, not the wrap width.
        w = static_cast<double>(logical.x + logical.width) / PANGO_SCALE;
    }
    return {w, static_cast<double>(logical.height) / PANGO_SCALE};
}

double Text::baseline() const {
    return layout_ == nullptr
               ? 0.0
               : static_cast<double>(pango_layout_get_baseline(layout_)) / PANGO_SCALE;
}

void Text::draw(cairo_t* cr, double x, double y) const {
    if (layout_ == nullptr) {
        return;
    }
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout_);
    cairo_new_path(cr);
}

} // namespace candor::render::detail
