#pragma once

#include "model/engine/montecarlo.h"

#include <QList>
#include <QString>

#include <optional>

namespace fjord {

// One- and many-parameter sweeps over a scenario (METHOD v2 §9): every combination of the listed
// values of each parameter, evaluated on every core. Parameters are the uncertain-input keys of
// model/uncertainty.h ("grid.price_per_mwh", "cooling.supply_c:<id>", ...), in their units.

struct SweepParameter {
    QString key;
    double from = 0;
    double to = 0;
    double step = 0; // > 0; the values are from, from + step, ... up to `to` (inclusive)
};

// Parses "NAME=FROM:TO:STEP" (a single value: "NAME=V"); nullopt and `error` set when malformed.
std::optional<SweepParameter> parseSweepParameter(const QString &text, QString *error);

// The values the parameter takes, in order. `to` is included when it lies on the grid (within a
// millionth of a step, so 0.1 steps reach 1.0); each value is from + i·step, not a running sum.
QList<double> sweepValues(const SweepParameter &parameter);

// A grid of parameters: variant i's values, the first parameter varying slowest (like nested loops).
class SweepGrid {
public:
    explicit SweepGrid(QList<SweepParameter> parameters);
    const QList<SweepParameter> &parameters() const { return m_parameters; }
    qint64 variantCount() const; // the product of the value counts
    QList<double> valuesOf(qint64 variant) const;

private:
    QList<SweepParameter> m_parameters;
    QList<QList<double>> m_values;
};

// Why the grid cannot be swept in scenario `scenarioId` (an unknown parameter or object, an empty or
// huge grid, a step that is not positive); empty when it can.
QString sweepGridError(const Project &project, Id scenarioId, const SweepGrid &grid);

struct ParameterSweepOptions {
    qint64 firstVariant = 0;
    qint64 variantCount = -1; // -1: to the end of the grid
    int threads = 0;          // <= 0: every core
};

struct SweepRow {
    qint64 variant = 0;
    QList<double> values; // the parameters' values, in grid order
    RiskOutputs outputs;
    // Problems of severity error in the variant's campus evaluation. The per-node power checks are
    // not repeated per variant (no sweep parameter changes them): `fjordplan-cli check` lists them.
    int errors = 0;
    QString firstError; // the first such Problem's message, to say what goes wrong
};

// Evaluates variants [firstVariant, firstVariant + variantCount) of the grid without hourly series.
// The rows are the same, bit for bit, whatever the thread count or the split into calls.
QList<SweepRow> runParameterSweep(const Project &project, Id scenarioId, const Climate &climate,
                                  const SweepGrid &grid, const ParameterSweepOptions &options = {});

} // namespace fjord
