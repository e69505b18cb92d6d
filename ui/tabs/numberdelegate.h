#pragma once

#include <QStyledItemDelegate>

namespace fjord::ui {

// Shows numbers in table cells with the user's locale and a fixed number of decimals
// (1000000 -> "1,000,000"), instead of QVariant's "1e+06"; editing keeps the full value.
class NumberDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit NumberDelegate(int decimals, QObject *parent = nullptr)
        : QStyledItemDelegate(parent), m_decimals(decimals)
    {
    }
    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    int m_decimals;
};

} // namespace fjord::ui
