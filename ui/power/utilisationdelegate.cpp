#include "ui/power/utilisationdelegate.h"

#include "ui/power/powertreemodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace fjord::ui {

void UtilisationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant ratio = index.data(PowerTreeModel::RatioRole);
    if (!ratio.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect cell = option.rect.adjusted(2, 3, -2, -3);
    const double filled = std::clamp(ratio.toDouble(), 0.0, 1.0);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(index.data(PowerTreeModel::BarColourRole).value<QColor>());
    painter->drawRect(QRect(cell.left(), cell.top(), int(cell.width() * filled), cell.height()));
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(cell, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace fjord::ui
