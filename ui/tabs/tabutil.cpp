#include "ui/tabs/tabutil.h"
#include "model/numbertext.h"
#include "ui/settings/displayunits.h"

#include "model/document/projectdocument.h"

#include <QDoubleSpinBox>
#include <QLocale>

#include <cmath>

namespace fjord::ui::tabutil {

const StageResult *currentStage(const ProjectDocument *document)
{
    const auto &stages = document->results().stages;
    if (stages.isEmpty())
        return nullptr;
    const int i = qBound(0, document->currentStageIndex(), int(stages.size()) - 1);
    return &stages[i];
}

QStringList monthNames()
{
    QStringList names;
    const QLocale locale;
    for (int m = 1; m <= 12; ++m)
        names.append(locale.monthName(m, QLocale::ShortFormat));
    return names;
}

QList<double> scaled(const QList<double> &values, double factor)
{
    QList<double> out;
    out.reserve(values.size());
    for (double v : values)
        out.append(v * factor);
    return out;
}

QList<double> slice(const QList<double> &values, int from, int count)
{
    if (from < 0 || from >= values.size())
        return {};
    return values.mid(from, count);
}

QList<double> sequence(int from, int count, double step, double offset)
{
    QList<double> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append((from + i) * step + offset);
    return out;
}

QDoubleSpinBox *quantitySpinBox(double min, double max, int decimals, const QString &unit, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    if (!unit.isEmpty())
        box->setSuffix(QLatin1Char(' ') + unit);
    box->setKeyboardTracking(false);
    box->setAccelerated(true);
    box->setSingleStep(decimals > 0 ? std::pow(10.0, -decimals + 1) : 1.0);
    return box;
}

QString number(double value, int decimals)
{
    return fixedText(value, decimals);
}

QString money(double value, const QString &currency)
{
    return fixedText(value, 0) + QLatin1Char(' ') + units::currencyLabel(currency);
}

} // namespace fjord::ui::tabutil
