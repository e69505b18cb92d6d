#include "model/uncertainty.h"
#include "model/tr.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace fjord {

namespace {

// "tenant.price:12" -> ("tenant.price", 12); a key without a suffix gets NoId.
struct Key {
    QString name;
    Id id = NoId;
    bool ok = true;
};

Key splitKey(const QString &key)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {key, NoId, true};
    Key k{key.left(colon), NoId, false};
    k.id = key.mid(colon + 1).toLongLong(&k.ok);
    return k;
}

LoadProfile *defaultProfile(Scenario &s)
{
    for (LoadProfile &lp : s.loadProfiles)
        if (lp.rackTypeId == NoId)
            return &lp;
    return nullptr;
}

template <class T> T *byId(QList<T> &list, Id id)
{
    for (T &item : list)
        if (item.id == id)
            return &item;
    return nullptr;
}

// The plain numbers of the grid supply and the cost catalogue a scenario can vary, as stored: one
// table for locating, listing and labelling them.
struct PlainInput {
    const char *key;
    const char *label;
    const char *unit;                      // "%1" is the currency
    double GridSupply::*grid = nullptr;    // a field of the scenario's grid supply, or
    double CostCatalogue::*cost = nullptr; // a field of the project's cost catalogue
    double *fieldIn(Project &p, Scenario &s) const
    {
        return grid ? &(s.supply.grid.*grid) : &(p.costs.*cost);
    }
    double value(const Project &p, const Scenario &s) const
    {
        return grid ? s.supply.grid.*grid : p.costs.*cost;
    }
};
const PlainInput GridAndCostInputs[] = {
    {"grid.carbon_kg_per_kwh", QT_TRANSLATE_NOOP("fjord::Model", "Grid carbon intensity (location-based)"),
     QT_TRANSLATE_NOOP("fjord::Model", "kg CO₂e/kWh"), &GridSupply::carbonKgPerKWh},
    {"grid.residual_mix_kg_per_kwh", QT_TRANSLATE_NOOP("fjord::Model", "Grid residual mix (market-based)"),
     QT_TRANSLATE_NOOP("fjord::Model", "kg CO₂e/kWh"), &GridSupply::residualMixKgPerKWh},
    {"grid.renewable_share", QT_TRANSLATE_NOOP("fjord::Model", "Clean share of the grid mix"),
     QT_TRANSLATE_NOOP("fjord::Model", "share"), &GridSupply::renewableShare},
    {"costs.building_per_w", QT_TRANSLATE_NOOP("fjord::Model", "Building cost"),
     QT_TRANSLATE_NOOP("fjord::Model", "%1/W IT"), nullptr, &CostCatalogue::buildingPerW},
    {"costs.electrical_per_w", QT_TRANSLATE_NOOP("fjord::Model", "Electrical cost"),
     QT_TRANSLATE_NOOP("fjord::Model", "%1/W IT"), nullptr, &CostCatalogue::electricalPerW},
    {"costs.mechanical_per_w", QT_TRANSLATE_NOOP("fjord::Model", "Mechanical cost"),
     QT_TRANSLATE_NOOP("fjord::Model", "%1/W heat"), nullptr, &CostCatalogue::mechanicalPerW},
    {"costs.grid_per_va", QT_TRANSLATE_NOOP("fjord::Model", "Grid connection cost"),
     QT_TRANSLATE_NOOP("fjord::Model", "%1/VA"), nullptr, &CostCatalogue::gridPerVa},
    {"costs.ups_per_w", QT_TRANSLATE_NOOP("fjord::Model", "UPS cost"),
     QT_TRANSLATE_NOOP("fjord::Model", "%1/W UPS"), nullptr, &CostCatalogue::upsPerW},
    {"costs.soft_cost_fraction", QT_TRANSLATE_NOOP("fjord::Model", "Soft costs"),
     QT_TRANSLATE_NOOP("fjord::Model", "share"), nullptr, &CostCatalogue::softCostFraction},
    {"costs.contingency_fraction", QT_TRANSLATE_NOOP("fjord::Model", "Contingency"),
     QT_TRANSLATE_NOOP("fjord::Model", "share"), nullptr, &CostCatalogue::contingencyFraction},
    {"costs.maintenance_fraction", QT_TRANSLATE_NOOP("fjord::Model", "Maintenance"),
     QT_TRANSLATE_NOOP("fjord::Model", "share of capex/yr"), nullptr, &CostCatalogue::maintenanceFraction},
    {"costs.staff_per_year", QT_TRANSLATE_NOOP("fjord::Model", "Staff cost"),
     QT_TRANSLATE_NOOP("fjord::Model", "%1/yr"), nullptr, &CostCatalogue::staffPerYear},
    {"costs.tax_rate", QT_TRANSLATE_NOOP("fjord::Model", "Corporate tax rate"),
     QT_TRANSLATE_NOOP("fjord::Model", "share"), nullptr, &CostCatalogue::taxRate},
};

