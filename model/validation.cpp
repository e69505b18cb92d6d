#include "model/validation.h"

#include "model/allocation.h"
#include "model/gridcapacity.h"
#include "model/spacechecks.h"

#include <QSet>

#include <cmath>

namespace fjord {

namespace {

// Collects problems about one object with its name already filled in.
class Reporter {
public:
    Reporter(QList<Problem> &out, QString kind, Id id, QString name)
        : m_out(out), m_kind(std::move(kind)), m_id(id), m_name(std::move(name))
    {
    }

    void error(const QString &code, const QString &what) { add(Severity::Error, code, what); }
    void warning(const QString &code, const QString &what) { add(Severity::Warning, code, what); }

    // value must lie in [lo, hi]; `unit` is appended to the message.
    void range(const QString &field, double value, double lo, double hi, const QString &unit = {})
    {
        if (!std::isfinite(value) || value < lo || value > hi)
            error(QStringLiteral("value.range"),
                  QStringLiteral("%1 is %2%3, outside %4 … %5%3")
                      .arg(field, QString::number(value), unit, QString::number(lo), QString::number(hi)));
    }
    void positive(const QString &field, double value, const QString &unit = {})
    {
        if (!std::isfinite(value) || value <= 0)
            error(QStringLiteral("value.not_positive"),
                  QStringLiteral("%1 is %2%3; it must be greater than zero")
                      .arg(field, QString::number(value), unit));
    }
    void nonNegative(const QString &field, double value, const QString &unit = {})
    {
        if (!std::isfinite(value) || value < 0)
            error(QStringLiteral("value.negative"), QStringLiteral("%1 is %2%3; it must not be negative")
                                                        .arg(field, QString::number(value), unit));
    }
    void reference(const QString &field, bool ok, Id target)
    {
        if (!ok)
            error(QStringLiteral("reference.missing"),
                  QStringLiteral("%1 refers to object #%2, which does not exist").arg(field).arg(target));
    }

private:
    void add(Severity s, const QString &code, const QString &what)
    {
        m_out.append({s, code, QStringLiteral("%1 %2: %3").arg(m_kind, m_name, what), m_id, m_name});
    }
    QList<Problem> &m_out;
    QString m_kind;
    Id m_id;
    QString m_name;
};

void validateStages(const Scenario &s, QList<Problem> &out)
{
    if (s.stages.isEmpty())
        out.append({Severity::Error, QStringLiteral("stage.none"),
                    QStringLiteral("Scenario %1 has no expansion stage").arg(s.name), s.id, s.name});
    QDate previous;
    for (const auto &stage : s.stages) {
        Reporter r(out, QStringLiteral("Stage"), stage.id, stage.name);
        r.nonNegative(QStringLiteral("grid capacity added"), stage.gridCapacityAddedW / 1e6,
                      QStringLiteral(" MW"));
        r.range(QStringLiteral("ramp-up"), stage.rampUpMonths, 0, 120, QStringLiteral(" months"));
        if (!stage.energisation.isValid())
            r.error(QStringLiteral("stage.date"), QStringLiteral("has no valid energisation date"));
        else if (previous.isValid() && stage.energisation < previous)
            r.warning(QStringLiteral("stage.order"),
                      QStringLiteral("is energised before the stage before it"));
        previous = stage.energisation;
    }
}

void validateHallsAndRacks(const Project &p, const Scenario &s, QList<Problem> &out)
{
    for (const auto &hall : s.halls) {
        Reporter r(out, QStringLiteral("Hall"), hall.id, hall.name);
        r.positive(QStringLiteral("width"), hall.widthM, QStringLiteral(" m"));
        r.positive(QStringLiteral("depth"), hall.depthM, QStringLiteral(" m"));
        r.nonNegative(QStringLiteral("floor load limit"), hall.floorLoadLimitKgPerM2,
                      QStringLiteral(" kg/m²"));
        r.reference(QStringLiteral("stage"), hall.stageId == NoId || s.stage(hall.stageId), hall.stageId);
        r.reference(QStringLiteral("cooling system"),
                    hall.coolingSystemId == NoId || s.coolingSystem(hall.coolingSystemId),
                    hall.coolingSystemId);
    }
    for (const auto &row : s.rows) {
        Reporter r(out, QStringLiteral("Row"), row.id, row.name);
        r.reference(QStringLiteral("hall"), s.hall(row.hallId), row.hallId);
        r.positive(QStringLiteral("pitch"), row.pitchM, QStringLiteral(" m"));
    }
    for (const auto &rack : s.racks) {
        Reporter r(out, QStringLiteral("Rack"), rack.id, rack.name);
        const Hall *hall = s.hall(rack.hallId);
        r.reference(QStringLiteral("hall"), hall, rack.hallId);
        r.reference(QStringLiteral("rack type"), p.rackType(rack.rackTypeId), rack.rackTypeId);
        r.reference(QStringLiteral("stage"), rack.stageId == NoId || s.stage(rack.stageId), rack.stageId);
        r.reference(QStringLiteral("row"), rack.rowId == NoId || s.row(rack.rowId), rack.rowId);
        if (hall && s.stageIndex(rack.stageId) >= 0 &&
            s.stageIndex(rack.stageId) < s.stageIndex(hall->stageId))
            r.error(QStringLiteral("stage.before_hall"),
                    QStringLiteral("is installed in a stage before its hall %1 is built").arg(hall->name));
        for (const auto &feed : rack.feeds)
            r.reference(QStringLiteral("power feed"), s.powerNode(feed.nodeId), feed.nodeId);
    }
    out.append(checkSpace(p, s));
}

void validatePower(const Scenario &s, QList<Problem> &out)
{
    for (const auto &node : s.powerNodes) {
        Reporter r(out, QStringLiteral("Power node"), node.id, node.name);
        if (node.ratingBasis == RatingBasis::ApparentPower)
            r.positive(QStringLiteral("rating"), node.ratingVa / 1e3, QStringLiteral(" kVA"));
        else
            r.positive(QStringLiteral("rating"), node.ratingA, QStringLiteral(" A"));
        r.positive(QStringLiteral("voltage"), node.voltageV, QStringLiteral(" V"));
        r.range(QStringLiteral("power factor"), node.powerFactor, 0.01, 1.0);
        if (node.phases != 1 && node.phases != 3)
            r.error(QStringLiteral("value.phases"),
                    QStringLiteral("has %1 phases; use 1 or 3").arg(node.phases));
        r.nonNegative(QStringLiteral("no-load loss"), node.losses.noLoad);
        r.nonNegative(QStringLiteral("linear loss"), node.losses.linear);
        r.nonNegative(QStringLiteral("quadratic loss"), node.losses.quadratic);
        if (node.parentId != NoId && !s.powerNode(node.parentId))
            r.reference(QStringLiteral("parent"), false, node.parentId);
        if (node.redundancyGroupId != NoId)
            r.reference(QStringLiteral("redundancy group"), s.redundancyGroup(node.redundancyGroupId),
                        node.redundancyGroupId);
        // A cycle in the parent chain would make every load sum endless.
        QSet<Id> seen{node.id};
        for (const PowerNode *up = s.powerNode(node.parentId); up; up = s.powerNode(up->parentId)) {
            if (seen.contains(up->id)) {
                r.error(QStringLiteral("power.cycle"),
                        QStringLiteral("is its own upstream (a loop in the chain)"));
                break;
            }
            seen.insert(up->id);
        }
    }
    for (const auto &g : s.redundancyGroups) {
        Reporter r(out, QStringLiteral("Redundancy group"), g.id, g.name);
        if (g.neededBlocks < 1 || g.blocks < g.neededBlocks)
            r.error(QStringLiteral("value.redundancy"),
                    QStringLiteral("needs %1 of %2 blocks; use 1 ≤ needed ≤ blocks")
                        .arg(g.neededBlocks)
                        .arg(g.blocks));
    }
}

void validateCoolingAndLoad(const Scenario &s, QList<Problem> &out)
{
    for (const auto &c : s.coolingSystems) {
        Reporter r(out, QStringLiteral("Cooling system"), c.id, c.name);
        r.range(QStringLiteral("supply temperature"), c.supplyC, 5, 70, QStringLiteral(" °C"));
        r.range(QStringLiteral("range"), c.rangeK, 1, 40, QStringLiteral(" K"));
        r.range(QStringLiteral("dry-cooler approach"), c.dryCoolerApproachK, 0, 30, QStringLiteral(" K"));
        r.range(QStringLiteral("chiller efficiency"), c.chillerEta, 0.05, 1.0);
        r.positive(QStringLiteral("COP cap"), c.copCap);
        r.range(QStringLiteral("minimum fan speed"), c.fanMinSpeed, 0, 1);
        r.range(QStringLiteral("adiabatic effectiveness"), c.adiabaticEffectiveness, 0, 1);
        for (double f : {c.dryCoolerFanCoeff, c.facilityPumpFraction, c.cduPumpFraction, c.crahFanFraction})
            r.range(QStringLiteral("auxiliary power fraction"), f, 0, 1);
        r.range(QStringLiteral("design ambient"), c.designAmbientC, -50, 60, QStringLiteral(" °C"));
        r.range(QStringLiteral("dry-cooler design return"), c.designReturnC, 5, 110, QStringLiteral(" °C"));
        r.nonNegative(QStringLiteral("dry-cooler capacity"), c.dryCoolerCapacityW / 1e6,
                      QStringLiteral(" MW"));
    }
    for (const auto &lp : s.loadProfiles) {
        Reporter r(out, QStringLiteral("Load profile"), lp.id, lp.name);
        r.range(QStringLiteral("base utilisation"), lp.baseUtilisation, 0, 1);
        r.range(QStringLiteral("amplitude"), lp.amplitude, 0, 1);
        if (lp.kind == LoadProfileKind::Custom) {
            if (lp.hourly.size() != HoursPerYear)
                r.error(QStringLiteral("profile.length"), QStringLiteral("has %1 hourly values; it needs %2")
                                                              .arg(lp.hourly.size())
                                                              .arg(HoursPerYear));
            for (int h = 0; h < lp.hourly.size(); ++h)
                if (!(lp.hourly[h] >= 0 && lp.hourly[h] <= 1)) {
                    r.error(QStringLiteral("value.range"),
                            QStringLiteral("hour %1 is %2, outside 0 … 1").arg(h + 1).arg(lp.hourly[h]));
                    break;
                }
        }
    }
    for (const auto &h : s.heatOfftakes) {
        Reporter r(out, QStringLiteral("Heat offtake"), h.id, h.name);
        r.nonNegative(QStringLiteral("capacity"), h.capacityW / 1e6, QStringLiteral(" MW"));
        r.range(QStringLiteral("minimum demand"), h.minDemand, 0, 1);
        if (h.baseC <= h.designLowC)
            r.error(QStringLiteral("value.range"),
                    QStringLiteral("heating base temperature must exceed the design low"));
    }
    const auto &g = s.supply.grid;
    Reporter r(out, QStringLiteral("Grid supply"), s.id, g.name);
    r.range(QStringLiteral("renewable share"), g.renewableShare, 0, 1);
    r.nonNegative(QStringLiteral("carbon intensity"), g.carbonKgPerKWh, QStringLiteral(" kg/kWh"));
    r.nonNegative(QStringLiteral("residual mix"), g.residualMixKgPerKWh, QStringLiteral(" kg/kWh"));
    for (const auto &ppa : s.supply.ppas) {
        Reporter rp(out, QStringLiteral("PPA"), ppa.id, ppa.name);
        rp.nonNegative(QStringLiteral("capacity"), ppa.capacityW / 1e6, QStringLiteral(" MW"));
        rp.nonNegative(QStringLiteral("solar area"), ppa.solarAreaM2, QStringLiteral(" m²"));
    }
    for (const auto &goo : s.supply.guarantees) {
        Reporter rg(out, QStringLiteral("Guarantees of origin"), goo.id, goo.name);
        rg.nonNegative(QStringLiteral("volume"), goo.mwhPerYear, QStringLiteral(" MWh/yr"));
    }
}

void validateTenants(const Project &p, const Scenario &s, QList<Problem> &out)
{
    for (const Tenant &t : s.tenants) {
        Reporter r(out, QStringLiteral("Tenant"), t.id, t.name);
        r.nonNegative(QStringLiteral("price"), t.price);
        r.range(QStringLiteral("expected utilisation"), t.expectedUtilisation, 0, 1);
        r.range(QStringLiteral("term"), t.termYears, 0, 100, QStringLiteral(" years"));
        r.range(QStringLiteral("escalation"), t.escalationPerYear, -0.5, 1.0);
        r.nonNegative(QStringLiteral("re-letting price"), t.reletPrice);
        r.range(QStringLiteral("vacancy"), t.vacancyMonths, 0, 120, QStringLiteral(" months"));
    }
    auto dangling = [&](const QString &kind, Id id, const QString &name, Id tenantId) {
        if (tenantId != NoId && !s.tenant(tenantId))
            out.append({Severity::Error, QStringLiteral("ref.tenant"),
                        QStringLiteral("%1 %2 is allocated to tenant id %3, which does not exist")
                            .arg(kind, name)
                            .arg(tenantId),
                        id, name});
    };
    for (const Hall &h : s.halls)
        dangling(QStringLiteral("Hall"), h.id, h.name, h.tenantId);
    for (const Row &w : s.rows)
        dangling(QStringLiteral("Row"), w.id, w.name, w.tenantId);
    for (const Rack &k : s.racks)
        dangling(QStringLiteral("Rack"), k.id, k.name, k.tenantId);
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
        Reporter r(out, QStringLiteral("Rack type"), t.id, t.name);
        r.positive(QStringLiteral("design power"), t.designPowerW / 1e3, QStringLiteral(" kW"));
        r.range(QStringLiteral("liquid fraction"), t.liquidFraction, 0, 1);
        r.range(QStringLiteral("power factor"), t.powerFactor, 0.01, 1.0);
        r.nonNegative(QStringLiteral("mass"), t.massKg, QStringLiteral(" kg"));
        r.positive(QStringLiteral("width"), t.widthM, QStringLiteral(" m"));
        r.positive(QStringLiteral("depth"), t.depthM, QStringLiteral(" m"));
        r.range(QStringLiteral("feeds per side"), t.feedsPerSide, 1, 8);
        r.nonNegative(QStringLiteral("GPUs"), t.gpus);
        r.nonNegative(QStringLiteral("unit cost"), t.unitCost);
        r.range(QStringLiteral("service life"), t.serviceLifeYears, 1, 50, QStringLiteral(" years"));
        r.range(QStringLiteral("price change"), t.priceChangePerYear, -0.5, 0.5);
        r.nonNegative(QStringLiteral("throughput"), t.tokensPerSecondPerGpu);
        r.nonNegative(QStringLiteral("peak power"), t.peakPowerW / 1e3, QStringLiteral(" kW"));
        if (t.peakPowerW > 0 && t.peakPowerW < t.designPowerW)
            r.warning(QStringLiteral("racktype.peak_below_design"),
                      QStringLiteral("peak power %1 kW is below the design power %2 kW; the design demand "
                                     "uses the peak")
                          .arg(t.peakPowerW / 1e3)
                          .arg(t.designPowerW / 1e3));
    }
    const auto &c = p.costs;
    Reporter r(out, QStringLiteral("Cost catalogue"), NoId, c.currency);
    for (double v :
         {c.buildingPerW, c.electricalPerW, c.mechanicalPerW, c.gridPerVa, c.upsPerW, c.staffPerYear})
        r.nonNegative(QStringLiteral("unit cost"), v);
    r.range(QStringLiteral("soft-cost share"), c.softCostFraction, 0, 1);
    r.range(QStringLiteral("contingency share"), c.contingencyFraction, 0, 1);
    r.range(QStringLiteral("discount rate"), c.discountRate, -0.5, 1.0);
    r.range(QStringLiteral("horizon"), c.horizonYears, 1, 100, QStringLiteral(" years"));
    r.positive(QStringLiteral("exchange rate"), c.perEur);
    r.range(QStringLiteral("tax rate"), c.taxRate, 0, 1);
    for (const auto &[label, life] :
         {std::pair{"building", c.building}, std::pair{"electrical", c.electrical},
          std::pair{"mechanical", c.mechanical}, std::pair{"grid", c.grid}}) {
        r.range(QStringLiteral("%1 life").arg(QLatin1String(label)), life.lifeYears, 1, 100,
                QStringLiteral(" years"));
        r.range(QStringLiteral("%1 price change").arg(QLatin1String(label)), life.priceChangePerYear, -0.5,
                0.5);
    }
    Reporter rs(out, QStringLiteral("Project settings"), NoId, p.name);
    rs.range(QStringLiteral("start-up and research target"), p.settings.priorityCapacityTarget, 0, 1);
    // "Not set" (a blank new project): zeros here would read as a free campus, so they are findings
    // until the planner enters figures (Finance tab).
    if (c.buildingPerW <= 0 && c.electricalPerW <= 0 && c.mechanicalPerW <= 0)
        r.warning(QStringLiteral("costs.not_set"),
                  QStringLiteral("no unit costs are set (building, electrical, mechanical per W): capex is "
                                 "0 until they are (Finance tab, cost catalogue)"));
    if (p.site.name.trimmed().isEmpty())
        out.append({Severity::Warning, QStringLiteral("site.not_set"),
                    QStringLiteral("The site has no name or location: set them in Cooling & Energy, Site "
                                   "(the NetBox export names the site)"),
                    NoId, QString()});

