#include "model/currency.h"

namespace fjord {

double typicalPerEur(const QString &currency)
{
    if (currency == QLatin1String("EUR"))
        return 1.0;
    if (currency == QLatin1String("NOK"))
        return 11.5;
    if (currency == QLatin1String("USD"))
        return 1.0 / 0.92;
    return 0.0;
}

void convertCurrency(Project &project, const QString &currency, double perEur)
{
    CostCatalogue &c = project.costs;
    const double factor = c.perEur > 0 && perEur > 0 ? perEur / c.perEur : 1.0;
    for (double *amount :
         {&c.buildingPerW, &c.electricalPerW, &c.mechanicalPerW, &c.gridPerVa, &c.upsPerW, &c.staffPerYear})
        *amount *= factor;
    for (auto &t : project.rackTypes)
        t.unitCost *= factor;
    for (auto &o : project.opex)
        o.perYear *= factor;
    for (auto &s : project.scenarios) {
        s.supply.grid.pricePerMWh *= factor;
        for (auto &p : s.supply.ppas)
            p.pricePerMWh *= factor;
        for (auto &g : s.supply.guarantees)
            g.pricePerMWh *= factor;
        for (auto &h : s.heatOfftakes)
            h.pricePerMWh *= factor;
    }
    c.currency = currency;
    if (perEur > 0)
        c.perEur = perEur;
}

} // namespace fjord
