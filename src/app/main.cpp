#include "candor_app.hpp"

wxIMPLEMENT_APP(candor::app::CandorApp);
