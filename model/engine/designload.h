#pragma once

// Internal to the engine. METHOD v2 §4: the design facility demand of a stage, one "design hour" with
// every rack at its peak power and each cooling system at its design ambient.

#include "model/engine.h"
#include "model/engine/loadmodel.h"
#include "model/engine/stageenergy.h"

namespace fjord::engine {

// P_DC of the design hour: IT at peak + UPS, distribution and transformer losses + chillers, dry-cooler
// fans, pumps and CRAH fans at each system's design ambient (no adiabatic assist: the design hour
// assumes saturated air, the safe side) + aux (a share of the installed IT design capacity). `systems`
// carry their effective design ambients (resolvedCoolingSystems()); `losses` are the stage's
// (stageLossCurves(), built once per stage for this and the hourly balance).
double designDemandW(const StageLoad &load, const QList<CoolingSystem> &systems,
                     const StageLossCurves &losses, const EvaluateOptions &options);

} // namespace fjord::engine