double *gridOrCostField(Project &p, Scenario &s, const QString &name)
{
    for (const PlainInput &in : GridAndCostInputs)
        if (name == QLatin1String(in.key))
            return in.fieldIn(p, s);
    return nullptr;
}

// A plain number of one object (PPA, rack type, cooling system, heat offtake, tenant, stage) by key
// name; nullptr when the name is not one, `*missing` set when the object does not exist.
double *objectField(Project &p, Scenario &s, const QString &name, Id id, const char **missing)
{
    const auto field = [&](auto *object, const char *what, auto member) -> double * {
        if (!object) {
            *missing = what;
            return nullptr;
        }
        return &(object->*member);
    };
    if (name == QLatin1String("ppa.price_per_mwh"))
        return field(byId(s.supply.ppas, id), QT_TRANSLATE_NOOP("fjord::Model", "PPA"), &Ppa::pricePerMWh);
    if (name == QLatin1String("ppa.capacity_w"))
        return field(byId(s.supply.ppas, id), QT_TRANSLATE_NOOP("fjord::Model", "PPA"), &Ppa::capacityW);
    if (name == QLatin1String("rack_type.design_power_w"))
        return field(byId(p.rackTypes, id), QT_TRANSLATE_NOOP("fjord::Model", "rack type"),
                     &RackType::designPowerW);
    if (name == QLatin1String("rack_type.peak_power_w"))
        return field(byId(p.rackTypes, id), QT_TRANSLATE_NOOP("fjord::Model", "rack type"),
                     &RackType::peakPowerW);
    if (name == QLatin1String("cooling.range_k"))
        return field(byId(s.coolingSystems, id), QT_TRANSLATE_NOOP("fjord::Model", "cooling system"),
                     &CoolingSystem::rangeK);
    if (name == QLatin1String("cooling.dry_cooler_approach_k"))
        return field(byId(s.coolingSystems, id), QT_TRANSLATE_NOOP("fjord::Model", "cooling system"),
                     &CoolingSystem::dryCoolerApproachK);
    if (name == QLatin1String("cooling.chiller_eta"))
        return field(byId(s.coolingSystems, id), QT_TRANSLATE_NOOP("fjord::Model", "cooling system"),
                     &CoolingSystem::chillerEta);
    if (name == QLatin1String("heat_offtake.price_per_mwh"))
        return field(byId(s.heatOfftakes, id), QT_TRANSLATE_NOOP("fjord::Model", "heat offtake"),
                     &HeatOfftake::pricePerMWh);
    if (name == QLatin1String("heat_offtake.capacity_w"))
        return field(byId(s.heatOfftakes, id), QT_TRANSLATE_NOOP("fjord::Model", "heat offtake"),
                     &HeatOfftake::capacityW);
    if (name == QLatin1String("tenant.expected_utilisation"))
        return field(byId(s.tenants, id), QT_TRANSLATE_NOOP("fjord::Model", "tenant"),
                     &Tenant::expectedUtilisation);
    if (name == QLatin1String("tenant.escalation_per_year"))
        return field(byId(s.tenants, id), QT_TRANSLATE_NOOP("fjord::Model", "tenant"),
                     &Tenant::escalationPerYear);
    if (name == QLatin1String("stage.grid_added_w"))
        return field(byId(s.stages, id), QT_TRANSLATE_NOOP("fjord::Model", "stage"),
                     &Stage::gridCapacityAddedW);
    return nullptr;
}

