#pragma once
/// \file theme.hpp
/// Colours and type sizes of the app. Colours follow the Okabe-Ito palette, which stays
/// distinguishable for the common colour-vision deficiencies (M. Okabe and K. Ito, "Color
/// Universal Design", 2008); every pair used side by side also differs in lightness, so the
/// contrast survives greyscale.

#include <wx/colour.h>

namespace candor::app::theme {

inline wxColour advertised() {
    return {0xB3, 0x4A, 0x00};
} ///< dark vermillion
inline wxColour plausible() {
    return {0x00, 0x5A, 0x8C};
} ///< dark blue
/// The expected payout under a scenario: a dark reddish purple, not green. Green reads as good
/// news, and an expected payout can be a loss; the card's caption says what the figure is.
inline wxColour expected() {
    return {0x8A, 0x3B, 0x6C};
}
inline wxColour card() {
    return {0xF6, 0xF7, 0xF9};
}
inline wxColour card_border() {
    return {0xD5, 0xD9, 0xE0};
}
inline wxColour muted() {
    return {0x55, 0x5B, 0x66};
}
inline wxColour ink() {
    return {0x1C, 0x1F, 0x24};
}
inline wxColour error_text() {
    return {0xA8, 0x1C, 0x1C};
}
inline wxColour error_field() {
    return {0xFD, 0xEC, 0xEC};
}
inline wxColour stale() {
    return {0xFF, 0xF4, 0xD6};
}
inline wxColour warning() {
    return {0xA8, 0x1C, 0x1C};
}
inline wxColour caution() {
    return {0x8A, 0x5A, 0x00};
}
inline wxColour info() {
    return {0x00, 0x5A, 0x8C};
}

} // namespace candor::app::theme
