#pragma once

// Internal to the engine. METHOD §3: the liquid loop and the air side of one cooling system.
//
// Every cooling end use is proportional to the heat carried in a given hour (φ, COP and fan speed
// depend on the weather and the set points only), so the engine computes per-watt coefficients once
// per cooling system and evaluation, and each stage multiplies them by its heat. Same equations,
// a fraction of the work when there are several stages or a sweep.

#include "model/coolingsystem.h"
#include "model/engine/hourlyseries.h"

#include <vector>

namespace fjord::engine {

constexpr double WaterLatentHeatJPerKg = 2.45e6; // evaporation, J/kg (1 kg = 1 L)

// One water loop rejecting heat through dry coolers with chiller trim: per W of heat carried, each hour.
struct LoopCoefficients {
    HourlySeries freeFraction; // φ: share of the heat the dry coolers carry alone, 0..1
    HourlySeries chillerPerW;  // (1 − φ) / COP
    HourlySeries fanPerW;      // k_dc · s³ · (1 + chillerPerW): fans move heat + chiller power
};

struct CoolingCoefficients {
    LoopCoefficients liquid;       // at the facility supply temperature
    LoopCoefficients air;          // the air side's chilled water at airSupplyC
    HourlySeries waterLPerHPerW;   // adiabatic assist: L/h per W rejected (0 when off); empty without assist
    HourlySeries assistedAmbientC; // scratch: T_eff with adiabatic assist
};

// Everything one cooling system draws in a year, W per hour.
struct CoolingHours {
    HourlySeries chillerW;      // liquid loop + air side
    HourlySeries dryCoolerFanW; // liquid loop + air side
    HourlySeries facilityPumpW; // facility loops: fraction of the heat carried (not through the UPS)
    HourlySeries cduPumpW;      // CDUs: fraction of the liquid heat (through the UPS)
    HourlySeries crahFanW;
    HourlySeries waterLPerH;
};

// Stull (2011) wet-bulb temperature (°C) from dry bulb (°C) and relative humidity (%).
// Valid for RH 5–99 % and −20…50 °C; error within about ±1 K there.
HourlySeries stullWetBulbC(const HourlySeries &dryBulbC, const HourlySeries &relHumidityPct);

// Ambient seen by the dry coolers: T, or T − ε·(T − Twb) while adiabatic assist is on (T > Ton).
HourlySeries effectiveAmbientC(const CoolingSystem &system, const ClimateSeries &climate);

// One loop with supply `supplyC` (return = supply + range) at ambient `ambientC`. The out-parameter
// forms write into existing arrays (no allocation once they have their size): the engine reuses them.
void computeLoop(const CoolingSystem &system, double supplyC, const HourlySeries &ambientC,
                 LoopCoefficients &out);
LoopCoefficients loopCoefficients(const CoolingSystem &system, double supplyC, const HourlySeries &ambientC);

void computeCoefficients(const CoolingSystem &system, const ClimateSeries &climate, CoolingCoefficients &k);
CoolingCoefficients coolingCoefficients(const CoolingSystem &system, const ClimateSeries &climate);

// The system's end uses for liquid heat `liquidW` and air heat `airW`.
void applyCooling(const CoolingSystem &system, const CoolingCoefficients &k, const HourlySeries &liquidW,
                  const HourlySeries &airW, CoolingHours &out);
CoolingHours applyCooling(const CoolingSystem &system, const CoolingCoefficients &k,
                          const HourlySeries &liquidW, const HourlySeries &airW);

// Both steps at once (tests and the benchmark).
CoolingHours runCoolingSystem(const CoolingSystem &system, const ClimateSeries &climate,
                              const HourlySeries &liquidW, const HourlySeries &airW);

// Per-watt cooling coefficients of each cooling system (index as in LoadModel::systems()), computed on
// first use in an evaluation and shared by its stages. The arrays are kept for the next evaluation.
class CoefficientCache {
public:
    void reset(int systems);
    const CoolingCoefficients &get(int index, const CoolingSystem &system, const ClimateSeries &climate);

private:
    std::vector<CoolingCoefficients> m_coefficients;
    std::vector<char> m_ready;
};

// Heat (plus chiller power) the dry coolers must reject at the design ambient with every rack at
// design power, without adiabatic assist: the figure compared with CoolingSystem::dryCoolerCapacityW.
double designHeatRejectionW(const CoolingSystem &system, double liquidW, double airW);

} // namespace fjord::engine
