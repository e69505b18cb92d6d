#include "ui/risk/riskformat.h"

#include "model/tr.h"
#include "ui/tabs/moneyformat.h"

#include <QCoreApplication>

#include <cmath>

namespace fjord::ui::riskformat {

namespace {

// The parameter units of model/uncertainty.cpp that hold a share (0.1 = 10 %): translated there in the
// model's context, so compared in it (and in English, for texts made before a language was chosen).
bool isShare(const QString &unit)
{
    return unit == ModelTr::tr("share") || unit == ModelTr::tr("per year") ||
           unit == QLatin1String("share") || unit == QLatin1String("per year");
}
} // namespace

QString outputLabel(RiskOutput output)
{
    switch (output) {
    case RiskOutput::Npv:
        return RiskUiTr::tr("NPV");
    case RiskOutput::Irr:
        return RiskUiTr::tr("IRR");
    case RiskOutput::LevelisedPerGpuHour:
        return RiskUiTr::tr("Levelised cost");
    case RiskOutput::Pue:
        return RiskUiTr::tr("PUE");
    case RiskOutput::Ref:
        return RiskUiTr::tr("REF");
    }
    return {};
}

QString outputUnit(RiskOutput output, const QString &currency)
{
    switch (output) {
    case RiskOutput::Npv:
        return currency;
    case RiskOutput::Irr:
    case RiskOutput::Ref:
        return QStringLiteral("%");
    case RiskOutput::LevelisedPerGpuHour:
        return currency + RiskUiTr::tr("/GPU-h");
    case RiskOutput::Pue:
        return RiskUiTr::tr("ratio");
    }
    return {};
}

QString value(RiskOutput output, double v, const QString &currency, const QLocale &locale)
{
    switch (output) {
    case RiskOutput::Npv:
        return moneyformat::compact(v, currency, locale);
    case RiskOutput::Irr:
    case RiskOutput::Ref:
        return moneyformat::percent(v, locale);
    case RiskOutput::LevelisedPerGpuHour:
        return RiskUiTr::tr("%1 %2/GPU-h").arg(currency, locale.toString(v, 'f', 2));
    case RiskOutput::Pue:
        return locale.toString(v, 'f', 3);
    }
    return {};
}

QString tableValue(RiskOutput output, double v, const QString &currency, const QLocale &locale)
{
    return output == RiskOutput::LevelisedPerGpuHour ? locale.toString(v, 'f', 2)
                                                     : value(output, v, currency, locale);
}

AxisScale axisScale(RiskOutput output, double largestMagnitude, const QString &currency)
{
    switch (output) {
    case RiskOutput::Npv:
        return largestMagnitude >= 1e9 ? AxisScale{1e-9, RiskUiTr::tr("NPV, %1 bn").arg(currency)}
                                       : AxisScale{1e-6, RiskUiTr::tr("NPV, %1 m").arg(currency)};
    case RiskOutput::Irr:
        return {100.0, RiskUiTr::tr("IRR, %")};
    case RiskOutput::LevelisedPerGpuHour:
        return {1.0, RiskUiTr::tr("Levelised cost, %1/GPU-h").arg(currency)};
    case RiskOutput::Pue:
        return {1.0, RiskUiTr::tr("Annual PUE (ratio)")};
    case RiskOutput::Ref:
        return {100.0, RiskUiTr::tr("Annual REF, %")};
    }
    return {};
}

QString inputNumber(double v, const QString &unit, const QLocale &locale)
{
    if (isShare(unit))
        return locale.toString(v * 100, 'f', 1);
    const int decimals = std::abs(v) >= 100 ? 0 : std::abs(v) >= 10 ? 1 : 2;
    return locale.toString(v, 'f', decimals);
}

QString inputUnit(const QString &unit)
{
    return isShare(unit) ? QStringLiteral("%") : unit;
}

QString inputValue(double v, const QString &unit, const QLocale &locale)
{
    return QStringLiteral("%1 %2").arg(inputNumber(v, unit, locale), inputUnit(unit));
}

} // namespace fjord::ui::riskformat