// Where a parameter lives: a pointer to a plain double, or one of the relative parameters.
struct Target {
    double *value = nullptr; // absolute parameters
    Stage *delayedStage = nullptr;
    bool capexOverrun = false;
    bool weatherYear = false; // the site's climate replaced by one of its other weather years
    QString error;
};

Target locate(Project &p, Id scenarioId, const QString &key)
{
    Scenario *s = p.scenario(scenarioId);
    if (!s)
        return {.error = ModelTr::tr("there is no scenario with id %1").arg(scenarioId)};
    const Key k = splitKey(key);
    if (!k.ok)
        return {.error = ModelTr::tr("\"%1\": the part after ':' is not an id").arg(key)};
    auto missing = [&](const char *what) {
        return Target{
            .error = ModelTr::tr("\"%1\": there is no %2 with id %3").arg(key, ModelTr::tr(what)).arg(k.id)};
    };
    if (k.name == QLatin1String("grid.price_per_mwh") && k.id == NoId)
        return {.value = &s->supply.grid.pricePerMWh};
    if (k.name == QLatin1String("costs.discount_rate") && k.id == NoId)
        return {.value = &p.costs.discountRate};
    if (k.name == QLatin1String("costs.capex_overrun") && k.id == NoId)
        return {.capexOverrun = true};
    if (k.name == QLatin1String("climate.weather_year") && k.id == NoId) {
        if (p.site.weatherYears.isEmpty())
            return {.error = ModelTr::tr(
                                 "\"%1\": the site has no other weather years (add EPW files of other years "
                                 "in the climate panel of the Cooling & Energy tab)")
                                 .arg(key)};
        return {.weatherYear = true};
    }
    if (k.name == QLatin1String("load.utilisation") && k.id == NoId) {
        if (LoadProfile *lp = defaultProfile(*s))
            return {.value = &lp->baseUtilisation};
        return {.error =
                    ModelTr::tr("\"%1\": the scenario has no load profile for every rack type").arg(key)};
    }
    if (k.name == QLatin1String("tenant.price") && k.id != NoId) {
        if (Tenant *t = s->tenant(k.id))
            return {.value = &t->price};
        return missing(QT_TRANSLATE_NOOP("fjord::Model", "tenant"));
    }
    if (k.name == QLatin1String("stage.delay_months") && k.id != NoId) {
        if (Stage *st = s->stage(k.id))
            return {.delayedStage = st};
        return missing(QT_TRANSLATE_NOOP("fjord::Model", "stage"));
    }
    if (k.name == QLatin1String("rack_type.unit_cost") && k.id != NoId) {
        if (RackType *t = p.rackType(k.id))
            return {.value = &t->unitCost};
        return missing(QT_TRANSLATE_NOOP("fjord::Model", "rack type"));
    }
    if (k.name == QLatin1String("cooling.supply_c") && k.id != NoId) {
        if (CoolingSystem *c = s->coolingSystem(k.id))
            return {.value = &c->supplyC};
        return missing(QT_TRANSLATE_NOOP("fjord::Model", "cooling system"));
    }
    if (k.id == NoId) {
        if (double *v = gridOrCostField(p, *s, k.name))
            return {.value = v};
    } else {
        const char *what = nullptr;
        if (double *v = objectField(p, *s, k.name, k.id, &what))
            return {.value = v};
        if (what)
            return missing(what);
    }
    return {.error = ModelTr::tr("\"%1\" is not a parameter that can be uncertain").arg(key)};
}

// Φ(z), the standard normal CDF.
double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

