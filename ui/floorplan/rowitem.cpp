#include "ui/floorplan/rowitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace fjord::ui {

namespace {
constexpr double AisleBandM = 0.5; // drawn depth of the aisle tint on each side, m
}

RowItem::RowItem(Id id, QGraphicsItem *parent) : QGraphicsItem(parent), m_id(id)
{
    setZValue(1);
}

void RowItem::setExtent(double uFromM, double uToM, double depthM, bool hotAisleBehind)
{
    const QRectF band(uFromM, -depthM / 2, std::max(0.0, uToM - uFromM), depthM);
    if (band == m_band && hotAisleBehind == m_hotBehind)
        return;
    prepareGeometryChange();
    m_band = band;
    m_hotBehind = hotAisleBehind;
}

void RowItem::setName(const QString &name)
{
    m_name = name;
    update();
}

void RowItem::setMarked(bool marked)
{
    if (marked == m_marked)
        return;
    m_marked = marked;
    update();
}

void RowItem::setLater(bool later)
{
    if (later == m_later)
        return;
    m_later = later;
    update();
}

void RowItem::setAggregated(bool aggregated)
{
    if (aggregated == m_aggregated)
        return;
    m_aggregated = aggregated;
    update();
}

void RowItem::setRuns(QList<Run> runs)
{
    m_runs = std::move(runs);
    if (m_aggregated)
        update();
}

QRectF RowItem::boundingRect() const
{
    // aisle bands and the name left of the row
    return m_band.adjusted(-2.0, -AisleBandM - 0.1, 0.1, AisleBandM + 0.1);
}

QPainterPath RowItem::shape() const
{
    QPainterPath p;
    p.addRect(m_band);
    return p;
}

void RowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_band.isEmpty())
        return;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (m_later)
        painter->setOpacity(0.3);
    const QRectF back(m_band.left(), m_band.top() - AisleBandM, m_band.width(), AisleBandM);
    const QRectF front(m_band.left(), m_band.bottom(), m_band.width(), AisleBandM);
    painter->fillRect(m_hotBehind ? back : front, QColor(0xe8, 0x4a, 0x3a, 60));
    painter->fillRect(m_hotBehind ? front : back, QColor(0x3a, 0x8a, 0xe8, 45));
    if (m_aggregated) {
        for (const Run &run : m_runs)
            painter->fillRect(QRectF(run.fromM, m_band.top(), run.toM - run.fromM, m_band.height()), run.colour);
    }
    if (m_marked) {
        QPen pen(QColor(0xff, 0x9f, 0x1a));
        pen.setCosmetic(true);
        pen.setWidthF(2);
        pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_band.adjusted(-0.05, -0.05, 0.05, 0.05));
    }
    // the row's name left of its first rack, in screen pixels
    if (m_band.height() * lod >= 10 && !m_name.isEmpty()) {
        painter->save();
        painter->scale(1 / lod, 1 / lod);
        QFont font = painter->font();
        font.setPixelSize(int(std::clamp(m_band.height() * lod * 0.45, 8.0, 14.0)));
        painter->setFont(font);
        painter->setPen(QColor(0x44, 0x4c, 0x56));
        const QRectF r((m_band.left() - 2.0) * lod, m_band.top() * lod, 2.0 * lod - 3, m_band.height() * lod);
        painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, m_name);
        painter->restore();
    }
}

} // namespace fjord::ui
