#include "model/engine/coolingplant.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace fjord::engine {

namespace {
constexpr double KelvinOffset = 273.15;
// Stands for "infinite" in sizedSpeedPerLoad (ambient at or above the return: full speed). Finite, so
// that an hour without heat gives 0, not NaN; × Q_rej/Q_d (≤ about 10) stays far below overflow.
constexpr double FullSpeedFactor = 1e30;

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

namespace {
// What one loop's hourly pass needs, per METHOD §3, with the divisions by constants done once.
struct LoopConstants {
    double supplyC, returnC, approachK;
    double freeEdgeC, perRangeK; // φ = (Tfwr − ΔTdc − T) / ΔTr
    double lift0K, perCarnot;    // lift = T + lift0; 1 / (η·Tevap[K])
    double perCopCap;            // 1 / COP cap
    double designHeadroomK;      // Tfwr − Tdesign of the fan law
    double fanCoeff, minSpeed;
    double sizedDesignDeltaK; // v2: Tfwr,d − T_d of the liquid loop's dry coolers (≥ 0)
};

// φ, (1 − φ)/COP and the fans' coefficient in one pass: each hour's ambient is read once, nothing is
// written twice. Selects, not branches, so that it vectorises (the weather crosses the thresholds hour
// by hour); `Ranged`: a loop with a temperature range (φ varies linearly), else φ is 0 or 1. The fans:
// v1's power per W into `fan`, or with `Sized` v2's (Tfwr,d − T_d) / (Tfwr − T) into `sized` instead, a
// huge value where T ≥ Tfwr (the speed clamps to 1 there). A design ambient at or above the design return
// (coolers that cannot reject heat at design) gives 0: the literal formula, minimum speed below the return;
// checkCooling reports it.
template <bool Ranged, bool Sized>
void loopPass(const LoopConstants c, const double *ambient, int hours, double *phi, double *chiller,
              double *fan, double *sized)
{
#pragma omp simd
    for (int h = 0; h < hours; ++h) {
        const double t = ambient[h];
        double free;
        if constexpr (Ranged)
            free = std::max(std::min((c.freeEdgeC - t) * c.perRangeK, 1.0), 0.0);
        else
            free = t + c.approachK <= c.supplyC ? 1.0 : 0.0;
        // 1 / min(cap, η·Tevap / lift) = max(1 / cap, lift / (η·Tevap)); no lift: the cap.
        const double lift = t + c.lift0K;
        const double liftPerCarnot = std::max(lift, 1e-9) * c.perCarnot;
        const double perCop = (lift > 0.0) & (liftPerCarnot > c.perCopCap) ? liftPerCarnot : c.perCopCap;
        const double chillerW = (1.0 - free) * perCop;
        const double perGapK = 1.0 / std::max(c.returnC - t, 1e-9); // 1 / (Tfwr − T)
        const bool belowReturn = t < c.returnC;
        phi[h] = free;
        chiller[h] = chillerW;
        if constexpr (Sized) {
            sized[h] = belowReturn ? c.sizedDesignDeltaK * perGapK : FullSpeedFactor;
        } else {
            const double speed = std::max(std::min(c.designHeadroomK * perGapK, 1.0), c.minSpeed);
            const double cube = belowReturn ? speed * speed * speed : 1.0; // s = 1 at or above the return
            fan[h] = c.fanCoeff * (1.0 + chillerW) * cube;
        }
    }
}
} // namespace

void computeLoop(const CoolingSystem &system, double supplyC, const HourlySeries &ambientC,
                 LoopCoefficients &out, std::optional<double> sizedDesignAmbientC)
{
    const int hours = int(ambientC.size());
    out.freeFraction.resize(hours);
    out.chillerPerW.resize(hours);
    out.fanPerW.resize(sizedDesignAmbientC ? 0 : hours);
    out.sizedSpeedPerLoad.resize(sizedDesignAmbientC ? hours : 0);
    const double range = system.rangeK, returnC = supplyC + range;
    // φ: 1 at or below the supply, 0 at or above the return. COP = min(cap, η·Tevap[K] / (T + ΔTcond −
    // Tevap)); P_chiller = (1 − φ)·Q / COP. Fans: P = k·Q_rej·s³, s = clamp((Tfwr − Tdesign)/(Tfwr − T),
    // s_min, 1); T at or above the return: 1.
    const double evapC = supplyC - system.evaporatorOffsetK;
    const LoopConstants c{supplyC,
                          returnC,
                          system.dryCoolerApproachK,
                          returnC - system.dryCoolerApproachK,
                          range > 0 ? 1.0 / range : 0.0,
                          system.condenserApproachK - evapC,
                          1.0 / (system.chillerEta * (evapC + KelvinOffset)),
                          1.0 / system.copCap,
                          returnC - system.fanDesignAmbientC,
                          system.dryCoolerFanCoeff,
                          system.fanMinSpeed,
                          std::max(0.0, system.designReturnC - sizedDesignAmbientC.value_or(0.0))};
    const double *const t = ambientC.data();
    double *const phi = out.freeFraction.data(), *const chiller = out.chillerPerW.data(),
                  *const fan = out.fanPerW.data(), *const sized = out.sizedSpeedPerLoad.data();
    const bool ranged = range > 0;
    if (ranged && sizedDesignAmbientC)
        loopPass<true, true>(c, t, hours, phi, chiller, fan, sized);
    else if (ranged)
        loopPass<true, false>(c, t, hours, phi, chiller, fan, sized);
    else if (sizedDesignAmbientC)
        loopPass<false, true>(c, t, hours, phi, chiller, fan, sized);
    else
        loopPass<false, false>(c, t, hours, phi, chiller, fan, sized);
}

namespace {
// The design ambient of the liquid loop's dry coolers under the sized model (v2); none under v1.
std::optional<double> sizedDesignAmbient(const CoolingSystem &system)
{
    if (system.fanModel == DryCoolerFanModel::Sized)
        return system.designAmbientC;
    return std::nullopt;
}

// The adiabatic assist's part of k: the assisted ambient and the water per watt (none without assist).
void computeAssist(const CoolingSystem &system, const ClimateSeries &climate, CoolingCoefficients &k)
{
    if (system.adiabatic) { // kg/h per W = 3600 s / (J/kg) while on; 1 kg of water = 1 L
        k.assistedAmbientC = effectiveAmbientC(system, climate);
        k.waterLPerHPerW =
            (climate.dryBulbC > system.adiabaticOnC).cast<double>() * (3600.0 / WaterLatentHeatJPerKg);
    } else {
        k.waterLPerHPerW.resize(0);
    }
}

// The ambient the dry coolers see: assisted (computeAssist) or the dry bulb.
const HourlySeries &coolerAmbient(const CoolingSystem &system, const ClimateSeries &climate,
                                  const CoolingCoefficients &k)
{
    return system.adiabatic ? k.assistedAmbientC : climate.dryBulbC;
}
} // namespace

void computeCoefficients(const CoolingSystem &system, const ClimateSeries &climate, CoolingCoefficients &k)
{
    computeAssist(system, climate, k);
    const HourlySeries &ambient = coolerAmbient(system, climate, k);
    computeLoop(system, system.supplyC, ambient, k.liquid, sizedDesignAmbient(system));
    computeLoop(system, system.airSupplyC, ambient, k.air);
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

namespace {
// What the adiabatic assist reads: the assisted ambient and the water per watt.
bool sameAssist(const CoolingSystem &a, const CoolingSystem &b)
{
    return a.adiabatic == b.adiabatic &&
           (!a.adiabatic ||
            (a.adiabaticOnC == b.adiabaticOnC && a.adiabaticEffectiveness == b.adiabaticEffectiveness));
}

// What computeLoop reads of a system besides the loop's supply (keep in step with LoopConstants).
bool sameLoopPlant(const CoolingSystem &a, const CoolingSystem &b)
{
    return a.rangeK == b.rangeK && a.dryCoolerApproachK == b.dryCoolerApproachK &&
           a.chillerEta == b.chillerEta && a.condenserApproachK == b.condenserApproachK &&
           a.evaporatorOffsetK == b.evaporatorOffsetK && a.copCap == b.copCap &&
           a.dryCoolerFanCoeff == b.dryCoolerFanCoeff && a.fanDesignAmbientC == b.fanDesignAmbientC &&
           a.fanMinSpeed == b.fanMinSpeed && sameAssist(a, b);
}

bool sameLiquidLoop(const CoolingSystem &a, const CoolingSystem &b)
{
    const bool sized = a.fanModel == DryCoolerFanModel::Sized;
    return a.supplyC == b.supplyC && a.fanModel == b.fanModel && sameLoopPlant(a, b) &&
           (!sized || (a.designReturnC == b.designReturnC && a.designAmbientC == b.designAmbientC));
}

bool sameAirLoop(const CoolingSystem &a, const CoolingSystem &b)
{
    return a.airSupplyC == b.airSupplyC && sameLoopPlant(a, b);
}
} // namespace

void CoefficientCache::reset(int systems, bool climateChanged)
{
    if (m_entries.size() < size_t(systems))
        m_entries.resize(systems);
    if (climateChanged)
        for (Entry &e : m_entries)
            e.ambientFor = e.liquidFor = e.airFor = std::nullopt;
}

const CoolingCoefficients &CoefficientCache::get(int index, const CoolingSystem &system,
                                                 const ClimateSeries &climate)
{
    Entry &e = m_entries[index];
    CoolingCoefficients &k = e.k;
    if (!e.ambientFor || !sameAssist(*e.ambientFor, system)) {
        computeAssist(system, climate, k);
        e.ambientFor = system;
    }
    const HourlySeries &ambient = coolerAmbient(system, climate, k);
    if (!e.liquidFor || !sameLiquidLoop(*e.liquidFor, system)) {
        computeLoop(system, system.supplyC, ambient, k.liquid, sizedDesignAmbient(system));
        e.liquidFor = system;
    }
    if (!e.airFor || !sameAirLoop(*e.airFor, system)) {
        computeLoop(system, system.airSupplyC, ambient, k.air);
        e.airFor = system;
    }
    return k;
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
