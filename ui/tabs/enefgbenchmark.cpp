#include "ui/tabs/enefgbenchmark.h"
#include "model/tr.h"

#include <QCoreApplication>

namespace fjord::ui {

namespace {
} // namespace

QList<EnefgCheck> enefgChecks(QDate energisation, double pue, double erf, double ref)
{
    QList<EnefgCheck> checks;
    const bool isNew = energisation.isValid() && energisation >= QDate(2026, 7, 1);

    EnefgCheck p{EnefgCheck::Kpi::Pue, true, isNew ? 1.2 : 1.5, pue, false, {}};
    p.rule = isNew ? TabsTr::tr("PUE ≤ 1.2 (new from 1 Jul 2026)")
                   : TabsTr::tr("PUE ≤ 1.5 from 1 Jul 2027, ≤ 1.3 from 2030");
    p.pass = pue > 0 && pue <= p.limit + 1e-9;
    checks.append(p);

    EnefgCheck e{EnefgCheck::Kpi::Erf, isNew, 0, erf, true, {}};
    if (energisation >= QDate(2028, 7, 1)) {
        e.limit = 0.20;
        e.rule = TabsTr::tr("ERF ≥ 20 % (start from 1 Jul 2028)");
    } else if (energisation >= QDate(2027, 7, 1)) {
        e.limit = 0.15;
        e.rule = TabsTr::tr("ERF ≥ 15 % (start from 1 Jul 2027)");
    } else if (isNew) {
        e.limit = 0.10;
        e.rule = TabsTr::tr("ERF ≥ 10 % (start from 1 Jul 2026)");
    } else {
        e.rule = TabsTr::tr("No ERF threshold (start before 1 Jul 2026)");
    }
    e.pass = !e.applies || erf >= e.limit - 1e-9;
    checks.append(e);

    EnefgCheck r{EnefgCheck::Kpi::Renewable,
                 true,
                 1.0,
                 ref,
                 false,
                 TabsTr::tr("Renewable electricity 100 % from 1 Jan 2027")};
    r.pass = ref >= 1.0 - 1e-6;
    checks.append(r);
    return checks;
}

} // namespace fjord::ui
