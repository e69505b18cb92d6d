#pragma once

#include "model/engine/montecarlo.h"
#include "model/project.h"

#include <QList>
#include <QString>

#include <optional>

namespace fjord::ui {

class HistogramChart;
class LineChart;
class TornadoChart;

// Hands Monte Carlo results to the risk charts with titles, units and labelled percentiles; shared
// by the Risk tab and the investor report, so both draw the same. Presentation only.
namespace riskcharts {

// The label of an input's parameter in the scenario ("Grid energy price") and its unit; the key
// itself when the scenario no longer has the object it names.
struct ParameterText {
    QString label;
    QString unit;
};
ParameterText parameterText(const Project &project, Id scenarioId, const QString &key);

// Histogram of `output` over the runs with its P10, P50 and P90 marked.
void showHistogram(HistogramChart *chart, const QList<RiskOutputs> &runs, RiskOutput output,
                   const QString &currency);

// Cumulative probability of the NPV (the S-curve) with P10/P50/P90, the chance of a loss and, when
// given, the deterministic plan's NPV for comparison.
void showNpvSCurve(LineChart *chart, const QList<RiskOutputs> &runs, const QString &currency,
                   std::optional<double> deterministicNpv);

// The tornado of the NPV: rows labelled with the input and its P10 and P90 values.
void showTornado(TornadoChart *chart, const Tornado &tornado, const Project &project, Id scenarioId,
                 const QString &currency);

} // namespace riskcharts
} // namespace fjord::ui
