#include "ui/widgets/quantityedit.h"

#include <QSignalBlocker>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fjord::ui {

namespace {

// The spin box itself accepts far more than the range, so that a wrong number reaches commit()
// and is refused with a reason instead of being swallowed or snapped to a bound while typing.
constexpr double TypingFactor = 10.0;

} // namespace

QuantityEdit::QuantityEdit(const QString &unit, double scale, int decimals, QWidget *parent)
    : QDoubleSpinBox(parent), m_scale(scale), m_max(std::numeric_limits<double>::max() / scale / 100)
{
    setDecimals(decimals);
    setKeyboardTracking(false);
    setAccelerated(true);
    setGroupSeparatorShown(true);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setDisplayRange(0.0, m_max);
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
    m_min = minimum;
    m_max = maximum;
    const double span = std::max({std::abs(minimum), std::abs(maximum), 1.0});
    const double limit = std::numeric_limits<double>::max() / m_scale / 100;
    const double typing = span < limit / TypingFactor ? span * TypingFactor : limit;
    setRange(-typing, typing);
}

void QuantityEdit::stepBy(int steps)
{
    QDoubleSpinBox::stepBy(steps);
    if (value() < m_min || value() > m_max)
        setValue(std::clamp(value(), m_min, m_max));
}

QString QuantityEdit::shown(double display) const
{
    return textFromValue(display) + suffix();
}

void QuantityEdit::commit()
{
    if (value() == m_lastCommitted)
        return; // nothing typed (also for a value from a file that lies outside the range)
    if (value() < m_min || value() > m_max) {
        const QString reason =
            value() < m_min
                ? tr("%1 is below the lowest allowed value, %2").arg(shown(value()), shown(m_min))
                : tr("%1 is above the highest allowed value, %2").arg(shown(value()), shown(m_max));
        {
            const QSignalBlocker blocker(this);
            setValue(m_lastCommitted);
        }
        if (isVisible())
            QToolTip::showText(mapToGlobal(QPoint(0, height())), reason, this);
        emit refused(reason);
        return;
    }
    m_lastCommitted = value();
    emit siValueEdited(siValue());
}

} // namespace fjord::ui
