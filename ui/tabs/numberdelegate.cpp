#include "ui/tabs/numberdelegate.h"

#include <QDoubleSpinBox>

#include <limits>

namespace fjord::ui {

QString NumberDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.typeId() == QMetaType::Double)
        return locale.toString(value.toDouble(), 'f', m_decimals);
    return QStyledItemDelegate::displayText(value, locale);
}

QWidget *NumberDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *box = qobject_cast<QDoubleSpinBox *>(editor)) {
        // Negative values are typed through and refused with a message by the table's owner.
        box->setRange(-std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
        box->setDecimals(qMax(m_decimals, 3));
        box->setGroupSeparatorShown(false);
    }
    return editor;
}

} // namespace fjord::ui
