#pragma once

#include "model/project.h"

#include <QString>
#include <QStringList>

namespace fjord::storage {

// What an import did and what it could not map; nothing is dropped silently.
struct NetboxImportReport {
    QString error; // fatal: "<file>:<line>: <reason>"; the project is unchanged
    int racks = 0;
    int powerPanels = 0;
    int powerFeeds = 0;
    QStringList notes;    // e.g. "three-phase feed voltages are line-to-line"
    QStringList unmapped; // columns/values that have no place in the model, with file:line
    explicit operator bool() const { return error.isEmpty(); }
};

// Imports NetBox CSV exports (its bulk-import headers) into `scenario` of `project`.
// Any of the paths may be empty. On error the project is left unchanged.
NetboxImportReport importNetbox(Project &project, Id scenarioId, const QString &racksCsv,
                                const QString &powerFeedsCsv, const QString &powerPanelsCsv);

// NetBox's "available power" of a feed (VA), as NetBox computes it: V × A × max_utilization/100,
// times 1.732 for three-phase, where V is line-to-line (ANCHORS §2). 400 V, 32 A, 80 %, 3φ -> 17,736.
double netboxAvailablePowerVa(double voltageV, double amperageA, double maxUtilisationPct, bool threePhase);

// Writes racks.csv, power-panels.csv and power-feeds.csv that NetBox can import. Returns an error or {}.
QString exportNetbox(const Project &project, const Scenario &scenario, const QString &directory);

} // namespace fjord::storage
