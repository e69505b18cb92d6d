#include "model/validation.h"

#include "model/allocation.h"
#include "model/gridcapacity.h"
#include "model/spacechecks.h"
#include "model/tr.h"

#include <QLocale>
#include <QSet>

#include <cmath>
#include <tuple>

namespace fjord {

namespace {

// Collects problems about one object with its name already filled in. Kinds, fields and units are
// untranslated texts (QT_TRANSLATE_NOOP), translated only when a problem is reported: validation runs
// after every edit over every rack, and most objects have no problem.
class Reporter {
public:
    Reporter(QList<Problem> &out, const char *kind, Id id, QString name)
        : m_out(out), m_kind(kind), m_id(id), m_name(std::move(name))
    {
    }

    void error(const QString &code, const QString &what) { add(Severity::Error, code, what); }
    void warning(const QString &code, const QString &what) { add(Severity::Warning, code, what); }

    // value must lie in [lo, hi]; `unit` is appended to the message.
    void range(const char *field, double value, double lo, double hi, const char *unit = "")
    {
        if (!std::isfinite(value) || value < lo || value > hi)
            error(QStringLiteral("value.range"),
                  ValidationTr::tr("%1 is %2%3, outside %4 … %5%3")
                      .arg(ValidationTr::tr(field), num(value), ValidationTr::tr(unit), num(lo), num(hi)));
    }
    void positive(const char *field, double value, const char *unit = "")
    {
        if (!std::isfinite(value) || value <= 0)
            error(QStringLiteral("value.not_positive"),
                  ValidationTr::tr("%1 is %2%3; it must be greater than zero")
                      .arg(ValidationTr::tr(field), num(value), ValidationTr::tr(unit)));
    }
    void nonNegative(const char *field, double value, const char *unit = "")
    {
        if (!std::isfinite(value) || value < 0)
            error(QStringLiteral("value.negative"),
                  ValidationTr::tr("%1 is %2%3; it must not be negative")
                      .arg(ValidationTr::tr(field), num(value), ValidationTr::tr(unit)));
    }
    void reference(const char *field, bool ok, Id target)
    {
        if (!ok)
            error(QStringLiteral("reference.missing"),
                  ValidationTr::tr("%1 refers to object #%2, which does not exist")
                      .arg(ValidationTr::tr(field))
                      .arg(target));
    }

private:
    static QString num(double v) { return QLocale().toString(v, 'g', 6); }
    void add(Severity s, const QString &code, const QString &what)
    {
        m_out.append({s, code, ValidationTr::tr("%1 %2: %3").arg(ValidationTr::tr(m_kind), m_name, what),
                      m_id, m_name});
    }
    QList<Problem> &m_out;
    const char *m_kind;
    Id m_id;
    QString m_name;
};

void validateStages(const Scenario &s, QList<Problem> &out)
{
    if (s.stages.isEmpty())
        out.append({Severity::Error, QStringLiteral("stage.none"),
                    ValidationTr::tr("Scenario %1 has no expansion stage").arg(s.name), s.id, s.name});
    QDate previous;
    for (const auto &stage : s.stages) {
        Reporter r(out, QT_TRANSLATE_NOOP("fjord::Validation", "Stage"), stage.id, stage.name);
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "grid capacity added"),
                      stage.gridCapacityAddedW / 1e6, " MW");
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "ramp-up"), stage.rampUpMonths, 0, 120,
                QT_TRANSLATE_NOOP("fjord::Validation", " months"));
        if (!stage.energisation.isValid())
            r.error(QStringLiteral("stage.date"), ValidationTr::tr("has no valid energisation date"));
        else if (previous.isValid() && stage.energisation < previous)
            r.warning(QStringLiteral("stage.order"),
                      ValidationTr::tr("is energised before the stage before it"));
        previous = stage.energisation;
    }
}

