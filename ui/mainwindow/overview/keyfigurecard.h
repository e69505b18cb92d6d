#pragma once

#include <QFrame>

class QLabel;

namespace fjord::ui {

// One key figure of the Overview dashboard: the value large, what it is (with its unit) below, as
// on the investor report's cover. A tooltip says how the figure is made.
class KeyFigureCard : public QFrame {
    Q_OBJECT
public:
    explicit KeyFigureCard(const QString &objectName, QWidget *parent = nullptr);

    void setFigure(const QString &value, const QString &caption, const QString &toolTip = {});
    // A figure that needs the planner's attention (design demand above the grid capacity, NPV < 0).
    void setAlarming(bool alarming);

    QString value() const;
    QString caption() const;

private:
    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace fjord::ui
