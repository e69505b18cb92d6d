#pragma once

#include "model/results.h"
#include "model/scenario.h"

#include <QList>
#include <QString>

namespace fjord {

// One KPI of a stage of two scenarios: `key` is the JSON name of `fjordplan-cli compare`.
struct KpiComparison {
    QString key;                   // "facility_peak_kw"
    QString label;                 // "Facility peak"
    QString unit;                  // "kW" (empty for ratios and counts)
    double a = 0, b = 0;           // in `unit`
    bool lowerIsBetter = false;    // PUE, energy, cost, carbon (for colouring; counts and capacities: false)
    bool informative = false;      // a size, not a merit: no better or worse
    bool hasA = true, hasB = true; // false where the figure does not exist (an IRR without a root)
    bool comparable() const { return hasA && hasB; }
    double delta() const { return b - a; }
};

// Stage position i of scenario A against stage position i of B (stages are cumulative).
struct StageComparison {
    int stage = 0;                                  // 1-based position
    QString nameA, nameB;                           // empty where the scenario has no such stage
    QList<KpiComparison> kpis;                      // empty unless both scenarios have the stage
    QList<std::pair<QString, double>> onlyA, onlyB; // key, value where only one has the stage
};

// Σ hall area (m²) of the halls built through each stage: the floor the IT capacity stands on. The
// results do not carry it, so callers pass it to compareResults for the white-space density.
QList<double> hallAreaThroughStages(const Scenario &scenario);

// Campus-wide figures (levelised cost, NPV, IRR, problems) appear in every stage, labelled as such.
QList<StageComparison> compareResults(const Results &a, const Results &b, const QList<double> &hallAreaA = {},
                                      const QList<double> &hallAreaB = {});

} // namespace fjord
