#pragma once

#include <QStyledItemDelegate>

namespace fjord::ui {

// Paints a utilisation cell as a bar filled to its ratio (capped at the cell width) in the
// colour the model gives (PowerTreeModel::BarColourRole), with the percentage on top.
class UtilisationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace fjord::ui
