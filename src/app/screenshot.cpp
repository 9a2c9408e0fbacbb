/// \file screenshot.cpp
/// Grabbing what a window shows on the X screen. wxScreenDC cannot read pixels back in
/// wxGTK 3.2 with GTK 3 ("DoGetAsBitmap not implemented"), so this asks GDK directly, which
/// wxGTK is built on.

#include "candor_app.hpp"

#include <wx/bitmap.h>
#include <wx/image.h>
#include <wx/window.h>

#include <gdk/gdk.h>

namespace candor::app {

bool save_window_png(wxWindow* window, const std::string& path) {
    window->Update();
    const wxRect r = window->GetScreenRect();
    GdkPixbuf* pixbuf =
        gdk_pixbuf_get_from_window(gdk_get_default_root_window(), r.x, r.y, r.width, r.height);
    if (pixbuf == nullptr) {
        return false;
    }
    const wxBitmap bmp(pixbuf); // takes ownership of the pixbuf
    return bmp.IsOk() && bmp.ConvertToImage().SaveFile(wxString::FromUTF8(path), wxBITMAP_TYPE_PNG);
}

} // namespace candor::app
