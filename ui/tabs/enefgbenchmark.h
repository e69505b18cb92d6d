#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace fjord::ui {

// Germany's Energy Efficiency Act (EnEfG, in force 18 Nov 2023) thresholds for data centres
// (DOMAIN.md §5.3), used as a benchmark for every stage even where the law does not apply:
// - PUE (annual): ≤ 1.2 for data centres starting operation from 1 Jul 2026; older ones ≤ 1.5
//   from 1 Jul 2027 (≤ 1.3 from 1 Jul 2030).
// - ERF for new data centres by start date: ≥ 10 % from 1 Jul 2026, ≥ 15 % from 1 Jul 2027,
//   ≥ 20 % from 1 Jul 2028; none before.
// - Renewable electricity: 50 % from 1 Jan 2024, 100 % from 1 Jan 2027 (checked at 100 %: every
//   stage operates beyond 2027).
struct EnefgCheck {
    enum class Kpi { Pue, Erf, Renewable };
    Kpi kpi = Kpi::Pue;
    bool applies = false; // false: no threshold for this start date
    double limit = 0;     // PUE: maximum; ERF and REF: minimum (fractions)
    double value = 0;
    bool pass = false;
    QString rule; // "PUE ≤ 1.2 (new from 1 Jul 2026)"
};

QList<EnefgCheck> enefgChecks(QDate energisation, double pue, double erf, double ref);

} // namespace fjord::ui
