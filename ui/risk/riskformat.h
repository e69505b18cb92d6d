#pragma once

#include "model/engine/montecarlo.h"

#include <QLocale>
#include <QString>

namespace fjord {
struct UncertainInput;
}

// How the Risk tab and the report's risk section name and write the Monte Carlo outputs and the
// uncertain inputs: every value with its unit, money in the app's compact format ("EUR 1.42 bn").
// Presentation only; the numbers come from model/engine/montecarlo.h.
namespace fjord::ui::riskformat {

QString outputLabel(RiskOutput output); // "NPV", "IRR", "Levelised cost", "PUE", "REF"
// The unit a table header states: "EUR", "%", "EUR/GPU-h", "ratio", "%".
QString outputUnit(RiskOutput output, const QString &currency);
// One value with its unit: "EUR 0.17 bn", "8.9 %", "EUR 1.85/GPU-h", "1.086", "100.0 %".
QString value(RiskOutput output, double v, const QString &currency, const QLocale &locale = QLocale());

// A value in a table whose row or header states the unit: "EUR 0.17 bn", "8.9 %", "1.85" (the cost per
// GPU-hour bare, so the column stays narrow), "1.086", "100.0 %".
QString tableValue(RiskOutput output, double v, const QString &currency, const QLocale &locale = QLocale());

// A chart axis for an output: values are multiplied by `factor` and the axis is titled `title`
// ("NPV, EUR bn": money in bn when the largest magnitude reaches 1 bn, else in m).
struct AxisScale {
    double factor = 1.0;
    QString title;
};
AxisScale axisScale(RiskOutput output, double largestMagnitude, const QString &currency);

// An input's value in its parameter's unit: shares and rates as percentages ("7.6 %"), months
// as "3.0 months", prices as "2.26 EUR/GPU-hour".
QString inputValue(double v, const QString &unit, const QLocale &locale = QLocale());
// The same in two parts, for a table with a unit column: "7.6" and "%"; "2.26" and "EUR/GPU-hour".
QString inputNumber(double v, const QString &unit, const QLocale &locale = QLocale());
QString inputUnit(const QString &unit);

} // namespace fjord::ui::riskformat