// Φ⁻¹(p) for 0 < p < 1: Acklam's rational approximation (relative error 1e-9), refined by one
// Halley step against erfc to full double precision.
double normalQuantile(double p)
{
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                                   1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double low = 0.02425;
    double x;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
        const double q = p - 0.5, r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double e = normalCdf(x) - p;
    const double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

} // namespace

QList<UncertainParameter> uncertainParameters(const Project &project, Id scenarioId)
{
    QList<UncertainParameter> out;
    const Scenario *s = project.scenario(scenarioId);
    if (!s)
        return out;
    const QString cur = project.costs.currency;
    const QString id = QStringLiteral("%1:%2");
    out.append({QStringLiteral("grid.price_per_mwh"), ModelTr::tr("Grid energy price"),
                cur + QStringLiteral("/MWh"), s->supply.grid.pricePerMWh});
    for (const Tenant &t : s->tenants)
        out.append({id.arg(QStringLiteral("tenant.price")).arg(t.id),
                    ModelTr::tr("Tenant price: %1").arg(t.name), contractPriceUnit(t.contract, cur),
                    t.price});
    for (const Stage &st : s->stages)
        out.append({id.arg(QStringLiteral("stage.delay_months")).arg(st.id),
                    ModelTr::tr("Delay of %1").arg(st.name), ModelTr::tr("months"), 0.0});
    out.append(
        {QStringLiteral("costs.capex_overrun"), ModelTr::tr("Capex overrun"), ModelTr::tr("share"), 0.0});
    out.append({QStringLiteral("costs.discount_rate"), ModelTr::tr("Discount rate"), ModelTr::tr("per year"),
                project.costs.discountRate});
    for (const RackType &t : project.rackTypes)
        out.append({id.arg(QStringLiteral("rack_type.unit_cost")).arg(t.id),
                    ModelTr::tr("Unit cost: %1").arg(t.name), cur + ModelTr::tr(" per rack"), t.unitCost});
    for (const LoadProfile &lp : s->loadProfiles)
        if (lp.rackTypeId == NoId) {
            out.append({QStringLiteral("load.utilisation"), ModelTr::tr("Utilisation (%1)").arg(lp.name),
                        ModelTr::tr("share"), lp.baseUtilisation});
            break;
        }
    for (const CoolingSystem &c : s->coolingSystems)
        out.append({id.arg(QStringLiteral("cooling.supply_c")).arg(c.id),
                    ModelTr::tr("Supply temperature: %1").arg(c.name), QStringLiteral("°C"), c.supplyC});
    // Every other plain number of the grid, the costs and the scenario's objects.
    for (const PlainInput &in : GridAndCostInputs)
        out.append({QLatin1String(in.key), ModelTr::tr(in.label),
                    ModelTr::tr(in.unit).replace(QStringLiteral("%1"), cur), in.value(project, *s)});
    for (const Ppa &ppa : s->supply.ppas) {
        out.append({id.arg(QStringLiteral("ppa.price_per_mwh")).arg(ppa.id),
                    ModelTr::tr("PPA price: %1").arg(ppa.name), cur + QStringLiteral("/MWh"),
                    ppa.pricePerMWh});
        out.append({id.arg(QStringLiteral("ppa.capacity_w")).arg(ppa.id),
                    ModelTr::tr("PPA capacity: %1").arg(ppa.name), QStringLiteral("W"), ppa.capacityW});
    }
    for (const RackType &t : project.rackTypes) {
        out.append({id.arg(QStringLiteral("rack_type.design_power_w")).arg(t.id),
                    ModelTr::tr("Design power: %1").arg(t.name), ModelTr::tr("W per rack"), t.designPowerW});
        out.append({id.arg(QStringLiteral("rack_type.peak_power_w")).arg(t.id),
                    ModelTr::tr("Peak power: %1").arg(t.name),
                    ModelTr::tr("W per rack (0: the design power)"), t.peakPowerW});
    }
    for (const CoolingSystem &c : s->coolingSystems) {
        out.append({id.arg(QStringLiteral("cooling.range_k")).arg(c.id), ModelTr::tr("Range: %1").arg(c.name),
                    QStringLiteral("K"), c.rangeK});
        out.append({id.arg(QStringLiteral("cooling.dry_cooler_approach_k")).arg(c.id),
                    ModelTr::tr("Dry-cooler approach: %1").arg(c.name), QStringLiteral("K"),
                    c.dryCoolerApproachK});
        out.append({id.arg(QStringLiteral("cooling.chiller_eta")).arg(c.id),
                    ModelTr::tr("Chiller η: %1").arg(c.name), ModelTr::tr("share of Carnot"), c.chillerEta});
    }
    for (const HeatOfftake &h : s->heatOfftakes) {
        out.append({id.arg(QStringLiteral("heat_offtake.price_per_mwh")).arg(h.id),
                    ModelTr::tr("Heat price: %1").arg(h.name), cur + QStringLiteral("/MWh"), h.pricePerMWh});
        out.append({id.arg(QStringLiteral("heat_offtake.capacity_w")).arg(h.id),
                    ModelTr::tr("Heat offtake capacity: %1").arg(h.name), QStringLiteral("W"), h.capacityW});
    }
    for (const Tenant &t : s->tenants) {
        out.append({id.arg(QStringLiteral("tenant.expected_utilisation")).arg(t.id),
                    ModelTr::tr("Expected utilisation: %1").arg(t.name), ModelTr::tr("share"),
                    t.expectedUtilisation});
        out.append({id.arg(QStringLiteral("tenant.escalation_per_year")).arg(t.id),
                    ModelTr::tr("Price escalation: %1").arg(t.name), ModelTr::tr("per year"),
                    t.escalationPerYear});
    }
    for (const Stage &st : s->stages)
        out.append({id.arg(QStringLiteral("stage.grid_added_w")).arg(st.id),
                    ModelTr::tr("Grid capacity added: %1").arg(st.name), QStringLiteral("W"),
                    st.gridCapacityAddedW});
    if (!project.site.weatherYears.isEmpty())
        out.append({QStringLiteral("climate.weather_year"),
                    ModelTr::tr("Weather year (0: %1; 1 to %2: the other years)")
                        .arg(project.site.climate.name)
                        .arg(project.site.weatherYears.size()),
                    ModelTr::tr("year"), 0.0});
    return out;
}

