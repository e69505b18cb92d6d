#include "ui/widgets/reflowgrid.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>

namespace fjord::ui {

ReflowGrid::ReflowGrid(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    // The layout must not impose the two-column minimum on the widget: the resize decides the columns.
    m_grid->setSizeConstraint(QLayout::SetNoConstraint);
}

void ReflowGrid::addItem(QWidget *widget, int minHeightPx, bool wide)
{
    widget->setParent(this);
    m_items.append({widget, minHeightPx, wide});
    relayout(m_columns);
}

int ReflowGrid::columnsFor(int widthPx) const
{
    // Two columns when every half-width item gets its minimum width side by side.
    int widest = 0;
    for (const Item &item : m_items)
        if (!item.wide)
            widest = std::max({widest, item.widget->minimumWidth(), item.widget->minimumSizeHint().width()});
    const QMargins m = m_grid->contentsMargins();
    const int twoColumnsPx = 2 * widest + m_grid->horizontalSpacing() + m.left() + m.right();
    return widthPx >= twoColumnsPx ? 2 : 1;
}

QSize ReflowGrid::minimumSizeHint() const
{
    // As narrow as one column, as tall as the rows relayout() set for the current arrangement (a scroll
    // area around the grid then scrolls vertically, never sideways).
    int width = 0, height = 0, rows = 0;
    for (const Item &item : m_items)
        width = std::max({width, item.widget->minimumWidth(), item.widget->minimumSizeHint().width()});
    for (int r = 0; r < m_grid->rowCount(); ++r)
        if (const int h = m_grid->rowMinimumHeight(r); h > 0) {
            height += h;
            ++rows;
        }
    height += std::max(0, rows - 1) * m_grid->verticalSpacing();
    const QMargins m = m_grid->contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void ReflowGrid::resizeEvent(QResizeEvent *event)
{
    const int columns = columnsFor(event->size().width());
    if (columns != m_columns)
        relayout(columns);
    QWidget::resizeEvent(event);
}

void ReflowGrid::relayout(int columns)
{
    for (const Item &item : m_items)
        m_grid->removeWidget(item.widget);
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowMinimumHeight(r, 0);
    int row = 0, column = 0;
    for (const Item &item : m_items) {
        if (item.wide || columns == 1) {
            if (column != 0)
                ++row;
            m_grid->addWidget(item.widget, row, 0, 1, columns);
            m_grid->setRowMinimumHeight(row, item.minHeightPx);
            ++row;
            column = 0;
            continue;
        }
        m_grid->addWidget(item.widget, row, column);
        m_grid->setRowMinimumHeight(row, std::max(m_grid->rowMinimumHeight(row), item.minHeightPx));
        if (++column == columns) {
            column = 0;
            ++row;
        }
    }
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    m_columns = columns;
    updateGeometry(); // the scroll area asks for the new minimum height
}

} // namespace fjord::ui
