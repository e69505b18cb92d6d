#include "ui/widgets/quantityedit.h"

#include <QSignalBlocker>

#include <limits>

namespace fjord::ui {

QuantityEdit::QuantityEdit(const QString &unit, double scale, int decimals, QWidget *parent)
    : QDoubleSpinBox(parent), m_scale(scale)
{
    setDecimals(decimals);
    setKeyboardTracking(false);
    setAccelerated(true);
    setGroupSeparatorShown(true);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setRange(0.0, std::numeric_limits<double>::max() / scale);
    if (!unit.isEmpty())
        setSuffix(QLatin1Char(' ') + unit);
    connect(this, &QAbstractSpinBox::editingFinished, this, &QuantityEdit::commit);
}

void QuantityEdit::setSiValue(double si)
{
    const QSignalBlocker blocker(this);
    setValue(si / m_scale);
    m_lastCommitted = value();
}

double QuantityEdit::siValue() const
{
    return value() * m_scale;
}

void QuantityEdit::setDisplayRange(double minimum, double maximum)
{
    const QSignalBlocker blocker(this);
    setRange(minimum, maximum);
}

void QuantityEdit::commit()
{
    if (value() == m_lastCommitted)
        return;
    m_lastCommitted = value();
    emit siValueEdited(siValue());
}

} // namespace fjord::ui
