#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

namespace fjord::ui {

// A grid of charts (and panels) in two columns on a wide pane and one on a narrow one, so that a chart
// is never squeezed below its minimum or cut off by a sideways scroll (the Cooling tab's charts on a
// 1366 px laptop). Items are added in reading order; a wide item spans both columns.
class ReflowGrid : public QWidget {
    Q_OBJECT
public:
    explicit ReflowGrid(QWidget *parent = nullptr);

    // minHeightPx: the item's row keeps at least this height (charts need room to be read).
    void addItem(QWidget *widget, int minHeightPx, bool wide = false);
    int columns() const { return m_columns; }

    QSize minimumSizeHint() const override; // one column's: the pane may shrink to it

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Item {
        QWidget *widget;
        int minHeightPx;
        bool wide;
    };
    int columnsFor(int widthPx) const;
    void relayout(int columns);

    QGridLayout *m_grid;
    QList<Item> m_items;
    int m_columns = 2;
};

} // namespace fjord::ui
