#pragma once

#include <QDoubleSpinBox>

namespace fjord::ui {

// A number editor that shows a quantity in a display unit ("MW", "kW", "%") while the program
// reads and writes SI values (W, fractions). `scale` is SI units per display unit (MW: 1e6,
// %: 0.01). The range is given in display units (default: from 0). siValueEdited() is emitted
// once per committed edit (Enter or focus out) that changed the value, never while typing and
// never for setSiValue(). A value typed outside the range is refused, never clamped: the field
// returns to its last value, refused() says why and the reason shows as a tooltip at the field.
class QuantityEdit : public QDoubleSpinBox {
    Q_OBJECT
public:
    QuantityEdit(const QString &unit, double scale, int decimals, QWidget *parent = nullptr);

    void setSiValue(double si);
    double siValue() const;
    void setDisplayRange(double minimum, double maximum);
    double displayMinimum() const { return m_min; }
    double displayMaximum() const { return m_max; }

    void stepBy(int steps) override; // the arrows stay inside the range

signals:
    void siValueEdited(double si);
    void refused(const QString &reason);

private:
    void commit();
    QString shown(double display) const; // "−5.0 MW"

    double m_scale;
    double m_min = 0.0; // display units
    double m_max;
    double m_lastCommitted = 0.0; // display units
};

} // namespace fjord::ui
