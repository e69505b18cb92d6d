#include "model/engine/coolingplant.h"

#include <cmath>

namespace fjord::engine {

namespace {
constexpr double KelvinOffset = 273.15;
// Stands for "infinite" in sizedSpeedPerLoad (ambient at or above the return: full speed). Finite, so
// that an hour without heat gives 0, not NaN; × Q_rej/Q_d (≤ about 10) stays far below overflow.
constexpr double FullSpeedFactor = 1e30;

// v2: (Tfwr,d − T_d) / (Tfwr − T) of the liquid loop. A design ambient at or above the design return
// (coolers that cannot reject heat at design) gives 0: the literal formula, minimum speed below the
// return; checkCooling reports it.
void computeSizedSpeed(const CoolingSystem &system, double designAmbientC, const HourlySeries &ambientC,
                       HourlySeries &out)
{
    const double returnC = system.returnC();
    const double designDeltaK = std::max(0.0, system.designReturnC - designAmbientC);
    out = (ambientC < returnC).select(designDeltaK / (returnC - ambientC).max(1e-9), FullSpeedFactor);
}
} // namespace

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
    if (system.fanModel == DryCoolerFanModel::Sized)
        computeSizedSpeed(system, system.designAmbientC, ambient, k.liquid.sizedSpeedPerLoad);
    else
        k.liquid.sizedSpeedPerLoad.resize(0);
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

void applyCooling(const CoolingSystem &system, const CoolingCoefficients &k, HourRange hours,
                  Eigen::Ref<const HourlySeries> liquidW, Eigen::Ref<const HourlySeries> airW,
                  const SizedDryCoolers &sized, CoolingHours &out)
{
    // The coefficients of these hours.
    const auto at = [hours](const HourlySeries &year) { return year.segment(hours.from, hours.count); };
    const auto liquidChillerPerW = at(k.liquid.chillerPerW), airChillerPerW = at(k.air.chillerPerW);
    const auto airFanPerW = at(k.air.fanPerW);
    out.chillerW = liquidChillerPerW * liquidW + airChillerPerW * airW;
    out.facilityPumpW = system.facilityPumpFraction * (liquidW + airW);
    out.cduPumpW = system.cduPumpFraction * liquidW;
    out.crahFanW = system.crahFanFraction * airW;
    const bool sizedModel = k.liquid.sizedSpeedPerLoad.size() > 0;
    const bool reuse = sizedModel && sized.reusedW && sized.reusedW->size() == liquidW.size();
    if (!sizedModel) { // METHOD v1: per watt of heat + chiller power, both loops
        out.dryCoolerFanW = at(k.liquid.fanPerW) * liquidW + airFanPerW * airW;
    } else if (sized.designHeatW > 0) {
        // METHOD v2 on the liquid loop: Q_rej = Q + P_chiller (− heat reused), s = clamp(Q_rej/Q_d · f),
        // P = k_dc · Q_d · s³. One fused expression each: no temporary array.
        const double qd = sized.designHeatW;
        const double k3 = system.dryCoolerFanCoeff * qd;
        const auto speedPerLoad = at(k.liquid.sizedSpeedPerLoad);
        if (reuse)
            out.dryCoolerFanW =
                airFanPerW * airW +
                k3 * (((liquidW * (1.0 + liquidChillerPerW) - *sized.reusedW).max(0.0) / qd) * speedPerLoad)
                         .min(1.0)
                         .max(system.fanMinSpeed)
                         .cube();
        else
            out.dryCoolerFanW =
                airFanPerW * airW + k3 * ((liquidW * (1.0 + liquidChillerPerW) / qd) * speedPerLoad)
                                             .min(1.0)
                                             .max(system.fanMinSpeed)
                                             .cube();
    } else { // no liquid heat at design: no liquid-loop coolers to run
        out.dryCoolerFanW = airFanPerW * airW;
    }
    if (k.waterLPerHPerW.size() == 0)
        out.waterLPerH.setZero(liquidW.size());
    else if (reuse) // v2: the reused heat is not rejected, so not evaporated either
        out.waterLPerH = at(k.waterLPerHPerW) * (liquidW + airW + out.chillerW - *sized.reusedW).max(0.0);
    else // rejected heat = heat + chiller power
        out.waterLPerH = at(k.waterLPerHPerW) * (liquidW + airW + out.chillerW);
}

void applyCooling(const CoolingSystem &system, const CoolingCoefficients &k, const HourlySeries &liquidW,
                  const HourlySeries &airW, const SizedDryCoolers &sized, CoolingHours &out)
{
    applyCooling(system, k, HourRange{0, int(liquidW.size())}, liquidW, airW, sized, out);
}

CoolingHours applyCooling(const CoolingSystem &system, const CoolingCoefficients &k,
                          const HourlySeries &liquidW, const HourlySeries &airW, const SizedDryCoolers &sized)
{
    CoolingHours out;
    applyCooling(system, k, liquidW, airW, sized, out);
    return out;
}

CoolingHours runCoolingSystem(const CoolingSystem &system, const ClimateSeries &climate,
                              const HourlySeries &liquidW, const HourlySeries &airW,
                              const SizedDryCoolers &sized)
{
    return applyCooling(system, coolingCoefficients(system, climate), liquidW, airW, sized);
}

void CoefficientCache::reset(int systems, bool climateChanged)
{
    if (m_coefficients.size() < size_t(systems)) {
        m_coefficients.resize(systems);
        m_computedFor.resize(systems);
        m_ready.resize(systems, 0);
    }
    if (climateChanged)
        std::fill(m_ready.begin(), m_ready.end(), 0);
}

const CoolingCoefficients &CoefficientCache::get(int index, const CoolingSystem &system,
                                                 const ClimateSeries &climate)
{
    if (!m_ready[index] || !(m_computedFor[index] == system)) {
        computeCoefficients(system, climate, m_coefficients[index]);
        m_computedFor[index] = system;
        m_ready[index] = 1;
    }
    return m_coefficients[index];
}

double sizedDesignHeatW(const CoolingSystem &system, double liquidPeakW)
{
    const HourlySeries t = HourlySeries::Constant(1, system.designAmbientC);
    const LoopCoefficients loop = loopCoefficients(system, system.designReturnC - system.rangeK, t);
    return liquidPeakW * (1.0 + loop.chillerPerW[0]);
}

double designHeatRejectionW(const CoolingSystem &system, double liquidW, double airW)
{
    const HourlySeries t = HourlySeries::Constant(1, system.designAmbientC);
    const LoopCoefficients liquid = loopCoefficients(system, system.supplyC, t);
    const LoopCoefficients air = loopCoefficients(system, system.airSupplyC, t);
    return liquidW * (1.0 + liquid.chillerPerW[0]) + airW * (1.0 + air.chillerPerW[0]);
}

} // namespace fjord::engine