std::optional<double> parameterValue(const Project &project, Id scenarioId, const QString &key,
                                     QString *error)
{
    // locate() needs a mutable project; the copy is cheap next to an evaluation and keeps this honest.
    Project copy = project;
    const Target t = locate(copy, scenarioId, key);
    if (!t.error.isEmpty()) {
        if (error)
            *error = t.error;
        return std::nullopt;
    }
    return t.value ? *t.value : 0.0;
}

QString applyParameter(Project &project, Id scenarioId, const QString &key, double value)
{
    const Target t = locate(project, scenarioId, key);
    if (!t.error.isEmpty())
        return t.error;
    if (!std::isfinite(value))
        return ModelTr::tr("\"%1\": the value is not a number").arg(key);
    if (t.value) {
        *t.value = value;
    } else if (t.delayedStage) {
        // Whole months: energisation dates are days, and a fraction of a month has no clear meaning.
        const int months = int(std::lround(value));
        Stage &stage = *t.delayedStage;
        if (stage.energisation.isValid()) {
            if (!stage.plannedEnergisation.isValid())
                stage.plannedEnergisation = stage.energisation;
            stage.energisation = stage.plannedEnergisation.addMonths(months);
        }
    } else if (t.weatherYear) {
        // A year index; a continuous distribution's draw goes to the nearest year.
        const long year = std::lround(value);
        const qsizetype others = project.site.weatherYears.size();
        if (year < 0 || year > others)
            return ModelTr::tr(
                       "\"%1\": there is no weather year %2 (0 is the site's climate, 1 to %3 the others)")
                .arg(key)
                .arg(year)
                .arg(others);
        if (year > 0)
            project.site.climate = Climate(project.site.weatherYears.at(year - 1));
    } else if (t.capexOverrun) {
        const double f = 1.0 + value;
        CostCatalogue &c = project.costs;
        for (double *v : {&c.buildingPerW, &c.electricalPerW, &c.mechanicalPerW, &c.gridPerVa, &c.upsPerW})
            *v *= f;
    }
    return {};
}

