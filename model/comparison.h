#pragma once

#include "model/results.h"

#include <QList>
#include <QString>

namespace fjord {

// One KPI of a stage of two scenarios: `key` is the JSON name of `fjordplan-cli compare`.
struct KpiComparison {
    QString key;                // "facility_peak_kw"
    QString label;              // "Facility peak"
    QString unit;               // "kW" (empty for ratios and counts)
    double a = 0, b = 0;        // in `unit`
    bool lowerIsBetter = false; // PUE, energy, cost, carbon (for colouring; counts and capacities: false)
    bool informative = false;   // a size, not a merit: no better or worse
    double delta() const { return b - a; }
};

// Stage position i of scenario A against stage position i of B (stages are cumulative).
struct StageComparison {
    int stage = 0;                                  // 1-based position
    QString nameA, nameB;                           // empty where the scenario has no such stage
    QList<KpiComparison> kpis;                      // empty unless both scenarios have the stage
    QList<std::pair<QString, double>> onlyA, onlyB; // key, value where only one has the stage
};

QList<StageComparison> compareResults(const Results &a, const Results &b);

} // namespace fjord
