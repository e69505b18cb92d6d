#include "ui/widgets/inputtooltips.h"

#include <QAbstractSpinBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QSpinBox>
#include <QWidget>

namespace fjord::ui {

namespace {

// The unit a spin box shows after its number (" MW", " %"); prefixes ("Week ") are not units.
QString unitOf(const QAbstractSpinBox *box)
{
    if (auto *d = qobject_cast<const QDoubleSpinBox *>(box))
        return d->suffix().trimmed();
    if (auto *i = qobject_cast<const QSpinBox *>(box))
        return i->suffix().trimmed();
    return {};
}

bool layoutHolds(const QLayout *layout, const QWidget *w)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == w || (item->layout() && layoutHolds(item->layout(), w)))
            return true;
    }
    return false;
}

// The label of the QFormLayout row that holds `w` (directly, or in a row layout), searched through
// `layout` and the layouts nested in it; empty when there is none.
QString formLabelIn(QLayout *layout, const QWidget *w)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
            QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
            const bool here =
                field && (field->widget() == w || (field->layout() && layoutHolds(field->layout(), w)));
            if (auto *l = here && label ? qobject_cast<QLabel *>(label->widget()) : nullptr)
                return l->text();
        }
    }
    for (int i = 0; i < layout->count(); ++i)
        if (QLayout *inner = layout->itemAt(i)->layout())
            if (const QString text = formLabelIn(inner, w); !text.isEmpty())
                return text;
    return {};
}

// The text of the form label in front of `w`, without its accelerator and colon.
QString formLabelOf(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (!parent || !parent->layout())
        return {};
    QString text = formLabelIn(parent->layout(), w);
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

} // namespace

QString InputToolTips::toolTipFor(const QWidget *input)
{
    auto *box = qobject_cast<const QAbstractSpinBox *>(input);
    if (!box)
        return {};
    const QString own = box->toolTip();
    const QString unit = unitOf(box);
    const QString inUnit = unit.isEmpty() ? QString() : tr("in %1").arg(unit);
    if (!own.isEmpty())
        return unit.isEmpty() || own.contains(unit) ? own : own + QStringLiteral(" (") + inUnit + u')';
    const QString label = formLabelOf(box);
    if (label.isEmpty())
        return inUnit.isEmpty() ? QString() : tr("Value %1").arg(inUnit);
    return unit.isEmpty() ? label : tr("%1, %2").arg(label, inUnit);
}

bool InputToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // The pointer is over the spin box's line edit or its arrows: both mean the spin box.
        QWidget *w = qobject_cast<QWidget *>(watched);
        if (w && !qobject_cast<QAbstractSpinBox *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            w = w->parentWidget();
        if (auto *box = qobject_cast<QAbstractSpinBox *>(w)) {
            const QString text = toolTipFor(box);
            if (!text.isEmpty() && text != box->toolTip())
                box->setToolTip(text); // Qt then shows it for this event
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fjord::ui
