#pragma once
/// \file text.hpp
/// Internal: text through pango on a cairo context, at 72 units per inch of font size, with
/// metric hinting off so that measurements agree across screen, PDF and printer.

#include <cairo.h>
#include <pango/pangocairo.h>

#include <string>

namespace candor::render::detail {

struct Font {
    std::string family = "Sans";
    double size = 9.0; ///< user units
    bool bold = false;
    bool italic = false;
    bool monospace = false;
};

struct TextSize {
    double width = 0.0;
    double height = 0.0;
};

/// Where text sits in its width, in reading order: Start is the left edge in a left-to-right
/// context and the right edge in a right-to-left one (see TextContext). Left and Right are
/// physical, for text tied to something that does not mirror (a chart's axes).
enum class Align { Start, Centre, End, Left, Right };

/// A laid-out piece of text. Move-only owner of a PangoLayout.
class Text {
  public:
    Text() = default;
    /// `width` > 0 wraps at that width (word, then character); <= 0 keeps one line per '\n'.
    /// With `markup` the text is pango markup; otherwise it is shown literally.
    Text(PangoContext* context, const Font& font, const std::string& text, double width = 0.0,
         Align align = Align::Start, bool markup = false);
    ~Text();
    Text(Text&& other) noexcept;
    Text& operator=(Text&& other) noexcept;
    Text(const Text&) = delete;
    Text& operator=(const Text&) = delete;

    TextSize size() const;
    /// Baseline of the first line, from the top.
    double baseline() const;
    /// Draws with the top-left corner of the layout box at (x, y) in the current source.
    void draw(cairo_t* cr, double x, double y) const;
    PangoLayout* layout() const { return layout_; }

  private:
    PangoLayout* layout_ = nullptr;
};

/// A pango context for `cr` at 72 units per inch and hint metrics off. Owned by the caller
/// (g_object_unref); TextContext does that. With `right_to_left` every paragraph laid out on it
/// runs right to left (Unicode bidi still orders Latin words and numbers inside it) and
/// Align::Start / End mean right / left; otherwise each paragraph takes the direction of its
/// first strong character, as pango does by default.
class TextContext {
  public:
    explicit TextContext(cairo_t* cr, bool right_to_left = false);
    ~TextContext();
    TextContext(const TextContext&) = delete;
    TextContext& operator=(const TextContext&) = delete;
    PangoContext* get() const { return context_; }

  private:
    PangoContext* context_ = nullptr;
};

} // namespace candor::render::detail