    const Climate &cl = p.site.climate;
    Reporter rc(out, QStringLiteral("Climate"), NoId, cl.name);
    if (!cl.isComplete())
        rc.error(QStringLiteral("climate.incomplete"),
                 QStringLiteral("has %1 hours of dry bulb; a year needs %2")
                     .arg(cl.dryBulbC.size())
                     .arg(HoursPerYear));
    for (int h = 0; h < cl.dryBulbC.size(); ++h)
        if (!(cl.dryBulbC[h] > -90 && cl.dryBulbC[h] < 70)) {
            rc.error(QStringLiteral("value.range"),
                     QStringLiteral("dry bulb at hour %1 is %2 °C, outside −90 … 70 °C")
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
                 QStringLiteral("Opex item %1 starts with a stage that scenario %2 does not have, so its "
                                "opex leaves it out (Finance tab: pick one of its stages, or none for "
                                "\"from the first stage\")")
                     .arg(o.name, s.name),
                 o.id, o.name});
    const GridSupply &grid = s.supply.grid;
    if (grid.pricePerMWh <= 0 && grid.carbonKgPerKWh <= 0)
        out.append({Severity::Warning, QStringLiteral("supply.grid_not_set"),
                    QStringLiteral("Scenario %1: the grid's energy price and carbon intensity are not set: "
                                   "energy cost and CUE read 0 until they are (Renewables tab, Grid)")
                        .arg(s.name),
                    s.id, s.name});
    return out;
}

} // namespace fjord
