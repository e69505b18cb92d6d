#pragma once

#include "model/ids.h"

#include <QList>
#include <QString>

namespace fjord {

// How an uncertain input's value is spread (METHOD v2 §9).
enum class DistributionKind {
    Triangular, // low, mode, high
    Uniform,    // low, high
    Normal,     // mean (in `mode`), sd; truncated to [low, high]
    Discrete    // one of `values`, each equally likely
};

// A numeric input of the model marked uncertain in one scenario. `parameter` is a stable key naming
// the input (model/uncertainty.h lists them: "grid.price_per_mwh", "tenant.price:<id>", ...); the
// values are in that parameter's unit.
struct UncertainInput {
    Id id = NoId;
    QString parameter;
    DistributionKind kind = DistributionKind::Triangular;
    double low = 0.0;
    double mode = 0.0; // triangular mode; normal mean
    double high = 0.0;
    double sd = 0.0;      // normal only
    QList<double> values; // discrete only
    QString reason;       // why this range: sources, assumptions

    bool operator==(const UncertainInput &) const = default;
};

} // namespace fjord
