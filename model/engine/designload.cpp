#include "model/engine/designload.h"

#include "model/engine/coolingplant.h"
#include "model/engine/stageenergy.h"

namespace fjord::engine {

namespace {

// One hour at `dryBulbC`, saturated (wet bulb = dry bulb: adiabatic assist gains nothing).
ClimateSeries designHour(double dryBulbC)
{
    ClimateSeries c;
    c.dryBulbC = HourlySeries::Constant(1, dryBulbC);
    c.relHumidityPct = HourlySeries::Constant(1, 100.0);
    c.windSpeedMPerS = HourlySeries::Zero(1);
    c.ghiWhPerM2 = HourlySeries::Zero(1);
    c.hourOfDay = HourlySeries::Constant(1, 15.0);
    c.monthStart.fill(0);
    c.monthStart[12] = 1;
    return c;
}

HourlySeries one(double value)
{
    return HourlySeries::Constant(1, value);
}

} // namespace

double designDemandW(const StageLoad &load, const QList<CoolingSystem> &systems,
                     const StageLossCurves &losses, const EvaluateOptions &options)
{
    double it = 0, cooling = 0, cduPumps = 0;
    for (const CoolingLoad &cl : load.systems) {
        const CoolingSystem &system = systems[cl.system];
        const CoolingHours c =
            runCoolingSystem(system, designHour(system.designAmbientC), one(cl.liquidPeakW),
                             one(cl.peakW - cl.liquidPeakW), {sizedDesignHeatW(system, cl.liquidPeakW)});
        it += cl.peakW;
        cooling += c.chillerW[0] + c.dryCoolerFanW[0] + c.facilityPumpW[0] + c.crahFanW[0];
        cduPumps += c.cduPumpW[0];
    }
    // The same chain as the hourly balance: IT and CDU pumps through the UPS.
    const double aux = options.auxFraction * load.itCapacityW;
    const double beforeTransformers =
        it + losses.ups.lossW(it + cduPumps) + losses.distribution.lossW(it) + cooling + cduPumps + aux;
    return beforeTransformers + losses.transformers.lossW(beforeTransformers);
}

} // namespace fjord::engine
