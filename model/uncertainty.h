#pragma once

#include "model/project.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace fjord {

// The numeric inputs a scenario can mark uncertain, by stable key (stored in the project file, so
// never rename one). Keys with a ":<id>" suffix name one object of the project or scenario.
//   grid.price_per_mwh          grid energy price, currency/MWh
//   tenant.price:<tenant id>    the tenant's contract price, in its contract's unit
//   stage.delay_months:<id>     months the stage's energisation slips (may be negative) from its
//                               planned date, kept in Stage::plannedEnergisation: the facility's capex
//                               and the valuation's first year stay with the plan (docs/method.md §7)
//   costs.capex_overrun         share added to the facility unit costs (building, electrical, mechanical,
//                               grid, UPS), e.g. 0.15; IT equipment has rack_type.unit_cost
//   costs.discount_rate         per year
//   rack_type.unit_cost:<id>    capex per rack
//   load.utilisation            base utilisation of the load profile for every rack type without its own
//   cooling.supply_c:<id>       facility water supply temperature of a cooling system, °C
//   grid.carbon_kg_per_kwh, grid.residual_mix_kg_per_kwh, grid.renewable_share
//   costs.building_per_w, costs.electrical_per_w, costs.mechanical_per_w, costs.grid_per_va,
//   costs.ups_per_w, costs.soft_cost_fraction, costs.contingency_fraction, costs.maintenance_fraction,
//   costs.staff_per_year, costs.tax_rate            as stored in the grid supply and cost catalogue
//   ppa.price_per_mwh:<id>, ppa.capacity_w:<id>
//   rack_type.design_power_w:<id>, rack_type.peak_power_w:<id>
//   cooling.range_k:<id>, cooling.dry_cooler_approach_k:<id>, cooling.chiller_eta:<id>
//   heat_offtake.price_per_mwh:<id>, heat_offtake.capacity_w:<id>
//   tenant.expected_utilisation:<id>, tenant.escalation_per_year:<id>
//   stage.grid_added_w:<id>                         grid capacity the stage adds, W
//   climate.weather_year        which weather year the site has: 0 its climate, k its k-th other year
//                               (Site::weatherYears); a draw is rounded to the nearest year
struct UncertainParameter {
    QString key;
    QString label;        // "Grid energy price", "Tenant price: Anchor offtaker"
    QString unit;         // "EUR/MWh", "months", "share", ...
    double baseValue = 0; // the value the scenario has now (a delay or an overrun: 0)
};

// Every parameter of scenario `scenarioId` a user can mark uncertain, in a stable order.
QList<UncertainParameter> uncertainParameters(const Project &project, Id scenarioId);

// The value the parameter has in the scenario now; nullopt (and `error` set) for an unknown key.
std::optional<double> parameterValue(const Project &project, Id scenarioId, const QString &key,
                                     QString *error = nullptr);

// Sets parameter `key` of scenario `scenarioId` in `project` (a copy being varied) to `value`.
// Relative parameters (capex overrun, stage delay) apply to the values in `project`, so apply each
// to an unvaried copy once. Returns an empty string, or why it could not (unknown key or object).
QString applyParameter(Project &project, Id scenarioId, const QString &key, double value);

// The key with the id after its ':' replaced by map(id) (a duplicated scenario's new ids); a key
// without an id is returned as it is.
QString remapParameterKey(const QString &key, const std::function<Id(Id)> &map);

// The value at cumulative probability `p` (0..1) of the input's distribution: the inverse CDF.
// Portable arithmetic only, so a draw gives the same value on every machine.
double quantile(const UncertainInput &input, double p);

// The value a tornado holds the input at while another input moves: the triangular mode, the normal
// mean (clamped to its range), the median of a uniform or of a discrete list.
double centralValue(const UncertainInput &input);

// Why the input cannot be sampled (e.g. low > high, sd <= 0, no values); empty when it is fine.
QString distributionError(const UncertainInput &input);

QString distributionKindLabel(DistributionKind kind); // "Triangular", ...

} // namespace fjord