void validateHallsAndRacks(const Project &p, const Scenario &s, QList<Problem> &out)
{
    for (const auto &hall : s.halls) {
        Reporter r(out, QT_TRANSLATE_NOOP("fjord::Validation", "Hall"), hall.id, hall.name);
        r.positive(QT_TRANSLATE_NOOP("fjord::Validation", "width"), hall.widthM, " m");
        r.positive(QT_TRANSLATE_NOOP("fjord::Validation", "depth"), hall.depthM, " m");
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "floor load limit"), hall.floorLoadLimitKgPerM2,
                      " kg/m²");
        r.reference(QT_TRANSLATE_NOOP("fjord::Validation", "stage"),
                    hall.stageId == NoId || s.stage(hall.stageId), hall.stageId);
        r.reference(QT_TRANSLATE_NOOP("fjord::Validation", "cooling system"),
                    hall.coolingSystemId == NoId || s.coolingSystem(hall.coolingSystemId),
                    hall.coolingSystemId);
    }
    for (const auto &row : s.rows) {
        Reporter r(out, QT_TRANSLATE_NOOP("fjord::Validation", "Row"), row.id, row.name);
        r.reference(QT_TRANSLATE_NOOP("fjord::Validation", "hall"), s.hall(row.hallId), row.hallId);
        r.positive(QT_TRANSLATE_NOOP("fjord::Validation", "pitch"), row.pitchM, " m");
    }
    for (const auto &rack : s.racks) {
        Reporter r(out, QT_TRANSLATE_NOOP("fjord::Validation", "Rack"), rack.id, rack.name);
        const Hall *hall = s.hall(rack.hallId);
        r.reference(QT_TRANSLATE_NOOP("fjord::Validation", "hall"), hall, rack.hallId);
        r.reference(QT_TRANSLATE_NOOP("fjord::Validation", "rack type"), p.rackType(rack.rackTypeId),
                    rack.rackTypeId);
        r.reference(QT_TRANSLATE_NOOP("fjord::Validation", "stage"),
                    rack.stageId == NoId || s.stage(rack.stageId), rack.stageId);
        r.reference(QT_TRANSLATE_NOOP("fjord::Validation", "row"), rack.rowId == NoId || s.row(rack.rowId),
                    rack.rowId);
        if (hall && s.stageIndex(rack.stageId) >= 0 &&
            s.stageIndex(rack.stageId) < s.stageIndex(hall->stageId))
            r.error(QStringLiteral("stage.before_hall"),
                    ValidationTr::tr("is installed in a stage before its hall %1 is built").arg(hall->name));
        for (const auto &feed : rack.feeds)
            r.reference(QT_TRANSLATE_NOOP("fjord::Validation", "power feed"), s.powerNode(feed.nodeId),
                        feed.nodeId);
    }
    out.append(checkSpace(p, s));
}

void validatePower(const Scenario &s, QList<Problem> &out)
{
    for (const auto &node : s.powerNodes) {
        Reporter r(out, QT_TRANSLATE_NOOP("fjord::Validation", "Power node"), node.id, node.name);
        if (node.ratingBasis == RatingBasis::ApparentPower)
            r.positive(QT_TRANSLATE_NOOP("fjord::Validation", "rating"), node.ratingVa / 1e3, " kVA");
        else
            r.positive(QT_TRANSLATE_NOOP("fjord::Validation", "rating"), node.ratingA, " A");
        r.positive(QT_TRANSLATE_NOOP("fjord::Validation", "voltage"), node.voltageV, " V");
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "power factor"), node.powerFactor, 0.01, 1.0);
        if (node.phases != 1 && node.phases != 3)
            r.error(QStringLiteral("value.phases"),
                    ValidationTr::tr("has %1 phases; use 1 or 3").arg(node.phases));
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "no-load loss"), node.losses.noLoad);
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "linear loss"), node.losses.linear);
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "quadratic loss"), node.losses.quadratic);
        if (node.parentId != NoId && !s.powerNode(node.parentId))
            r.reference(QT_TRANSLATE_NOOP("fjord::Validation", "parent"), false, node.parentId);
        if (node.redundancyGroupId != NoId)
            r.reference(QT_TRANSLATE_NOOP("fjord::Validation", "redundancy group"),
                        s.redundancyGroup(node.redundancyGroupId), node.redundancyGroupId);
        // A cycle in the parent chain would make every load sum endless.
        QSet<Id> seen{node.id};
        for (const PowerNode *up = s.powerNode(node.parentId); up; up = s.powerNode(up->parentId)) {
            if (seen.contains(up->id)) {
                r.error(QStringLiteral("power.cycle"),
                        ValidationTr::tr("is its own upstream (a loop in the chain)"));
                break;
            }
            seen.insert(up->id);
        }
    }
    for (const auto &g : s.redundancyGroups) {
        Reporter r(out, QT_TRANSLATE_NOOP("fjord::Validation", "Redundancy group"), g.id, g.name);
        if (g.neededBlocks < 1 || g.blocks < g.neededBlocks)
            r.error(QStringLiteral("value.redundancy"),
                    ValidationTr::tr("needs %1 of %2 blocks; use 1 ≤ needed ≤ blocks")
                        .arg(g.neededBlocks)
                        .arg(g.blocks));
    }
}

