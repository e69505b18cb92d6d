#include "model/storage/projectreader.h"

#include "model/storage/fieldreader.h"
#include "model/tr.h"

#include <QHash>
#include <sqlite3.h>

#include <array>
#include <functional>

namespace fjord::storage {

namespace {

using PosKey = QPair<qint64, qint64>; // (scenario_pos, pos)

QStringList cols(const char *list)
{
    return QString::fromLatin1(list).split(u',', Qt::SkipEmptyParts);
}

// Reads the single row of a per-project table (project, site, climate, ...).
void readSingleton(sqlite3 *db, const QString &table, const char *columns,
                   const std::function<void(const FieldReader &)> &fill)
{
    FieldReader r(db, table, cols(columns), QStringLiteral("project_key"));
    if (!r.next())
        throw ReadError{StorageTr::tr("table %1: the row is missing").arg(table)};
    r.setRowLabel(RowLabel{"the row"});
    fill(r);
    if (r.next())
        throw ReadError{StorageTr::tr("table %1: more than one row").arg(table)};
}

std::array<QList<double> *, 6> climateSeries(Climate &c)
{
    return {&c.dryBulbC, &c.dewPointC, &c.relHumidityPct, &c.pressurePa, &c.ghiWhPerM2, &c.windSpeedMPerS};
}

// One row of climate_hour or weather_year_hour: `hour` (in column `hourColumn`) must be `expected`,
// the six values follow it in climateSeries order; a value after a NULL is refused.
void appendClimateHour(const FieldReader &r, int hourColumn, qint64 hour, qint64 expected, Climate &c)
{
    if (hour != expected)
        r.fail(hourColumn,
               StorageTr::tr("hours must run 0, 1, 2, ... without gaps; expected %1").arg(expected));
    const auto series = climateSeries(c);
    for (int k = 0; k < 6; ++k) {
        const int column = hourColumn + 1 + k;
        const auto v = r.optionalReal(column);
        if (v && series[k]->size() != hour)
            r.fail(column, StorageTr::tr("a value follows a NULL (a series may only end with NULLs)"));
        if (v)
            series[k]->append(*v);
    }
}

// The site's other weather years (schema 9): headers by position, then their hours, each year's
// series checked as the site climate's are.
void readWeatherYears(sqlite3 *db, Project &p)
{
    QList<Climate> &years = p.site.weatherYears;
    {
        FieldReader r(
            db, QStringLiteral("weather_year"),
            cols("pos,name,source,latitude_deg,longitude_deg,elevation_m,time_zone_h,filled_values"),
            QStringLiteral("pos"));
        while (r.next()) {
            const qint64 pos = r.integer(0);
            r.setRowLabel(RowLabel{"weather year %1", pos + 1});
            if (pos != years.size())
                r.fail(0, StorageTr::tr("positions must run 0, 1, 2, ... without gaps; expected %1")
                              .arg(years.size()));
            Climate c;
            c.name = r.text(1);
            c.source = r.text(2);
            c.latitudeDeg = r.real(3);
            c.longitudeDeg = r.real(4);
            c.elevationM = r.real(5);
            c.timeZoneHours = r.real(6);
            c.filledValues = r.integer32(7);
            years.append(c);
        }
    }
    FieldReader r(
        db, QStringLiteral("weather_year_hour"),
        cols("weather_year_pos,hour,dry_bulb_c,dew_point_c,rel_humidity_pct,pressure_pa,ghi_wh_per_m2,"
             "wind_speed_m_per_s"),
        QStringLiteral("weather_year_pos, hour"));
    QList<qint64> nextHour(years.size(), 0);
    while (r.next()) {
        const qint64 pos = r.integer(0);
        const qint64 hour = r.integer(1);
        r.setRowLabel(RowLabel{"weather year %1, hour %2", pos + 1, hour});
        if (pos < 0 || pos >= years.size())
            r.fail(0, StorageTr::tr("there is no weather year %1").arg(pos + 1));
        appendClimateHour(r, 1, hour, nextHour[pos]++, years[pos]);
    }
}

void readProjectLevel(sqlite3 *db, Project &p)
{
    readSingleton(db, QStringLiteral("project"), "name,description,next_id", [&](const FieldReader &r) {
        p.name = r.text(0);
        p.description = r.text(1);
        p.nextId = r.integer(2);
    });
    readSingleton(db, QStringLiteral("site"), "name,country,latitude_deg,longitude_deg",
                  [&](const FieldReader &r) {
                      p.site.name = r.text(0);
                      p.site.country = r.text(1);
                      p.site.latitudeDeg = r.real(2);
                      p.site.longitudeDeg = r.real(3);
                  });
    Climate &c = p.site.climate;
    readSingleton(db, QStringLiteral("climate"),
                  "name,source,latitude_deg,longitude_deg,elevation_m,time_zone_h,filled_values",
                  [&](const FieldReader &r) {
                      c.name = r.text(0);
                      c.source = r.text(1);
                      c.latitudeDeg = r.real(2);
                      c.longitudeDeg = r.real(3);
                      c.elevationM = r.real(4);
                      c.timeZoneHours = r.real(5);
                      c.filledValues = r.integer32(6);
                  });
    {
        FieldReader r(
            db, QStringLiteral("climate_hour"),
            cols("hour,dry_bulb_c,dew_point_c,rel_humidity_pct,pressure_pa,ghi_wh_per_m2,wind_speed_m_per_s"),
            QStringLiteral("hour"));
        for (QList<double> *series : climateSeries(c))
            series->reserve(HoursPerYear);
        qint64 expected = 0;
        while (r.next()) {
            r.setRowLabel(RowLabel{"row %1", expected + 1});
            const qint64 hour = r.integer(0);
            r.setRowLabel(RowLabel{"hour %1", hour});
            appendClimateHour(r, 0, hour, expected++, c);
        }
    }
    readWeatherYears(db, p);
    readSingleton(db, QStringLiteral("project_settings"),
                  "continuous_load,min_aisle_width_m,imbalance_warn_pct,imbalance_error_pct,"
                  "priority_capacity_target",
                  [&](const FieldReader &r) {
                      p.settings.continuousLoad = r.enumeration<ContinuousLoadRule>(0);
                      p.settings.minAisleWidthM = r.real(1);
                      p.settings.imbalanceWarnPct = r.real(2);
                      p.settings.imbalanceErrorPct = r.real(3);
                      p.settings.priorityCapacityTarget = r.real(4);
                  });
    {
        FieldReader r(
            db, QStringLiteral("rack_type"),
            cols("id,name,vendor,cooling,design_power_w,gpus,liquid_fraction,power_factor,three_phase,"
                 "feeds_per_side,mass_kg,width_m,depth_m,unit_cost,source,service_life_years,"
                 "price_change_per_year,tokens_per_s_per_gpu,reference_workload,peak_power_w"),
            QStringLiteral("pos"));
        while (r.next()) {
            RackType t;
            t.id = r.integer(0);
            r.setRowLabel(RowLabel{"id %1", t.id});
            t.name = r.text(1);
            t.vendor = r.text(2);
            t.cooling = r.enumeration<CoolingMethod>(3);
            t.designPowerW = r.real(4);
            t.gpus = r.integer32(5);
            t.liquidFraction = r.real(6);
            t.powerFactor = r.real(7);
            t.threePhase = r.boolean(8);
            t.feedsPerSide = r.integer32(9);
            t.massKg = r.real(10);
            t.widthM = r.real(11);
            t.depthM = r.real(12);
            t.unitCost = r.real(13);
            t.source = r.text(14);
            t.serviceLifeYears = r.integer32(15);
            t.priceChangePerYear = r.real(16);
            t.tokensPerSecondPerGpu = r.real(17);
            t.referenceWorkload = r.text(18);
            t.peakPowerW = r.real(19);
            p.rackTypes.append(t);
        }
    }
    readSingleton(db, QStringLiteral("cost_catalogue"),
                  "currency,per_eur,building_per_w,electrical_per_w,mechanical_per_w,grid_per_va,ups_per_w,"
                  "soft_cost_fraction,contingency_fraction,maintenance_fraction,staff_per_year,"
                  "discount_rate_per_year,horizon_years,source_note,building_life_years,"
                  "building_price_change,electrical_life_years,electrical_price_change,mechanical_life_years,"
                  "mechanical_price_change,grid_life_years,grid_price_change,residual_value,tax_rate",
                  [&](const FieldReader &r) {
                      CostCatalogue &k = p.costs;
                      k.currency = r.text(0);
                      k.perEur = r.real(1);
                      k.buildingPerW = r.real(2);
                      k.electricalPerW = r.real(3);
                      k.mechanicalPerW = r.real(4);
                      k.gridPerVa = r.real(5);
                      k.upsPerW = r.real(6);
                      k.softCostFraction = r.real(7);
                      k.contingencyFraction = r.real(8);
                      k.maintenanceFraction = r.real(9);
                      k.staffPerYear = r.real(10);
                      k.discountRate = r.real(11);
                      k.horizonYears = r.integer32(12);
                      k.sourceNote = r.text(13);
                      k.building = {r.integer32(14), r.real(15)};
                      k.electrical = {r.integer32(16), r.real(17)};
                      k.mechanical = {r.integer32(18), r.real(19)};
                      k.grid = {r.integer32(20), r.real(21)};
                      k.residualValue = r.boolean(22);
                      k.taxRate = r.real(23);
                  });
    FieldReader r(db, QStringLiteral("opex_item"), cols("id,name,stage_id,per_year"), QStringLiteral("pos"));
    while (r.next()) {
        OpexItem o;
        o.id = r.integer(0);
        r.setRowLabel(RowLabel{"id %1", o.id});
        o.name = r.text(1);
        o.stageId = r.integer(2);
        o.perYear = r.real(3);
        p.opex.append(o);
    }
}

// Reads the rows of a scenario-level list table. Columns 0..2 are scenario_pos, pos, id; `fill`
// reads the others. Returns where each (scenario_pos, pos) landed: the index in its list.
template <typename T>
QHash<PosKey, int> readList(sqlite3 *db, const QString &table, const char *columns,
                            const QHash<qint64, int> &scenarioIndex, Project &p,
                            const std::function<QList<T> &(Scenario &)> &list,
                            const std::function<void(const FieldReader &, T &)> &fill)
{
    QHash<PosKey, int> where;
    FieldReader r(db, table,
                  QStringList{QStringLiteral("scenario_pos"), QStringLiteral("pos"), QStringLiteral("id")} +
                      cols(columns),
                  QStringLiteral("scenario_pos, pos"));
    while (r.next()) {
        T item;
        item.id = r.integer(2);
        r.setRowLabel(RowLabel{"id %1", item.id});
        const qint64 scenarioPos = r.integer(0);
        const qint64 pos = r.integer(1);
        const auto s = scenarioIndex.constFind(scenarioPos);
        if (s == scenarioIndex.cend())
            r.fail(0, StorageTr::tr("there is no scenario at pos %1").arg(scenarioPos));
        fill(r, item);
        QList<T> &target = list(p.scenarios[*s]);
        where.insert(PosKey(scenarioPos, pos), int(target.size()));
        target.append(std::move(item));
    }
    return where;
}

void readScenarios(sqlite3 *db, Project &p)
{
    QHash<qint64, int> index; // scenario pos -> index in p.scenarios
    {
        FieldReader r(db, QStringLiteral("scenario"), cols("pos,id,name"), QStringLiteral("pos"));
        while (r.next()) {
            Scenario s;
            s.id = r.integer(1);
            r.setRowLabel(RowLabel{"id %1", s.id});
            s.name = r.text(2);
            index.insert(r.integer(0), int(p.scenarios.size()));
            p.scenarios.append(std::move(s));
        }
    }
    readList<Stage>(
        db, QStringLiteral("stage"), "name,energisation_date,grid_capacity_added_w,ramp_up_months", index, p,
        [](Scenario &s) -> QList<Stage> & { return s.stages; },
        [](const FieldReader &r, Stage &x) {
            x.name = r.text(3);
            x.energisation = r.date(4);
            x.gridCapacityAddedW = r.real(5);
            x.rampUpMonths = r.integer32(6);
        });
    readList<Hall>(
        db, QStringLiteral("hall"),
        "name,x_m,y_m,width_m,depth_m,rotation_deg,stage_id,cooling_system_id,floor_load_limit_kg_per_m2,"
        "tenant_id",
        index, p, [](Scenario &s) -> QList<Hall> & { return s.halls; },
        [](const FieldReader &r, Hall &x) {
            x.name = r.text(3);
            x.xM = r.real(4);
            x.yM = r.real(5);
            x.widthM = r.real(6);
            x.depthM = r.real(7);
            x.rotationDeg = r.real(8);
            x.stageId = r.integer(9);
            x.coolingSystemId = r.integer(10);
            x.floorLoadLimitKgPerM2 = r.real(11);
            x.tenantId = r.integer(12);
        });
    readList<Row>(
        db, QStringLiteral("rack_row"),
        "hall_id,name,x_m,y_m,rotation_deg,pitch_m,hot_aisle,tenant_id,feed_a_id,feed_b_id", index, p,
        [](Scenario &s) -> QList<Row> & { return s.rows; },
        [](const FieldReader &r, Row &x) {
            x.hallId = r.integer(3);
            x.name = r.text(4);
            x.xM = r.real(5);
            x.yM = r.real(6);
            x.rotationDeg = r.real(7);
            x.pitchM = r.real(8);
            x.hotAisle = r.enumeration<AisleSide>(9);
            x.tenantId = r.integer(10);
            x.feedA = r.integer(11);
            x.feedB = r.integer(12);
        });
    const QHash<PosKey, int> rackAt = readList<Rack>(
        db, QStringLiteral("rack"),
        "name,hall_id,row_id,rack_type_id,stage_id,x_m,y_m,rotation_deg,tenant_id", index, p,
        [](Scenario &s) -> QList<Rack> & { return s.racks; },
        [](const FieldReader &r, Rack &x) {
            x.name = r.text(3);
            x.hallId = r.integer(4);
            x.rowId = r.integer(5);
            x.rackTypeId = r.integer(6);
            x.stageId = r.integer(7);
            x.xM = r.real(8);
            x.yM = r.real(9);
            x.rotationDeg = r.real(10);
            x.tenantId = r.integer(11);
        });
    readList<Tenant>(
        db, QStringLiteral("tenant"),
        "name,tenant_class,contract,price,expected_utilisation,start_date,term_years,escalation_per_year,"
        "relet_price,vacancy_months,notes",
        index, p, [](Scenario &s) -> QList<Tenant> & { return s.tenants; },
        [](const FieldReader &r, Tenant &x) {
            x.name = r.text(3);
            x.tenantClass = r.enumeration<TenantClass>(4);
            x.contract = r.enumeration<ContractKind>(5);
            x.price = r.real(6);
            x.expectedUtilisation = r.real(7);
            x.start = r.date(8);
            x.termYears = r.integer32(9);
            x.escalationPerYear = r.real(10);
            x.reletPrice = r.real(11);
            x.vacancyMonths = r.integer32(12);
            x.notes = r.text(13);
        });
    const QHash<PosKey, int> uncertainAt = readList<UncertainInput>(
        db, QStringLiteral("uncertain_input"), "parameter,distribution,low,mode,high,sd,reason", index, p,
        [](Scenario &s) -> QList<UncertainInput> & { return s.uncertainInputs; },
        [](const FieldReader &r, UncertainInput &x) {
            x.parameter = r.text(3);
            x.kind = r.enumeration<DistributionKind>(4);
            x.low = r.real(5);
            x.mode = r.real(6);
            x.high = r.real(7);
            x.sd = r.real(8);
            x.reason = r.text(9);
        });
    {
        FieldReader r(db, QStringLiteral("uncertain_input_value"), cols("scenario_pos,input_pos,pos,value"),
                      QStringLiteral("scenario_pos, input_pos, pos"));
        while (r.next()) {
            const PosKey key(r.integer(0), r.integer(1));
            r.setRowLabel(RowLabel{"scenario_pos %1, input_pos %2", key.first, key.second});
            const auto input = uncertainAt.constFind(key);
            if (input == uncertainAt.cend())
                r.fail(1, StorageTr::tr("there is no such uncertain input"));
            p.scenarios[index.value(key.first)].uncertainInputs[*input].values.append(r.real(3));
        }
    }
    {
        FieldReader r(db, QStringLiteral("rack_feed"), cols("scenario_pos,rack_pos,pos,node_id,phase"),
                      QStringLiteral("scenario_pos, rack_pos, pos"));
        while (r.next()) {
            const PosKey key(r.integer(0), r.integer(1));
            r.setRowLabel(RowLabel{"scenario_pos %1, rack_pos %2", key.first, key.second});
            const auto rack = rackAt.constFind(key);
            if (rack == rackAt.cend())
                r.fail(1, StorageTr::tr("there is no such rack"));
            RackFeed feed;
            feed.nodeId = r.integer(3);
            feed.phase = r.enumeration<Phase>(4);
            p.scenarios[index.value(key.first)].racks[*rack].feeds.append(feed);
        }
    }
    readList<PowerNode>(
        db, QStringLiteral("power_node"),
        "parent_id,name,kind,side,redundancy_group_id,stage_id,phases,voltage_v,voltage_reference,"
        "rating_basis,rating_va,rating_a,power_factor,loss_no_load,loss_linear,loss_quadratic",
        index, p, [](Scenario &s) -> QList<PowerNode> & { return s.powerNodes; },
        [](const FieldReader &r, PowerNode &x) {
            x.parentId = r.integer(3);
            x.name = r.text(4);
            x.kind = r.enumeration<PowerNodeKind>(5);
            x.side = r.enumeration<FeedSide>(6);
            x.redundancyGroupId = r.integer(7);
            x.stageId = r.integer(8);
            x.phases = r.integer32(9);
            x.voltageV = r.real(10);
            x.voltageReference = r.enumeration<VoltageReference>(11);
            x.ratingBasis = r.enumeration<RatingBasis>(12);
            x.ratingVa = r.real(13);
            x.ratingA = r.real(14);
            x.powerFactor = r.real(15);
            x.losses.noLoad = r.real(16);
            x.losses.linear = r.real(17);
            x.losses.quadratic = r.real(18);
        });
    readList<RedundancyGroup>(
        db, QStringLiteral("redundancy_group"), "name,scheme,blocks,needed_blocks", index, p,
        [](Scenario &s) -> QList<RedundancyGroup> & { return s.redundancyGroups; },
        [](const FieldReader &r, RedundancyGroup &x) {
            x.name = r.text(3);
            x.scheme = r.enumeration<RedundancyScheme>(4);
            x.blocks = r.integer32(5);
            x.neededBlocks = r.integer32(6);
        });
    readList<CoolingSystem>(
        db, QStringLiteral("cooling_system"),
        "name,supply_c,range_k,dry_cooler_approach_k,cdu_approach_k,chiller_eta,condenser_approach_k,"
        "evaporator_offset_k,cop_cap,dry_cooler_fan_coeff,fan_design_ambient_c,fan_min_speed,facility_pump_"
        "fraction,"
        "cdu_pump_fraction,crah_fan_fraction,air_supply_c,adiabatic,adiabatic_on_c,adiabatic_effectiveness,"
        "design_ambient_c,dry_cooler_capacity_w,fan_model,design_return_c,design_ambient_from_climate",
        index, p, [](Scenario &s) -> QList<CoolingSystem> & { return s.coolingSystems; },
        [](const FieldReader &r, CoolingSystem &x) {
            x.name = r.text(3);
            x.supplyC = r.real(4);
            x.rangeK = r.real(5);
            x.dryCoolerApproachK = r.real(6);
            x.cduApproachK = r.real(7);
            x.chillerEta = r.real(8);
            x.condenserApproachK = r.real(9);
            x.evaporatorOffsetK = r.real(10);
            x.copCap = r.real(11);
            x.dryCoolerFanCoeff = r.real(12);
            x.fanDesignAmbientC = r.real(13);
            x.fanMinSpeed = r.real(14);
            x.facilityPumpFraction = r.real(15);
            x.cduPumpFraction = r.real(16);
            x.crahFanFraction = r.real(17);
            x.airSupplyC = r.real(18);
            x.adiabatic = r.boolean(19);
            x.adiabaticOnC = r.real(20);
            x.adiabaticEffectiveness = r.real(21);
            x.designAmbientC = r.real(22);
            x.dryCoolerCapacityW = r.real(23);
            x.fanModel = r.enumeration<DryCoolerFanModel>(24);
            x.designReturnC = r.real(25);
            x.designAmbientFromClimate = r.boolean(26);
        });
    const QHash<PosKey, int> profileAt = readList<LoadProfile>(
        db, QStringLiteral("load_profile"), "name,kind,rack_type_id,base_utilisation,amplitude", index, p,
        [](Scenario &s) -> QList<LoadProfile> & { return s.loadProfiles; },
        [](const FieldReader &r, LoadProfile &x) {
            x.name = r.text(3);
            x.kind = r.enumeration<LoadProfileKind>(4);
            x.rackTypeId = r.integer(5);
            x.baseUtilisation = r.real(6);
            x.amplitude = r.real(7);
        });
    {
        FieldReader r(db, QStringLiteral("load_profile_hour"),
                      cols("scenario_pos,load_profile_pos,hour,utilisation"),
                      QStringLiteral("scenario_pos, load_profile_pos, hour"));
        while (r.next()) {
            const PosKey key(r.integer(0), r.integer(1));
            const qint64 hour = r.integer(2);
            r.setRowLabel(
                RowLabel{"scenario_pos %1, load_profile_pos %2, hour %3", key.first, key.second, hour});
            const auto profile = profileAt.constFind(key);
            if (profile == profileAt.cend())
                r.fail(1, StorageTr::tr("there is no such load profile"));
            QList<double> &hourly = p.scenarios[index.value(key.first)].loadProfiles[*profile].hourly;
            if (hour != hourly.size())
                r.fail(2, StorageTr::tr("hours must run 0, 1, 2, ... without gaps; expected %1")
                              .arg(hourly.size()));
            hourly.append(r.real(3));
        }
    }
    readList<HeatOfftake>(
        db, QStringLiteral("heat_offtake"),
        "name,stage_id,capacity_w,min_supply_c,base_c,design_low_c,min_demand,price_per_mwh", index, p,
        [](Scenario &s) -> QList<HeatOfftake> & { return s.heatOfftakes; },
        [](const FieldReader &r, HeatOfftake &x) {
            x.name = r.text(3);
            x.stageId = r.integer(4);
            x.capacityW = r.real(5);
            x.minSupplyC = r.real(6);
            x.baseC = r.real(7);
            x.designLowC = r.real(8);
            x.minDemand = r.real(9);
            x.pricePerMWh = r.real(10);
        });
    {
        FieldReader r(
            db, QStringLiteral("grid_supply"),
            cols("scenario_pos,name,renewable_share,carbon_kg_per_kwh,residual_mix_kg_per_kwh,price_per_mwh"),
            QStringLiteral("scenario_pos"));
        while (r.next()) {
            const qint64 scenarioPos = r.integer(0);
            r.setRowLabel(RowLabel{"scenario_pos %1", scenarioPos});
            if (!index.contains(scenarioPos))
                r.fail(0, StorageTr::tr("there is no such scenario"));
            GridSupply &g = p.scenarios[index.value(scenarioPos)].supply.grid;
            g.name = r.text(1);
            g.renewableShare = r.real(2);
            g.carbonKgPerKWh = r.real(3);
            g.residualMixKgPerKWh = r.real(4);
            g.pricePerMWh = r.real(5);
        }
    }
    readList<Ppa>(
        db, QStringLiteral("ppa"), "name,technology,stage_id,capacity_w,solar_area_m2,price_per_mwh", index,
        p, [](Scenario &s) -> QList<Ppa> & { return s.supply.ppas; },
        [](const FieldReader &r, Ppa &x) {
            x.name = r.text(3);
            x.technology = r.enumeration<PpaTechnology>(4);
            x.stageId = r.integer(5);
            x.capacityW = r.real(6);
            x.solarAreaM2 = r.real(7);
            x.pricePerMWh = r.real(8);
        });
    readList<GuaranteeOfOrigin>(
        db, QStringLiteral("guarantee_of_origin"), "name,stage_id,mwh_per_year,price_per_mwh", index, p,
        [](Scenario &s) -> QList<GuaranteeOfOrigin> & { return s.supply.guarantees; },
        [](const FieldReader &r, GuaranteeOfOrigin &x) {
            x.name = r.text(3);
            x.stageId = r.integer(4);
            x.mwhPerYear = r.real(5);
            x.pricePerMWh = r.real(6);
        });
}

} // namespace

ProjectReadResult readProject(sqlite3 *db)
{
    ProjectReadResult result;
    try {
        Project p;
        readProjectLevel(db, p);
        readScenarios(db, p);
        result.project = std::move(p);
    } catch (const ReadError &e) {
        result.error = e.message;
    }
    return result;
}

} // namespace fjord::storage