QString remapParameterKey(const QString &key, const std::function<Id(Id)> &map)
{
    const Key k = splitKey(key);
    if (!k.ok || k.id == NoId)
        return key;
    return k.name + QLatin1Char(':') + QString::number(map(k.id));
}

double quantile(const UncertainInput &in, double p)
{
    p = std::clamp(p, 0.0, 1.0);
    switch (in.kind) {
    case DistributionKind::Uniform:
        return in.low + p * (in.high - in.low);
    case DistributionKind::Triangular: {
        const double width = in.high - in.low;
        if (width <= 0)
            return in.mode;
        const double split = (in.mode - in.low) / width;
        return p < split ? in.low + std::sqrt(p * width * (in.mode - in.low))
                         : in.high - std::sqrt((1 - p) * width * (in.high - in.mode));
    }
    case DistributionKind::Normal: {
        if (in.sd <= 0)
            return std::clamp(in.mode, in.low, in.high);
        const double pa = normalCdf((in.low - in.mode) / in.sd);
        const double pb = normalCdf((in.high - in.mode) / in.sd);
        const double q = pa + p * (pb - pa);
        if (q <= 0)
            return in.low;
        if (q >= 1)
            return in.high;
        return std::clamp(in.mode + in.sd * normalQuantile(q), in.low, in.high);
    }
    case DistributionKind::Discrete: {
        if (in.values.isEmpty())
            return 0.0;
        QList<double> sorted = in.values;
        std::sort(sorted.begin(), sorted.end());
        const auto n = sorted.size();
        return sorted.at(std::min<qsizetype>(n - 1, qsizetype(p * double(n))));
    }
    }
    return 0.0;
}

double centralValue(const UncertainInput &in)
{
    switch (in.kind) {
    case DistributionKind::Triangular:
        return in.mode;
    case DistributionKind::Normal:
        return std::clamp(in.mode, in.low, in.high);
    case DistributionKind::Uniform:
    case DistributionKind::Discrete:
        return quantile(in, 0.5);
    }
    return 0.0;
}

QString distributionError(const UncertainInput &in)
{
    for (double v : {in.low, in.mode, in.high, in.sd})
        if (!std::isfinite(v))
            return ModelTr::tr("%1: a bound is not a number").arg(in.parameter);
    switch (in.kind) {
    case DistributionKind::Triangular:
        if (!(in.low <= in.mode && in.mode <= in.high))
            return ModelTr::tr("%1: a triangular distribution needs low <= mode <= high").arg(in.parameter);
        break;
    case DistributionKind::Uniform:
        if (!(in.low <= in.high))
            return ModelTr::tr("%1: a uniform distribution needs low <= high").arg(in.parameter);
        break;
    case DistributionKind::Normal:
        if (!(in.sd > 0) || !(in.low < in.high))
            return ModelTr::tr("%1: a normal distribution needs sd > 0 and low < high").arg(in.parameter);
        break;
    case DistributionKind::Discrete:
        if (in.values.isEmpty())
            return ModelTr::tr("%1: a discrete distribution needs at least one value").arg(in.parameter);
        for (double v : in.values)
            if (!std::isfinite(v))
                return ModelTr::tr("%1: a value is not a number").arg(in.parameter);
        break;
    }
    return {};
}

QString distributionKindLabel(DistributionKind kind)
{
    switch (kind) {
    case DistributionKind::Triangular:
        return ModelTr::tr("Triangular");
    case DistributionKind::Uniform:
        return ModelTr::tr("Uniform");
    case DistributionKind::Normal:
        return ModelTr::tr("Normal (truncated)");
    case DistributionKind::Discrete:
        return ModelTr::tr("Discrete values");
    }
    return {};
}

} // namespace fjord