void validateCoolingAndLoad(const Scenario &s, QList<Problem> &out)
{
    for (const auto &c : s.coolingSystems) {
        Reporter r(out, QT_TRANSLATE_NOOP("fjord::Validation", "Cooling system"), c.id, c.name);
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "supply temperature"), c.supplyC, 5, 70, " °C");
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "range"), c.rangeK, 1, 40, " K");
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "dry-cooler approach"), c.dryCoolerApproachK, 0, 30,
                " K");
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "chiller efficiency"), c.chillerEta, 0.05, 1.0);
        r.positive(QT_TRANSLATE_NOOP("fjord::Validation", "COP cap"), c.copCap);
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "minimum fan speed"), c.fanMinSpeed, 0, 1);
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "adiabatic effectiveness"), c.adiabaticEffectiveness,
                0, 1);
        for (double f : {c.dryCoolerFanCoeff, c.facilityPumpFraction, c.cduPumpFraction, c.crahFanFraction})
            r.range(QT_TRANSLATE_NOOP("fjord::Validation", "auxiliary power fraction"), f, 0, 1);
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "design ambient"), c.designAmbientC, -50, 60, " °C");
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "dry-cooler design return"), c.designReturnC, 5, 110,
                " °C");
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "dry-cooler capacity"),
                      c.dryCoolerCapacityW / 1e6, " MW");
    }
    for (const auto &lp : s.loadProfiles) {
        Reporter r(out, QT_TRANSLATE_NOOP("fjord::Validation", "Load profile"), lp.id, lp.name);
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "base utilisation"), lp.baseUtilisation, 0, 1);
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "amplitude"), lp.amplitude, 0, 1);
        if (lp.kind == LoadProfileKind::Custom) {
            if (lp.hourly.size() != HoursPerYear)
                r.error(QStringLiteral("profile.length"),
                        ValidationTr::tr("has %1 hourly values; it needs %2")
                            .arg(lp.hourly.size())
                            .arg(HoursPerYear));
            for (int h = 0; h < lp.hourly.size(); ++h)
                if (!(lp.hourly[h] >= 0 && lp.hourly[h] <= 1)) {
                    r.error(QStringLiteral("value.range"),
                            ValidationTr::tr("hour %1 is %2, outside 0 … 1").arg(h + 1).arg(lp.hourly[h]));
                    break;
                }
        }
    }
    for (const auto &h : s.heatOfftakes) {
        Reporter r(out, QT_TRANSLATE_NOOP("fjord::Validation", "Heat offtake"), h.id, h.name);
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "capacity"), h.capacityW / 1e6, " MW");
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "minimum demand"), h.minDemand, 0, 1);
        if (h.baseC <= h.designLowC)
            r.error(QStringLiteral("value.range"),
                    ValidationTr::tr("heating base temperature must exceed the design low"));
    }
    const auto &g = s.supply.grid;
    Reporter r(out, QT_TRANSLATE_NOOP("fjord::Validation", "Grid supply"), s.id, g.name);
    r.range(QT_TRANSLATE_NOOP("fjord::Validation", "renewable share"), g.renewableShare, 0, 1);
    r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "carbon intensity"), g.carbonKgPerKWh, " kg/kWh");
    r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "residual mix"), g.residualMixKgPerKWh, " kg/kWh");
    for (const auto &ppa : s.supply.ppas) {
        Reporter rp(out, QT_TRANSLATE_NOOP("fjord::Validation", "PPA"), ppa.id, ppa.name);
        rp.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "capacity"), ppa.capacityW / 1e6, " MW");
        rp.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "solar area"), ppa.solarAreaM2, " m²");
    }
    for (const auto &goo : s.supply.guarantees) {
        Reporter rg(out, QT_TRANSLATE_NOOP("fjord::Validation", "Guarantees of origin"), goo.id, goo.name);
        rg.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "volume"), goo.mwhPerYear, " MWh/yr");
    }
}

