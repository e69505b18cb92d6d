#pragma once

#include <QLocale>
#include <QString>

namespace fjord {

// A number with a fixed count of decimals, never "-0.0": a value that rounds to zero prints as
// zero (a −0.04 °C mean or a −0.0 from arithmetic would otherwise show a sign).
QString fixedText(double value, int decimals, const QLocale &locale = QLocale());

} // namespace fjord
