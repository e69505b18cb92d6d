#include "ui/floorplan/inspectorfields.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLocale>

#include <cmath>

namespace fjord::ui {

namespace {
QString mixedText()
{
    return QCoreApplication::translate("fjord::ui::LayoutInspector", "(mixed)");
}
} // namespace

QDoubleSpinBox *quantitySpin(double lo, double hi, int decimals, const QString &suffix)
{
    auto *s = new QDoubleSpinBox;
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    s->setKeyboardTracking(false);
    s->setAccelerated(true);
    return s;
}

bool typedChange(const QDoubleSpinBox *box, double modelValue)
{
    const double step = std::pow(10.0, -box->decimals());
    return std::abs(box->value() - std::round(modelValue / step) * step) > step / 2;
}

void fillStageBox(QComboBox *box, const Scenario &scenario, Id current, bool mixed)
{
    box->clear();
    if (mixed)
        box->addItem(mixedText(), QVariant::fromValue<qint64>(-1));
    for (const Stage &st : scenario.stages)
        box->addItem(st.name, QVariant::fromValue<qint64>(st.id));
    box->setCurrentIndex(mixed ? 0 : std::max(0, box->findData(QVariant::fromValue<qint64>(current))));
}

void fillTypeBox(QComboBox *box, const Project &project, Id current, bool mixed)
{
    box->clear();
    if (mixed)
        box->addItem(mixedText(), QVariant::fromValue<qint64>(-1));
    for (const RackType &t : project.rackTypes)
        box->addItem(
            QStringLiteral("%1 (%2 kW)").arg(t.name).arg(QLocale().toString(t.designPowerW / 1000, 'f', 0)),
            QVariant::fromValue<qint64>(t.id));
    box->setCurrentIndex(mixed ? 0 : std::max(0, box->findData(QVariant::fromValue<qint64>(current))));
}

} // namespace fjord::ui