void validateTenants(const Project &p, const Scenario &s, QList<Problem> &out)
{
    for (const Tenant &t : s.tenants) {
        Reporter r(out, QT_TRANSLATE_NOOP("fjord::Validation", "Tenant"), t.id, t.name);
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "price"), t.price);
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "expected utilisation"), t.expectedUtilisation, 0, 1);
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "term"), t.termYears, 0, 100,
                QT_TRANSLATE_NOOP("fjord::Validation", " years"));
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "escalation"), t.escalationPerYear, -0.5, 1.0);
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "re-letting price"), t.reletPrice);
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "vacancy"), t.vacancyMonths, 0, 120,
                QT_TRANSLATE_NOOP("fjord::Validation", " months"));
    }
    auto dangling = [&](const char *kind, Id id, const QString &name, Id tenantId) {
        if (tenantId != NoId && !s.tenant(tenantId))
            out.append({Severity::Error, QStringLiteral("ref.tenant"),
                        ValidationTr::tr("%1 %2 is allocated to tenant id %3, which does not exist")
                            .arg(ValidationTr::tr(kind), name)
                            .arg(tenantId),
                        id, name});
    };
    for (const Hall &h : s.halls)
        dangling(QT_TRANSLATE_NOOP("fjord::Validation", "Hall"), h.id, h.name, h.tenantId);
    for (const Row &w : s.rows)
        dangling(QT_TRANSLATE_NOOP("fjord::Validation", "Row"), w.id, w.name, w.tenantId);
    for (const Rack &k : s.racks)
        dangling(QT_TRANSLATE_NOOP("fjord::Validation", "Rack"), k.id, k.name, k.tenantId);
    // Without tenants there is nothing to check yet: the Finance tab says that revenue is 0.
    if (s.tenants.isEmpty())
        return;
    QList<StageAllocation> perStage;
    for (int i = 0; i < s.stages.size(); ++i)
        perStage.append(allocationThrough(p, s, i));
    out += priorityTargetProblems(p, s, perStage);
}

} // namespace

