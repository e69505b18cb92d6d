#include "model/storage/projectwriter.h"

#include "model/storage/enumnames.h"
#include "model/storage/rowlabel.h"
#include "model/tr.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

#include <cmath>

namespace fjord::storage {

namespace {

struct WriteError {
    QString message;
};

// One value to bind: the SQLite storage classes the schema uses.
struct Cell {
    enum class Kind { Null, Integer, Real, Text };
    Kind kind = Kind::Null;
    qint64 integer = 0;
    double real = 0;
    QString text;
};

// One prepared INSERT reused for every row of a table (the whole save is one transaction).
// The SQLite C API is used directly: binding through QSqlQuery/QVariant costs several times more.
class TableWriter {
public:
    TableWriter(sqlite3 *db, QString table, const QStringList &columns)
        : m_db(db), m_table(std::move(table)), m_columns(columns)
    {
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        const QByteArray sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(m_table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
                .toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK)
            throw WriteError{
                StorageTr::tr("table %1: %2").arg(m_table, QString::fromUtf8(sqlite3_errmsg(db)))};
    }
    ~TableWriter() { sqlite3_finalize(m_statement); }
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;

    // `label` names the object in messages ("id 42").
    void row(const RowLabel &label, std::initializer_list<Cell> values)
    {
        Q_ASSERT(values.size() == std::size_t(m_columns.size()));
        int i = 0;
        for (const Cell &v : values) {
            ++i; // SQLite parameters count from 1
            switch (v.kind) {
            case Cell::Kind::Null:
                sqlite3_bind_null(m_statement, i);
                break;
            case Cell::Kind::Integer:
                sqlite3_bind_int64(m_statement, i, v.integer);
                break;
            case Cell::Kind::Real:
                // SQLite would store NaN as NULL and lose it: refuse rather than write a broken file.
                if (std::isnan(v.real))
                    throw WriteError{StorageTr::tr("table %1, column %2, %3: the value is not a number (NaN)")
                                         .arg(m_table, m_columns.at(i - 1), label.text())};
                // The reader refuses ±inf (no quantity is infinite): never write what cannot be read.
                if (std::isinf(v.real))
                    throw WriteError{StorageTr::tr("table %1, column %2, %3: the value is infinite")
                                         .arg(m_table, m_columns.at(i - 1), label.text())};
                sqlite3_bind_double(m_statement, i, v.real);
                break;
            case Cell::Kind::Text:
                // SQLITE_STATIC: the cell outlives the sqlite3_step() below.
                sqlite3_bind_text16(m_statement, i, v.text.utf16(), int(v.text.size() * 2), SQLITE_STATIC);
                break;
            }
        }
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE)
            throw WriteError{StorageTr::tr("table %1, %2: %3")
                                 .arg(m_table, label.text(), QString::fromUtf8(sqlite3_errmsg(m_db)))};
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_table;
    QStringList m_columns;
};

Cell id(Id value)
{
    return Cell{Cell::Kind::Integer, value, 0, {}};
}
Cell num(double value)
{
    return Cell{Cell::Kind::Real, 0, value, {}};
}
Cell integer(int value)
{
    return Cell{Cell::Kind::Integer, value, 0, {}};
}
Cell flag(bool value)
{
    return Cell{Cell::Kind::Integer, value ? 1 : 0, 0, {}};
}
Cell text(const QString &value)
{
    return Cell{Cell::Kind::Text, 0, 0, value};
}
Cell null()
{
    return Cell{};
}
template <typename E> Cell name(E value)
{
    return text(enumName(value));
}
RowLabel idLabel(Id value)
{
    return RowLabel{"id %1", value};
}

QStringList cols(const char *list)
{
    return QString::fromLatin1(list).split(u',', Qt::SkipEmptyParts);
}

// A list series of a given length: its value at `hour`, or NULL past its end.
Cell at(const QList<double> &series, int hour)
{
    return hour < series.size() ? num(series.at(hour)) : null();
}

void writeProjectLevel(sqlite3 *db, const Project &p)
{
    TableWriter(db, QStringLiteral("project"), cols("project_key,name,description,next_id"))
        .row(RowLabel{}, {integer(1), text(p.name), text(p.description), id(p.nextId)});
    const Site &s = p.site;
    TableWriter(db, QStringLiteral("site"), cols("project_key,name,country,latitude_deg,longitude_deg"))
        .row(RowLabel{},
             {integer(1), text(s.name), text(s.country), num(s.latitudeDeg), num(s.longitudeDeg)});

    const Climate &c = s.climate;
    TableWriter(
        db, QStringLiteral("climate"),
        cols("project_key,name,source,latitude_deg,longitude_deg,elevation_m,time_zone_h,filled_values"))
        .row(RowLabel{}, {integer(1), text(c.name), text(c.source), num(c.latitudeDeg), num(c.longitudeDeg),
                          num(c.elevationM), num(c.timeZoneHours), integer(c.filledValues)});
    const qsizetype hours = std::max({c.dryBulbC.size(), c.dewPointC.size(), c.relHumidityPct.size(),
                                      c.pressurePa.size(), c.ghiWhPerM2.size(), c.windSpeedMPerS.size()});
    TableWriter hourWriter(db, QStringLiteral("climate_hour"),
                           cols("project_key,hour,dry_bulb_c,dew_point_c,rel_humidity_pct,pressure_pa,"
                                "ghi_wh_per_m2,wind_speed_m_per_s"));
    for (int h = 0; h < hours; ++h)
        hourWriter.row(RowLabel{"hour %1", h}, {integer(1), integer(h), at(c.dryBulbC, h), at(c.dewPointC, h),
                                                at(c.relHumidityPct, h), at(c.pressurePa, h),
                                                at(c.ghiWhPerM2, h), at(c.windSpeedMPerS, h)});

    // The site's other weather years: the same columns, keyed by position.
    TableWriter years(db, QStringLiteral("weather_year"),
                      cols("project_key,pos,name,source,latitude_deg,longitude_deg,elevation_m,time_zone_h,"
                           "filled_values"));
    TableWriter yearHours(db, QStringLiteral("weather_year_hour"),
                          cols("project_key,weather_year_pos,hour,dry_bulb_c,dew_point_c,rel_humidity_pct,"
                               "pressure_pa,ghi_wh_per_m2,wind_speed_m_per_s"));
    for (int y = 0; y < s.weatherYears.size(); ++y) {
        const Climate &w = s.weatherYears.at(y);
        years.row(RowLabel{"weather year %1", y + 1},
                  {integer(1), integer(y), text(w.name), text(w.source), num(w.latitudeDeg),
                   num(w.longitudeDeg), num(w.elevationM), num(w.timeZoneHours), integer(w.filledValues)});
        const qsizetype n = std::max({w.dryBulbC.size(), w.dewPointC.size(), w.relHumidityPct.size(),
                                      w.pressurePa.size(), w.ghiWhPerM2.size(), w.windSpeedMPerS.size()});
        for (int h = 0; h < n; ++h)
            yearHours.row(RowLabel{"weather year %1, hour %2", y + 1, h},
                          {integer(1), integer(y), integer(h), at(w.dryBulbC, h), at(w.dewPointC, h),
                           at(w.relHumidityPct, h), at(w.pressurePa, h), at(w.ghiWhPerM2, h),
                           at(w.windSpeedMPerS, h)});
    }

    const ProjectSettings &st = p.settings;
    TableWriter(db, QStringLiteral("project_settings"),
                cols("project_key,continuous_load,min_aisle_width_m,imbalance_warn_pct,imbalance_error_pct,"
                     "priority_capacity_target"))
        .row(RowLabel{},
             {integer(1), name(st.continuousLoad), num(st.minAisleWidthM), num(st.imbalanceWarnPct),
              num(st.imbalanceErrorPct), num(st.priorityCapacityTarget)});

    TableWriter types(
        db, QStringLiteral("rack_type"),
        cols("pos,id,name,vendor,cooling,design_power_w,gpus,liquid_fraction,power_factor,three_phase,"
             "feeds_per_side,mass_kg,width_m,depth_m,unit_cost,source,service_life_years,price_change_per_"
             "year,"
             "tokens_per_s_per_gpu,reference_workload,peak_power_w"));
    for (int i = 0; i < p.rackTypes.size(); ++i) {
        const RackType &t = p.rackTypes.at(i);
        types.row(idLabel(t.id), {integer(i),
                                  id(t.id),
                                  text(t.name),
                                  text(t.vendor),
                                  name(t.cooling),
                                  num(t.designPowerW),
                                  integer(t.gpus),
                                  num(t.liquidFraction),
                                  num(t.powerFactor),
                                  flag(t.threePhase),
                                  integer(t.feedsPerSide),
                                  num(t.massKg),
                                  num(t.widthM),
                                  num(t.depthM),
                                  num(t.unitCost),
                                  text(t.source),
                                  integer(t.serviceLifeYears),
                                  num(t.priceChangePerYear),
                                  num(t.tokensPerSecondPerGpu),
                                  text(t.referenceWorkload),
                                  num(t.peakPowerW)});
    }

    const CostCatalogue &k = p.costs;
    TableWriter(
        db, QStringLiteral("cost_catalogue"),
        cols("project_key,currency,per_eur,building_per_w,electrical_per_w,mechanical_per_w,grid_per_va,"
             "ups_per_w,soft_cost_fraction,contingency_fraction,maintenance_fraction,staff_per_year,"
             "discount_rate_per_year,horizon_years,source_note,building_life_years,building_price_change,"
             "electrical_life_years,electrical_price_change,mechanical_life_years,mechanical_price_change,"
             "grid_life_years,grid_price_change,residual_value,tax_rate"))
        .row(RowLabel{}, {integer(1),
                          text(k.currency),
                          num(k.perEur),
                          num(k.buildingPerW),
                          num(k.electricalPerW),
                          num(k.mechanicalPerW),
                          num(k.gridPerVa),
                          num(k.upsPerW),
                          num(k.softCostFraction),
                          num(k.contingencyFraction),
                          num(k.maintenanceFraction),
                          num(k.staffPerYear),
                          num(k.discountRate),
                          integer(k.horizonYears),
                          text(k.sourceNote),
                          integer(k.building.lifeYears),
                          num(k.building.priceChangePerYear),
                          integer(k.electrical.lifeYears),
                          num(k.electrical.priceChangePerYear),
                          integer(k.mechanical.lifeYears),
                          num(k.mechanical.priceChangePerYear),
                          integer(k.grid.lifeYears),
                          num(k.grid.priceChangePerYear),
                          flag(k.residualValue),
                          num(k.taxRate)});

    TableWriter opex(db, QStringLiteral("opex_item"), cols("pos,id,name,stage_id,per_year"));
    for (int i = 0; i < p.opex.size(); ++i) {
        const OpexItem &o = p.opex.at(i);
        opex.row(idLabel(o.id), {integer(i), id(o.id), text(o.name), id(o.stageId), num(o.perYear)});
    }
}

// The scenario tables, each with one prepared statement shared by all scenarios.
struct ScenarioWriters {
    explicit ScenarioWriters(sqlite3 *db)
        : scenario(db, QStringLiteral("scenario"), cols("pos,id,name")),
          stage(db, QStringLiteral("stage"),
                cols("scenario_pos,pos,id,name,energisation_date,grid_capacity_added_w,ramp_up_months")),
          hall(
              db, QStringLiteral("hall"),
              cols("scenario_pos,pos,id,name,x_m,y_m,width_m,depth_m,rotation_deg,stage_id,cooling_system_id,"
                   "floor_load_limit_kg_per_m2,tenant_id")),
          row(db, QStringLiteral("rack_row"),
              cols("scenario_pos,pos,id,hall_id,name,x_m,y_m,rotation_deg,pitch_m,hot_aisle,tenant_id,feed_a_"
                   "id,"
                   "feed_b_id")),
          rack(db, QStringLiteral("rack"),
               cols("scenario_pos,pos,id,name,hall_id,row_id,rack_type_id,stage_id,x_m,y_m,rotation_deg,"
                    "tenant_id")),
          feed(db, QStringLiteral("rack_feed"), cols("scenario_pos,rack_pos,pos,node_id,phase")),
          node(db, QStringLiteral("power_node"),
               cols("scenario_pos,pos,id,parent_id,name,kind,side,redundancy_group_id,stage_id,phases,"
                    "voltage_v,"
                    "voltage_reference,rating_basis,rating_va,rating_a,power_factor,loss_no_load,loss_linear,"
                    "loss_quadratic")),
          group(db, QStringLiteral("redundancy_group"),
                cols("scenario_pos,pos,id,name,scheme,blocks,needed_blocks")),
          cooling(
              db, QStringLiteral("cooling_system"),
              cols("scenario_pos,pos,id,name,supply_c,range_k,dry_cooler_approach_k,cdu_approach_k,chiller_"
                   "eta,"
                   "condenser_approach_k,evaporator_offset_k,cop_cap,dry_cooler_fan_coeff,fan_design_ambient_"
                   "c,"
                   "fan_min_speed,facility_pump_fraction,cdu_pump_fraction,crah_fan_fraction,air_supply_c,"
                   "adiabatic,adiabatic_on_c,adiabatic_effectiveness,design_ambient_c,dry_cooler_capacity_w,"
                   "fan_model,design_return_c,design_ambient_from_climate")),
          profile(db, QStringLiteral("load_profile"),
                  cols("scenario_pos,pos,id,name,kind,rack_type_id,base_utilisation,amplitude")),
          profileHour(db, QStringLiteral("load_profile_hour"),
                      cols("scenario_pos,load_profile_pos,hour,utilisation")),
          offtake(
              db, QStringLiteral("heat_offtake"),
              cols("scenario_pos,pos,id,name,stage_id,capacity_w,min_supply_c,base_c,design_low_c,min_demand,"
                   "price_per_mwh")),
          grid(db, QStringLiteral("grid_supply"),
               cols("scenario_pos,name,renewable_share,carbon_kg_per_kwh,residual_mix_kg_per_kwh,price_per_"
                    "mwh")),
          ppa(db, QStringLiteral("ppa"),
              cols("scenario_pos,pos,id,name,technology,stage_id,capacity_w,solar_area_m2,price_per_mwh")),
          guarantee(db, QStringLiteral("guarantee_of_origin"),
                    cols("scenario_pos,pos,id,name,stage_id,mwh_per_year,price_per_mwh")),
          tenant(db, QStringLiteral("tenant"),
                 cols("scenario_pos,pos,id,name,tenant_class,contract,price,expected_utilisation,start_date,"
                      "term_years,escalation_per_year,relet_price,vacancy_months,notes")),
          uncertain(db, QStringLiteral("uncertain_input"),
                    cols("scenario_pos,pos,id,parameter,distribution,low,mode,high,sd,reason")),
          uncertainValue(db, QStringLiteral("uncertain_input_value"),
                         cols("scenario_pos,input_pos,pos,value"))
    {
    }
    TableWriter scenario, stage, hall, row, rack, feed, node, group, cooling, profile, profileHour, offtake,
        grid, ppa, guarantee, tenant, uncertain, uncertainValue;
};

void writeScenario(ScenarioWriters &w, int sp, const Scenario &s)
{
    const Cell scen = integer(sp);
    w.scenario.row(idLabel(s.id), {scen, id(s.id), text(s.name)});
    for (int i = 0; i < s.stages.size(); ++i) {
        const Stage &x = s.stages.at(i);
        const Cell date = x.energisation.isValid() ? text(x.energisation.toString(Qt::ISODate)) : null();
        w.stage.row(idLabel(x.id), {scen, integer(i), id(x.id), text(x.name), date, num(x.gridCapacityAddedW),
                                    integer(x.rampUpMonths)});
    }
    for (int i = 0; i < s.halls.size(); ++i) {
        const Hall &x = s.halls.at(i);
        w.hall.row(idLabel(x.id), {scen, integer(i), id(x.id), text(x.name), num(x.xM), num(x.yM),
                                   num(x.widthM), num(x.depthM), num(x.rotationDeg), id(x.stageId),
                                   id(x.coolingSystemId), num(x.floorLoadLimitKgPerM2), id(x.tenantId)});
    }
    for (int i = 0; i < s.rows.size(); ++i) {
        const Row &x = s.rows.at(i);
        w.row.row(idLabel(x.id),
                  {scen, integer(i), id(x.id), id(x.hallId), text(x.name), num(x.xM), num(x.yM),
                   num(x.rotationDeg), num(x.pitchM), name(x.hotAisle), id(x.tenantId),
                   id(s.powerNode(x.feedA) ? x.feedA : NoId), id(s.powerNode(x.feedB) ? x.feedB : NoId)});
    }
    for (int i = 0; i < s.racks.size(); ++i) {
        const Rack &x = s.racks.at(i);
        w.rack.row(idLabel(x.id),
                   {scen, integer(i), id(x.id), text(x.name), id(x.hallId), id(x.rowId), id(x.rackTypeId),
                    id(x.stageId), num(x.xM), num(x.yM), num(x.rotationDeg), id(x.tenantId)});
        for (int f = 0; f < x.feeds.size(); ++f)
            w.feed.row(idLabel(x.id),
                       {scen, integer(i), integer(f), id(x.feeds.at(f).nodeId), name(x.feeds.at(f).phase)});
    }
    for (int i = 0; i < s.tenants.size(); ++i) {
        const Tenant &x = s.tenants.at(i);
        const Cell start = x.start.isValid() ? text(x.start.toString(Qt::ISODate)) : null();
        w.tenant.row(idLabel(x.id),
                     {scen, integer(i), id(x.id), text(x.name), name(x.tenantClass), name(x.contract),
                      num(x.price), num(x.expectedUtilisation), start, integer(x.termYears),
                      num(x.escalationPerYear), num(x.reletPrice), integer(x.vacancyMonths), text(x.notes)});
    }
    for (int i = 0; i < s.uncertainInputs.size(); ++i) {
        const UncertainInput &x = s.uncertainInputs.at(i);
        w.uncertain.row(idLabel(x.id), {scen, integer(i), id(x.id), text(x.parameter), name(x.kind),
                                        num(x.low), num(x.mode), num(x.high), num(x.sd), text(x.reason)});
        for (int v = 0; v < x.values.size(); ++v)
            w.uncertainValue.row(idLabel(x.id), {scen, integer(i), integer(v), num(x.values.at(v))});
    }
    for (int i = 0; i < s.powerNodes.size(); ++i) {
        const PowerNode &x = s.powerNodes.at(i);
        w.node.row(idLabel(x.id),
                   {scen, integer(i), id(x.id), id(x.parentId), text(x.name), name(x.kind), name(x.side),
                    id(x.redundancyGroupId), id(x.stageId), integer(x.phases), num(x.voltageV),
                    name(x.voltageReference), name(x.ratingBasis), num(x.ratingVa), num(x.ratingA),
                    num(x.powerFactor), num(x.losses.noLoad), num(x.losses.linear), num(x.losses.quadratic)});
    }
    for (int i = 0; i < s.redundancyGroups.size(); ++i) {
        const RedundancyGroup &x = s.redundancyGroups.at(i);
        w.group.row(idLabel(x.id), {scen, integer(i), id(x.id), text(x.name), name(x.scheme),
                                    integer(x.blocks), integer(x.neededBlocks)});
    }
    for (int i = 0; i < s.coolingSystems.size(); ++i) {
        const CoolingSystem &x = s.coolingSystems.at(i);
        w.cooling.row(idLabel(x.id), {scen,
                                      integer(i),
                                      id(x.id),
                                      text(x.name),
                                      num(x.supplyC),
                                      num(x.rangeK),
                                      num(x.dryCoolerApproachK),
                                      num(x.cduApproachK),
                                      num(x.chillerEta),
                                      num(x.condenserApproachK),
                                      num(x.evaporatorOffsetK),
                                      num(x.copCap),
                                      num(x.dryCoolerFanCoeff),
                                      num(x.fanDesignAmbientC),
                                      num(x.fanMinSpeed),
                                      num(x.facilityPumpFraction),
                                      num(x.cduPumpFraction),
                                      num(x.crahFanFraction),
                                      num(x.airSupplyC),
                                      flag(x.adiabatic),
                                      num(x.adiabaticOnC),
                                      num(x.adiabaticEffectiveness),
                                      num(x.designAmbientC),
                                      num(x.dryCoolerCapacityW),
                                      name(x.fanModel),
                                      num(x.designReturnC),
                                      flag(x.designAmbientFromClimate)});
    }
    for (int i = 0; i < s.loadProfiles.size(); ++i) {
        const LoadProfile &x = s.loadProfiles.at(i);
        w.profile.row(idLabel(x.id), {scen, integer(i), id(x.id), text(x.name), name(x.kind),
                                      id(x.rackTypeId), num(x.baseUtilisation), num(x.amplitude)});
        for (int h = 0; h < x.hourly.size(); ++h)
            w.profileHour.row(idLabel(x.id), {scen, integer(i), integer(h), num(x.hourly.at(h))});
    }
    for (int i = 0; i < s.heatOfftakes.size(); ++i) {
        const HeatOfftake &x = s.heatOfftakes.at(i);
        w.offtake.row(idLabel(x.id), {scen, integer(i), id(x.id), text(x.name), id(x.stageId),
                                      num(x.capacityW), num(x.minSupplyC), num(x.baseC), num(x.designLowC),
                                      num(x.minDemand), num(x.pricePerMWh)});
    }
    const GridSupply &g = s.supply.grid;
    w.grid.row(RowLabel{"scenario id %1", s.id},
               {scen, text(g.name), num(g.renewableShare), num(g.carbonKgPerKWh), num(g.residualMixKgPerKWh),
                num(g.pricePerMWh)});
    for (int i = 0; i < s.supply.ppas.size(); ++i) {
        const Ppa &x = s.supply.ppas.at(i);
        w.ppa.row(idLabel(x.id), {scen, integer(i), id(x.id), text(x.name), name(x.technology), id(x.stageId),
                                  num(x.capacityW), num(x.solarAreaM2), num(x.pricePerMWh)});
    }
    for (int i = 0; i < s.supply.guarantees.size(); ++i) {
        const GuaranteeOfOrigin &x = s.supply.guarantees.at(i);
        w.guarantee.row(idLabel(x.id), {scen, integer(i), id(x.id), text(x.name), id(x.stageId),
                                        num(x.mwhPerYear), num(x.pricePerMWh)});
    }
}

} // namespace

QString writeProject(sqlite3 *db, const Project &project)
{
    try {
        writeProjectLevel(db, project);
        ScenarioWriters writers(db);
        for (int i = 0; i < project.scenarios.size(); ++i)
            writeScenario(writers, i, project.scenarios.at(i));
    } catch (const WriteError &e) {
        return e.message;
    }
    return {};
}

QString writeMeta(sqlite3 *db)
{
    try {
        TableWriter meta(db, QStringLiteral("meta"), cols("key,value"));
        const QString app = QCoreApplication::applicationName();
        meta.row(
            RowLabel{"row %1", 1},
            {text(QStringLiteral("written_by")),
             text(QStringLiteral("Fjordplan (%1)").arg(app.isEmpty() ? QStringLiteral("library") : app))});
        meta.row(RowLabel{"row %1", 2}, {text(QStringLiteral("saved_at")),
                                         text(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))});
    } catch (const WriteError &e) {
        return e.message;
    }
    return {};
}

} // namespace fjord::storage
