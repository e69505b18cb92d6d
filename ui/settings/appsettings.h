#pragma once

#include "model/project.h"

#include <QString>

namespace fjord::ui {

// How the window looks: as the desktop does, or always light or dark (Fusion with its palette).
enum class Theme { System, Light, Dark };
// The unit of power figures shown (never of stored values: the model keeps watts).
enum class PowerUnit { MW, kW };
// Money as "EUR 1.2 bn" (the ISO code, unambiguous in a report mailed abroad) or "€1.2 bn".
enum class CurrencyStyle { Code, Symbol };

// The user's preferences, kept in QSettings (per user, never in the project file): what
// Edit > Preferences edits. load() gives the defaults for anything not set.
struct AppSettings {
    QString language; // "" follows the system; "en", "nb"
    Theme theme = Theme::System;
    PowerUnit powerUnit = PowerUnit::MW;
    CurrencyStyle currencyStyle = CurrencyStyle::Code;
    int autosaveMinutes = 2;            // 0: no autosave
    ProjectSettings newProjectDefaults; // continuous-load rule and thresholds of a new project

    static AppSettings load();
    void save() const;
    bool operator==(const AppSettings &) const = default;
};

inline constexpr int MaxAutosaveMinutes = 60;

} // namespace fjord::ui