QList<Problem> validateProject(const Project &p)
{
    QList<Problem> out;
    for (const auto &t : p.rackTypes) {
        Reporter r(out, QT_TRANSLATE_NOOP("fjord::Validation", "Rack type"), t.id, t.name);
        r.positive(QT_TRANSLATE_NOOP("fjord::Validation", "design power"), t.designPowerW / 1e3, " kW");
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "liquid fraction"), t.liquidFraction, 0, 1);
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "power factor"), t.powerFactor, 0.01, 1.0);
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "mass"), t.massKg, " kg");
        r.positive(QT_TRANSLATE_NOOP("fjord::Validation", "width"), t.widthM, " m");
        r.positive(QT_TRANSLATE_NOOP("fjord::Validation", "depth"), t.depthM, " m");
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "feeds per side"), t.feedsPerSide, 1, 8);
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "GPUs"), t.gpus);
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "unit cost"), t.unitCost);
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "service life"), t.serviceLifeYears, 1, 50,
                QT_TRANSLATE_NOOP("fjord::Validation", " years"));
        r.range(QT_TRANSLATE_NOOP("fjord::Validation", "price change"), t.priceChangePerYear, -0.5, 0.5);
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "throughput"), t.tokensPerSecondPerGpu);
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "peak power"), t.peakPowerW / 1e3, " kW");
        if (t.peakPowerW > 0 && t.peakPowerW < t.designPowerW)
            r.warning(QStringLiteral("racktype.peak_below_design"),
                      ValidationTr::tr("peak power %1 kW is below the design power %2 kW; the design demand "
                                       "uses the peak")
                          .arg(t.peakPowerW / 1e3)
                          .arg(t.designPowerW / 1e3));
    }
    const auto &c = p.costs;
    Reporter r(out, QT_TRANSLATE_NOOP("fjord::Validation", "Cost catalogue"), NoId, c.currency);
    for (double v :
         {c.buildingPerW, c.electricalPerW, c.mechanicalPerW, c.gridPerVa, c.upsPerW, c.staffPerYear})
        r.nonNegative(QT_TRANSLATE_NOOP("fjord::Validation", "unit cost"), v);
    r.range(QT_TRANSLATE_NOOP("fjord::Validation", "soft-cost share"), c.softCostFraction, 0, 1);
    r.range(QT_TRANSLATE_NOOP("fjord::Validation", "contingency share"), c.contingencyFraction, 0, 1);
    r.range(QT_TRANSLATE_NOOP("fjord::Validation", "discount rate"), c.discountRate, -0.5, 1.0);
    r.range(QT_TRANSLATE_NOOP("fjord::Validation", "horizon"), c.horizonYears, 1, 100,
            QT_TRANSLATE_NOOP("fjord::Validation", " years"));
    r.positive(QT_TRANSLATE_NOOP("fjord::Validation", "exchange rate"), c.perEur);
    r.range(QT_TRANSLATE_NOOP("fjord::Validation", "tax rate"), c.taxRate, 0, 1);
    for (const auto &[lifeField, priceField, life] :
         {std::tuple{QT_TRANSLATE_NOOP("fjord::Validation", "building life"),
                     QT_TRANSLATE_NOOP("fjord::Validation", "building price change"), c.building},
          std::tuple{QT_TRANSLATE_NOOP("fjord::Validation", "electrical life"),
                     QT_TRANSLATE_NOOP("fjord::Validation", "electrical price change"), c.electrical},
          std::tuple{QT_TRANSLATE_NOOP("fjord::Validation", "mechanical life"),
                     QT_TRANSLATE_NOOP("fjord::Validation", "mechanical price change"), c.mechanical},
          std::tuple{QT_TRANSLATE_NOOP("fjord::Validation", "grid life"),
                     QT_TRANSLATE_NOOP("fjord::Validation", "grid price change"), c.grid}}) {
        r.range(lifeField, life.lifeYears, 1, 100, QT_TRANSLATE_NOOP("fjord::Validation", " years"));
        r.range(priceField, life.priceChangePerYear, -0.5, 0.5);
    }
    Reporter rs(out, QT_TRANSLATE_NOOP("fjord::Validation", "Project settings"), NoId, p.name);
    rs.range(QT_TRANSLATE_NOOP("fjord::Validation", "start-up and research target"),
             p.settings.priorityCapacityTarget, 0, 1);
    // "Not set" (a blank new project): zeros here would read as a free campus, so they are findings
    // until the planner enters figures (Finance tab).
    if (c.buildingPerW <= 0 && c.electricalPerW <= 0 && c.mechanicalPerW <= 0)
        r.warning(QStringLiteral("costs.not_set"),
                  ValidationTr::tr("no unit costs are set (building, electrical, mechanical per W): capex is "
                                   "0 until they are (Finance tab, cost catalogue)"));
    if (p.site.name.trimmed().isEmpty())
        out.append({Severity::Warning, QStringLiteral("site.not_set"),
                    ValidationTr::tr("The site has no name or location: set them in Cooling & Energy, Site "
                                     "(the NetBox export names the site)"),
                    NoId, QString()});

    const Climate &cl = p.site.climate;
    Reporter rc(out, QT_TRANSLATE_NOOP("fjord::Validation", "Climate"), NoId, cl.name);
    if (!cl.isComplete())
        rc.error(QStringLiteral("climate.incomplete"),
                 ValidationTr::tr("has %1 hours of dry bulb; a year needs %2")
                     .arg(cl.dryBulbC.size())
                     .arg(HoursPerYear));
    for (int h = 0; h < cl.dryBulbC.size(); ++h)
        if (!(cl.dryBulbC[h] > -90 && cl.dryBulbC[h] < 70)) {
            rc.error(QStringLiteral("value.range"),
                     ValidationTr::tr("dry bulb at hour %1 is %2 °C, outside −90 … 70 °C")
                         .arg(h + 1)
                         .arg(cl.dryBulbC[h]));
            break;
        }
    return out;
}

QList<Problem> validate(const Project &p, const Scenario &s)
{
    QList<Problem> out;
    validateStages(s, out);
    validateHallsAndRacks(p, s, out);
    validatePower(s, out);
    validateCoolingAndLoad(s, out);
    out += gridCapacityProblems(s);
    validateTenants(p, s, out);
    for (const OpexItem &o : p.opex)
        if (o.stageId != NoId && s.stageIndex(o.stageId) < 0)
            out.append(
                {Severity::Warning, QStringLiteral("opex.stage_missing"),
                 ValidationTr::tr("Opex item %1 starts with a stage that scenario %2 does not have, so its "
                                  "opex leaves it out (Finance tab: pick one of its stages, or none for "
                                  "\"from the first stage\")")
                     .arg(o.name, s.name),
                 o.id, o.name});
    const GridSupply &grid = s.supply.grid;
    if (grid.pricePerMWh <= 0 && grid.carbonKgPerKWh <= 0)
        out.append({Severity::Warning, QStringLiteral("supply.grid_not_set"),
                    ValidationTr::tr("Scenario %1: the grid's energy price and carbon intensity are not set: "
                                     "energy cost and CUE read 0 until they are (Renewables tab, Grid)")
                        .arg(s.name),
                    s.id, s.name});
    return out;
}

} // namespace fjord
