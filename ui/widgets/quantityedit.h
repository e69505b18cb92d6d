#pragma once

#include <QDoubleSpinBox>

namespace fjord::ui {

// A number editor that shows a quantity in a display unit ("MW", "kW", "%") while the program
// reads and writes SI values (W, fractions). `scale` is SI units per display unit (MW: 1e6,
// %: 0.01). The range is given in display units and enforced while typing. siValueEdited() is
// emitted once per committed edit (Enter or focus out) that changed the value, never while typing
// and never for setSiValue().
class QuantityEdit : public QDoubleSpinBox {
    Q_OBJECT
public:
    QuantityEdit(const QString &unit, double scale, int decimals, QWidget *parent = nullptr);

    void setSiValue(double si);
    double siValue() const;
    void setDisplayRange(double minimum, double maximum);

signals:
    void siValueEdited(double si);

private:
    void commit();

    double m_scale;
    double m_lastCommitted = 0.0; // display units
};

} // namespace fjord::ui
