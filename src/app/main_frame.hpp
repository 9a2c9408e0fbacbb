#pragma once
/// \file main_frame.hpp
/// The main window: one tab per offer of the open document, the menus, and the way into
/// classroom mode.

#include "offer_form.hpp"

#include <wx/frame.h>

#include <string>

class wxNotebook;
class wxBookCtrlEvent;

namespace candor::app {

class ClassroomFrame;
class OfferPage;

class MainFrame : public wxFrame {
  public:
    MainFrame();
    ~MainFrame() override;

    /// Adds a tab for `input` and selects it.
    OfferPage* add_offer(const OfferFormInput& input);
    /// Adds a tab for a built-in example (empty id: the first). \throws core::InputError.
    OfferPage* add_example(const std::string& id);

    std::size_t page_count() const;
    OfferPage* page(std::size_t i) const;
    OfferPage* current_page() const;

    /// Opens classroom mode on the current offer's last valid results; nullptr when there
    /// are none yet.
    ClassroomFrame* open_classroom();
    ClassroomFrame* classroom() const { return classroom_; }

  private:
    void build_menus();
    void update_title();
    void on_page_changed(wxBookCtrlEvent& event);
    void on_close_page();

    wxNotebook* book_ = nullptr;
    ClassroomFrame* classroom_ = nullptr;
};

} // namespace candor::app
