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
    return t * (0.151977 * (rh + 8.313659).sqrt()).atan() + (t + rh).atan() - (rh - 1.676331).atan() +
           0.00391838 * rh * rh.sqrt() * (0.023101 * rh).atan() - 4.686035;
}

HourlySeries effectiveAmbientC(const CoolingSystem &system, const ClimateSeries &climate)
{
    const HourlySeries &t = climate.dryBulbC;
    if (!system.adiabatic)
        return t;
    const HourlySeries wetBulb = stullWetBulbC(t, climate.relHumidityPct.max(0.0).min(100.0));
    return (t > system.adiabaticOnC).select(t - system.adiabaticEffectiveness * (t - wetBulb), t);
}

LoopCoefficients loopCoefficients(const CoolingSystem &system, double supplyC, const HourlySeries &ambientC)
{
    LoopCoefficients out;
    computeLoop(system, supplyC, ambientC, out);
    return out;
}

void computeLoop(const CoolingSystem &system, double supplyC, const HourlySeries &ambientC,
                 LoopCoefficients &out)
{
    const double range = system.rangeK;
    const double returnC = supplyC + range;

    // φ = (Tfwr − (T + ΔTdc)) / ΔTr, 1 at or below the supply, 0 at or above the return.
    if (range > 0)
        out.freeFraction = ((returnC - system.dryCoolerApproachK - ambientC) / range).min(1.0).max(0.0);
    else
        out.freeFraction = (ambientC + system.dryCoolerApproachK <= supplyC).cast<double>();

    // COP = min(cap, η·Tevap[K] / (T + ΔTcond − Tevap)); no lift: the cap. P_chiller = (1 − φ)·Q / COP.
    const double evapC = supplyC - system.evaporatorOffsetK;
    const double lift0 = system.condenserApproachK - evapC; // lift = T + lift0
    const double carnot = system.chillerEta * (evapC + KelvinOffset);
    const double copCap = system.copCap;
    out.chillerPerW =
        (1.0 - out.freeFraction) /
        (ambientC + lift0 > 0.0).select((carnot / (ambientC + lift0).max(1e-9)).min(copCap), copCap);

    // Fans: P = k·Q_rej·s³, s = clamp((Tfwr − Tdesign)/(Tfwr − T), s_min, 1); T at or above the return: 1.
    // One fused expression: no temporary array for the speed.
    const double designHeadroom = returnC - system.fanDesignAmbientC;
    out.fanPerW =
        system.dryCoolerFanCoeff * (1.0 + out.chillerPerW) *
        (ambientC < returnC)
            .select((designHeadroom / (returnC - ambientC).max(1e-9)).min(1.0).max(system.fanMinSpeed), 1.0)
            .cube();
}

void computeCoefficients(const CoolingSystem &system, const ClimateSeries &climate, CoolingCoefficients &k)
{
    if (system.adiabatic)
        k.assistedAmbientC = effectiveAmbientC(system, climate);
    const HourlySeries &ambient = system.adiabatic ? k.assistedAmbientC : climate.dryBulbC;
    computeLoop(system, system.supplyC, ambient, k.liquid);
    computeLoop(system, system.airSupplyC, ambient, k.air);
    if (system.adiabatic) // kg/h per W = 3600 s / (J/kg) while on; 1 kg of water = 1 L
        k.waterLPerHPerW =
            (climate.dryBulbC > system.adiabaticOnC).cast<double>() * (3600.0 / WaterLatentHeatJPerKg);
    else
        k.waterLPerHPerW.resize(0);
}

CoolingCoefficients coolingCoefficients(const CoolingSystem &system, const ClimateSeries &climate)
{
    CoolingCoefficients k;
    computeCoefficients(system, climate, k);
    return k;
}

void applyCooling(const CoolingSystem &system, const CoolingCoefficients &k, const HourlySeries &liquidW,
                  const HourlySeries &airW, CoolingHours &out)
{
    out.chillerW = k.liquid.chillerPerW * liquidW + k.air.chillerPerW * airW;
    out.dryCoolerFanW = k.liquid.fanPerW * liquidW + k.air.fanPerW * airW;
    out.facilityPumpW = system.facilityPumpFraction * (liquidW + airW);
    out.cduPumpW = system.cduPumpFraction * liquidW;
    out.crahFanW = system.crahFanFraction * airW;
    if (k.waterLPerHPerW.size() == liquidW.size()) // rejected heat = heat + chiller power
        out.waterLPerH = k.waterLPerHPerW * (liquidW + airW + out.chillerW);
    else
        out.waterLPerH.setZero(liquidW.size());
}

CoolingHours applyCooling(const CoolingSystem &system, const CoolingCoefficients &k,
                          const HourlySeries &liquidW, const HourlySeries &airW)
{
    CoolingHours out;
    applyCooling(system, k, liquidW, airW, out);
    return out;
}

CoolingHours runCoolingSystem(const CoolingSystem &system, const ClimateSeries &climate,
                              const HourlySeries &liquidW, const HourlySeries &airW)
{
    return applyCooling(system, coolingCoefficients(system, climate), liquidW, airW);
}

void CoefficientCache::reset(int systems)
{
    if (m_coefficients.size() < size_t(systems))
        m_coefficients.resize(systems);
    m_ready.assign(systems, 0);
}

const CoolingCoefficients &CoefficientCache::get(int index, const CoolingSystem &system,
                                                 const ClimateSeries &climate)
{
    if (!m_ready[index]) {
        computeCoefficients(system, climate, m_coefficients[index]);
        m_ready[index] = 1;
    }
    return m_coefficients[index];
}

double designHeatRejectionW(const CoolingSystem &system, double liquidW, double airW)
{
    const HourlySeries t = HourlySeries::Constant(1, system.designAmbientC);
    const LoopCoefficients liquid = loopCoefficients(system, system.supplyC, t);
    const LoopCoefficients air = loopCoefficients(system, system.airSupplyC, t);
    return liquidW * (1.0 + liquid.chillerPerW[0]) + airW * (1.0 + air.chillerPerW[0]);
}

} // namespace fjord::engine
