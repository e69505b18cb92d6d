#pragma once

#include "ui/settings/appsettings.h"

namespace fjord::ui {

// Applies the theme to the running application: the desktop's own style and palette (System), or
// Fusion with a light or a dark palette. Widgets built afterwards (charts take their theme when they
// are made) follow it; the main window rebuilds its views after a change.
void applyTheme(Theme theme);
// True when the application's palette is dark (window colour darker than mid-grey).
bool paletteIsDark();

} // namespace fjord::ui
