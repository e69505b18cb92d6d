#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace fjord::ui {

// Every number input tells, when hovered, what it is and in which unit: its own tooltip with the
// unit added where the tooltip does not name it, or, without a tooltip, its form label and unit
// ("Dry-cooler approach, in K"). Composed when the tooltip is asked for, so inputs made later (the
// inspector rebuilds its rows per selection) are covered too. Installed once on the application.
class InputToolTips : public QObject {
    Q_OBJECT
public:
    explicit InputToolTips(QObject *parent = nullptr) : QObject(parent) {}

    // What the input's tooltip reads (empty for a widget that is not a number input).
    static QString toolTipFor(const QWidget *input);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace fjord::ui
