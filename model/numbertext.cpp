#include "model/numbertext.h"

#include <cmath>

namespace fjord {

QString fixedText(double value, int decimals, const QLocale &locale)
{
    const double unit = std::pow(10.0, -decimals);
    if (std::isfinite(value) && std::abs(value) < unit / 2)
        value = 0.0; // also turns −0.0 into +0.0
    return locale.toString(value, 'f', decimals);
}

} // namespace fjord
