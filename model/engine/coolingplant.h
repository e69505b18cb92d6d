#pragma once

// Internal to the engine. METHOD §3: the liquid loop and the air side of one cooling system.

#include "model/coolingsystem.h"
#include "model/engine/hourlyseries.h"

namespace fjord::engine {

constexpr double WaterLatentHeatJPerKg = 2.45e6; // evaporation, J/kg (1 kg = 1 L)

// One water loop rejecting heat through dry coolers with chiller trim, hour by hour (W).
struct LoopHours {
    HourlySeries freeFraction;   // φ: share of the heat the dry coolers carry alone, 0..1
    HourlySeries chillerW;
    HourlySeries rejectedW;      // heat + chiller power through the dry coolers
    HourlySeries fanW;
};

// Everything one cooling system draws in a year, W per hour.
struct CoolingHours {
    HourlySeries chillerW;       // liquid loop + air side
    HourlySeries dryCoolerFanW;  // liquid loop + air side
    HourlySeries facilityPumpW;  // facility loops: fraction of the heat carried (not through the UPS)
    HourlySeries cduPumpW;       // CDUs: fraction of the liquid heat (through the UPS)
    HourlySeries crahFanW;
    HourlySeries waterLPerH;
    HourlySeries liquidFullFree; // 1 when the liquid loop needs no chiller that hour
};

// Stull (2011) wet-bulb temperature (°C) from dry bulb (°C) and relative humidity (%).
// Valid for RH 5–99 % and −20…50 °C; error within about ±1 K there.
HourlySeries stullWetBulbC(const HourlySeries &dryBulbC, const HourlySeries &relHumidityPct);
double stullWetBulbC(double dryBulbC, double relHumidityPct);

// Ambient seen by the dry coolers: T, or T − ε·(T − Twb) while adiabatic assist is on (T > Ton).
HourlySeries effectiveAmbientC(const CoolingSystem &system, const ClimateSeries &climate);

// One loop with supply `supplyC` (return supply + range) carrying `heatW` at ambient `ambientC`.
LoopHours runLoop(const CoolingSystem &system, double supplyC, const HourlySeries &ambientC,
                  const HourlySeries &heatW);

// The whole system: liquid loop at supplyC for `liquidW`, air side at airSupplyC for `airW`.
CoolingHours runCoolingSystem(const CoolingSystem &system, const ClimateSeries &climate,
                              const HourlySeries &liquidW, const HourlySeries &airW);

// Heat (plus chiller power) the dry coolers must reject at the design ambient with every rack at
// design power: the figure compared with CoolingSystem::dryCoolerCapacityW.
double designHeatRejectionW(const CoolingSystem &system, double liquidW, double airW);

} // namespace fjord::engine
