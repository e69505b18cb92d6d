#pragma once

// Internal to the engine. METHOD §3: the liquid loop and the air side of one cooling system.
//
// Every cooling end use is proportional to the heat carried in a given hour (φ, COP and fan speed
// depend on the weather and the set points only), so the engine computes per-watt coefficients once
// per cooling system and evaluation, and each stage multiplies them by its heat. Same equations,
// a fraction of the work when there are several stages or a sweep.

#include "model/coolingsystem.h"
#include "model/engine/hourlyseries.h"

#include <optional>
#include <vector>

namespace fjord::engine {

constexpr double WaterLatentHeatJPerKg = 2.45e6; // evaporation, J/kg (1 kg = 1 L)

// One water loop rejecting heat through dry coolers with chiller trim: per W of heat carried, each hour.
struct LoopCoefficients {
    HourlySeries freeFraction; // φ: share of the heat the dry coolers carry alone, 0..1
    HourlySeries chillerPerW;  // (1 − φ) / COP
    HourlySeries fanPerW;      // k_dc · s³ · (1 + chillerPerW): fans move heat + chiller power (v1);
                               // empty where sizedSpeedPerLoad is filled
    // v2 (sized dry coolers, liquid loop only): (Tfwr,d − T_d) / (Tfwr − T), a huge value where T ≥ Tfwr
    // so that the speed clamps to 1 there; empty for v1 systems. The speed is Q_rej / Q_d times this.
    HourlySeries sizedSpeedPerLoad;
};

struct CoolingCoefficients {
    LoopCoefficients liquid;       // at the facility supply temperature
    LoopCoefficients air;          // the air side's chilled water at airSupplyC
    HourlySeries waterLPerHPerW;   // adiabatic assist: L/h per W rejected (0 when off); empty without assist
    HourlySeries assistedAmbientC; // scratch: T_eff with adiabatic assist
};

// What the v2 dry-cooler model (METHOD v2 §3) needs beyond the per-watt coefficients: the coolers'
// design heat and the heat taken from the liquid loop by heat-reuse offtakes (not rejected). Ignored by
// v1 systems, which keep METHOD v1 exactly (fans on all the heat, per watt).
struct SizedDryCoolers {
    double designHeatW = 0;                // Q_d of the liquid loop's coolers, W (0: no liquid load)
    const HourlySeries *reusedW = nullptr; // heat taken by offtakes from this system's liquid loop, W
                                           // (the hours applyCooling is given)
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

// One loop with supply `supplyC` (return = supply + range) at ambient `ambientC`; with
// `sizedDesignAmbientC`, its sizedSpeedPerLoad for dry coolers sized at that design ambient (v2) in place
// of fanPerW. The out-parameter forms write into existing arrays (no allocation once they have their
// size): the engine reuses them.
void computeLoop(const CoolingSystem &system, double supplyC, const HourlySeries &ambientC,
                 LoopCoefficients &out, std::optional<double> sizedDesignAmbientC = std::nullopt);
LoopCoefficients loopCoefficients(const CoolingSystem &system, double supplyC, const HourlySeries &ambientC);

void computeCoefficients(const CoolingSystem &system, const ClimateSeries &climate, CoolingCoefficients &k);
CoolingCoefficients coolingCoefficients(const CoolingSystem &system, const ClimateSeries &climate);

// The system's end uses for liquid heat `liquidW` and air heat `airW`. A v2 system's liquid-loop fans
// run at s = clamp(Q_rej / Q_d · sizedSpeedPerLoad, s_min, 1) with power k_dc · Q_d · s³, where Q_rej =
// liquid heat + its chiller power − heat reused; its air side keeps the v1 fan law (see docs/method.md).
void applyCooling(const CoolingSystem &system, const CoolingCoefficients &k, const HourlySeries &liquidW,
                  const HourlySeries &airW, const SizedDryCoolers &sized, CoolingHours &out);
// The same for the hours `hours` of the year only: `liquidW`, `airW`, `sized.reusedW` and `out` hold
// those hours (hours.count values, the first is hour hours.from); `k` holds the whole year.
void applyCooling(const CoolingSystem &system, const CoolingCoefficients &k, HourRange hours,
                  Eigen::Ref<const HourlySeries> liquidW, Eigen::Ref<const HourlySeries> airW,
                  const SizedDryCoolers &sized, CoolingHours &out);
CoolingHours applyCooling(const CoolingSystem &system, const CoolingCoefficients &k,
                          const HourlySeries &liquidW, const HourlySeries &airW,
                          const SizedDryCoolers &sized = {});

// Both steps at once (tests and the benchmark).
CoolingHours runCoolingSystem(const CoolingSystem &system, const ClimateSeries &climate,
                              const HourlySeries &liquidW, const HourlySeries &airW,
                              const SizedDryCoolers &sized = {});

// Per-watt cooling coefficients of each cooling system (index as in LoadModel::systems()), computed on
// first use and shared by an evaluation's stages. They depend only on the system and the climate, so
// they are kept for the next evaluation on the thread; each part (the assisted ambient and water, the
// liquid loop, the air loop) is recomputed when a field it reads differs from the system it was computed
// for, or when the climate changed (reset's second argument). A sweep of the facility supply thus
// recomputes the liquid loop only.
class CoefficientCache {
public:
    void reset(int systems, bool climateChanged);
    const CoolingCoefficients &get(int index, const CoolingSystem &system, const ClimateSeries &climate);

private:
    struct Entry {
        CoolingCoefficients k;
        std::optional<CoolingSystem> ambientFor, liquidFor, airFor; // what each part was computed for
    };
    std::vector<Entry> m_entries;
};

// v2 design heat Q_d of the liquid loop's dry coolers (METHOD v2 §3): the liquid heat at peak rack power
// plus the chiller power at the design ambient `designAmbientC`, on the loop the coolers were sized for
// (return designReturnC, supply designReturnC − range), without adiabatic assist. It depends on neither
// today's supply temperature nor the weather: the same coolers whatever the set point.
double sizedDesignHeatW(const CoolingSystem &system, double liquidPeakW);

// Heat (plus chiller power) the dry coolers must reject at the design ambient with every rack at
// design power, without adiabatic assist: the figure compared with CoolingSystem::dryCoolerCapacityW.
double designHeatRejectionW(const CoolingSystem &system, double liquidW, double airW);

} // namespace fjord::engine
