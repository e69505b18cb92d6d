#include "model/engine/coolingplant.h"

#include <cmath>

namespace fjord::engine {

namespace {
constexpr double KelvinOffset = 273.15;
}

HourlySeries stullWetBulbC(const HourlySeries &t, const HourlySeries &rh)
{
    // Stull, R. (2011), "Wet-bulb temperature from relative humidity and air temperature",
    // J. Appl. Meteor. Climatol. 50, 2267–2269, eq. 1.
    return t * (0.151977 * (rh + 8.313659).sqrt()).atan() + (t + rh).atan() - (rh - 1.676331).atan()
        + 0.00391838 * rh.pow(1.5) * (0.023101 * rh).atan() - 4.686035;
}

double stullWetBulbC(double t, double rh)
{
    return t * std::atan(0.151977 * std::sqrt(rh + 8.313659)) + std::atan(t + rh) - std::atan(rh - 1.676331)
        + 0.00391838 * std::pow(rh, 1.5) * std::atan(0.023101 * rh) - 4.686035;
}

HourlySeries effectiveAmbientC(const CoolingSystem &system, const ClimateSeries &climate)
{
    const HourlySeries &t = climate.dryBulbC;
    if (!system.adiabatic)
        return t;
    const HourlySeries wetBulb = stullWetBulbC(t, climate.relHumidityPct.max(0.0).min(100.0));
    const HourlySeries assisted = t - system.adiabaticEffectiveness * (t - wetBulb);
    return (t > system.adiabaticOnC).select(assisted, t);
}

LoopHours runLoop(const CoolingSystem &system, double supplyC, const HourlySeries &ambientC,
                  const HourlySeries &heatW)
{
    LoopHours out;
    const double range = system.rangeK;
    const double returnC = supplyC + range;
    const HourlySeries leaving = ambientC + system.dryCoolerApproachK; // dry-cooler leaving water, °C

    // φ = (Tfwr − (T + ΔTdc)) / ΔTr, 1 at or below the supply, 0 at or above the return.
    if (range > 0)
        out.freeFraction = ((returnC - leaving) / range).min(1.0).max(0.0);
    else
        out.freeFraction = (leaving <= supplyC).cast<double>();

    // COP = min(cap, η·Tevap[K] / (T + ΔTcond − Tevap)); no lift: the cap.
    const double evapC = supplyC - system.evaporatorOffsetK;
    const HourlySeries lift = ambientC + system.condenserApproachK - evapC;
    const HourlySeries carnotShare = system.chillerEta * (evapC + KelvinOffset) / lift.max(1e-9);
    const HourlySeries cop = (lift > 0.0).select(carnotShare.min(system.copCap), system.copCap);
    out.chillerW = (1.0 - out.freeFraction) * heatW / cop;
    out.rejectedW = heatW + out.chillerW;

    // Fans: P = k·Q_rej·s³, s = clamp((Tfwr − Tdesign)/(Tfwr − T), s_min, 1); T at or above the return: 1.
    const HourlySeries headroom = returnC - ambientC;
    const HourlySeries speed = (headroom > 0.0)
                                   .select(((returnC - system.fanDesignAmbientC) / headroom.max(1e-9))
                                               .min(1.0)
                                               .max(system.fanMinSpeed),
                                           1.0);
    out.fanW = system.dryCoolerFanCoeff * out.rejectedW * speed.cube();
    return out;
}

CoolingHours runCoolingSystem(const CoolingSystem &system, const ClimateSeries &climate,
                              const HourlySeries &liquidW, const HourlySeries &airW)
{
    const HourlySeries ambient = effectiveAmbientC(system, climate);
    const LoopHours liquid = runLoop(system, system.supplyC, ambient, liquidW);
    const LoopHours air = runLoop(system, system.airSupplyC, ambient, airW);

    CoolingHours out;
    out.chillerW = liquid.chillerW + air.chillerW;
    out.dryCoolerFanW = liquid.fanW + air.fanW;
    out.facilityPumpW = system.facilityPumpFraction * (liquidW + airW);
    out.cduPumpW = system.cduPumpFraction * liquidW;
    out.crahFanW = system.crahFanFraction * airW;
    if (system.adiabatic) {
        const HourlySeries on = (climate.dryBulbC > system.adiabaticOnC).cast<double>();
        // kg/h = W · 3600 s / (J/kg); 1 kg of water = 1 L.
        out.waterLPerH = on * (liquid.rejectedW + air.rejectedW) * 3600.0 / WaterLatentHeatJPerKg;
    } else {
        out.waterLPerH = zeroHours();
    }
    out.liquidFullFree = (liquid.freeFraction >= 1.0).cast<double>();
    return out;
}

double designHeatRejectionW(const CoolingSystem &system, double liquidW, double airW)
{
    // The design ambient as a one-hour climate (no adiabatic assist: the plant must hold without water).
    HourlySeries t = HourlySeries::Constant(1, system.designAmbientC);
    const LoopHours liquid = runLoop(system, system.supplyC, t, HourlySeries::Constant(1, liquidW));
    const LoopHours air = runLoop(system, system.airSupplyC, t, HourlySeries::Constant(1, airW));
    return liquid.rejectedW[0] + air.rejectedW[0];
}

} // namespace fjord::engine
