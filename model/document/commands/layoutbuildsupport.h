#pragma once
// Private helpers of the layout builders (layoutedits, layoutproperties, layoutrowproperties,
// layoutclipboard): one way to report a refusal, one angle convention.

#include "model/tr.h"

#include <QString>

#include <cmath>

namespace fjord::layout::detail {

inline void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Normalises an angle to [0, 360) degrees.
inline double wrapDeg(double deg)
{
    double d = std::fmod(deg, 360.0);
    if (d < 0)
        d += 360.0;
    if (std::abs(d - 360.0) < 1e-9)
        d = 0.0;
    return d;
}

} // namespace fjord::layout::detail
