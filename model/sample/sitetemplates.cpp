#include "model/sample/sitetemplates.h"

#include "model/sample/narvikclimate.h"
#include "model/sample/rackcatalogue.h"

namespace fjord {

namespace {

// Unit costs for a new campus (DOMAIN.md §7, EMEA 2024: about 10 EUR/W all-in). Staff is sized for a
// small campus (about 10 people round the clock, 1.2 M EUR/yr), not the 230 MW sample's 6 M EUR/yr.
CostCatalogue templateCosts()
{
    CostCatalogue c;
    c.currency = QStringLiteral("EUR");
    c.perEur = 1.0;
    c.buildingPerW = 2.0;
    c.electricalPerW = 4.0;
    c.mechanicalPerW = 1.8;
    c.gridPerVa = 0.029;
    c.upsPerW = 0.15;
    c.softCostFraction = 0.12;
    c.contingencyFraction = 0.10;
    c.maintenanceFraction = 0.025;
    c.staffPerYear = 1.2e6;
    c.discountRate = 0.08;
    c.horizonYears = 15;
    c.sourceNote = QStringLiteral("Site template: DOMAIN.md §7 (T&T EMEA 2024 9.9 USD/W, hard-cost splits); "
                                  "staff for a small campus, about 10 FTE at 120 k EUR");
    return c;
}

} // namespace

Project makeNewProject(const QString &name, SiteTemplate siteTemplate)
{
    Project p;
    p.name = name;
    p.rackTypes = builtInRackCatalogue();
    for (auto &t : p.rackTypes)
        t.id = p.allocateId();
    Scenario s;
    s.id = p.allocateId();
    s.name = QStringLiteral("Baseline");
    s.stages.append(Stage{p.allocateId(), QStringLiteral("Stage 1"), QDate(2027, 1, 1), 0, 12});
    LoadProfile training;
    training.id = p.allocateId();
    training.name = QStringLiteral("Training (flat 85 %)");
    s.loadProfiles.append(training);

    switch (siteTemplate) {
    case SiteTemplate::Nordic:
        p.site.name = QStringLiteral("Nordic site (NO4)");
        p.site.country = QStringLiteral("NO");
        p.site.latitudeDeg = 68.43;
        p.site.longitudeDeg = 17.43;
        p.site.climate = narvikClimate();
        p.costs = templateCosts();
        // NVE 2023: location-based 15 g/kWh, 95 % renewable, residual mix 402 g; NO4 spot ≈ 31 EUR/MWh
        // with the reduced electricity tax (as the sample).
        s.supply.grid = {QStringLiteral("NO4 Nord-Norge"), 0.95, 0.015, 0.402, 31.0};
        break;
    case SiteTemplate::CentralEurope:
        p.site.name = QStringLiteral("Central European site (DE)");
        p.site.country = QStringLiteral("DE");
        p.site.latitudeDeg = 50.11;
        p.site.longitudeDeg = 8.68;
        p.costs = templateCosts();
        // UBA 2023: 380 g/kWh location-based, 52 % renewable; AIB 2023 residual mix ≈ 690 g/kWh;
        // a large industrial consumer pays about 150 EUR/MWh with grid fees and levies.
        s.supply.grid = {QStringLiteral("DE grid"), 0.52, 0.380, 0.690, 150.0};
        break;
    case SiteTemplate::Blank:
        p.costs = CostCatalogue{};
        p.costs.sourceNote = QString();
        break;
    }
    p.scenarios.append(s);
    return p;
}

QString siteTemplateKey(SiteTemplate siteTemplate)
{
    switch (siteTemplate) {
    case SiteTemplate::Nordic:
        return QStringLiteral("nordic");
    case SiteTemplate::CentralEurope:
        return QStringLiteral("central-europe");
    case SiteTemplate::Blank:
        return QStringLiteral("blank");
    }
    return {};
}

bool siteTemplateFromKey(const QString &key, SiteTemplate *out)
{
    for (SiteTemplate t : {SiteTemplate::Nordic, SiteTemplate::CentralEurope, SiteTemplate::Blank})
        if (siteTemplateKey(t) == key) {
            *out = t;
            return true;
        }
    return false;
}

QStringList siteTemplateKeys()
{
    return {siteTemplateKey(SiteTemplate::Nordic), siteTemplateKey(SiteTemplate::CentralEurope),
            siteTemplateKey(SiteTemplate::Blank)};
}

} // namespace fjord
