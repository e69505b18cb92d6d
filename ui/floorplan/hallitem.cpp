#include "ui/floorplan/hallitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace fjord::ui {

HallItem::HallItem(Id id, QGraphicsItem *parent) : QGraphicsItem(parent), m_id(id)
{
    setZValue(0);
}

void HallItem::setSize(double widthM, double depthM)
{
    const QRectF r(0, 0, widthM, depthM);
    if (r == m_rect)
        return;
    prepareGeometryChange();
    m_rect = r;
}

void HallItem::setTitle(const QString &name, const QString &detail)
{
    m_name = name;
    m_detail = detail;
    update();
}

void HallItem::setAppearance(const QColor &floor, bool later, int problem)
{
    m_floor = floor;
    m_later = later;
    m_problem = problem;
    update();
}

void HallItem::setMarked(bool marked)
{
    if (marked == m_marked)
        return;
    m_marked = marked;
    update();
}

QRectF HallItem::boundingRect() const
{
    return m_rect.adjusted(-0.5, -0.5, 0.5, 0.5);
}

void HallItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (m_later)
        painter->setOpacity(0.35);
    painter->setBrush(m_floor);
    QPen wall(m_problem == 2 ? QColor(0xe0, 0x10, 0x10)
              : m_problem == 1 ? QColor(0xf0, 0xa0, 0x00)
                               : (m_marked ? QColor(0xff, 0x9f, 0x1a) : QColor(0x2b, 0x33, 0x3d)));
    wall.setCosmetic(true);
    wall.setWidthF(m_marked || m_problem == 2 ? 3.0 : 2.0);
    wall.setJoinStyle(Qt::MiterJoin);
    if (m_later)
        wall.setStyle(Qt::DashLine);
    painter->setPen(wall);
    painter->drawRect(m_rect);

    // Title in screen pixels, above the hall's top edge, when the hall is wide enough to carry it.
    const double widthPx = m_rect.width() * lod;
    if (widthPx < 36)
        return;
    painter->save();
    painter->scale(1 / lod, 1 / lod);
    QFont font = painter->font();
    font.setPixelSize(int(std::clamp(widthPx / 14, 9.0, 16.0)));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x1d, 0x24, 0x2c));
    const QFontMetricsF fm(font);
    const QRectF titleBox(m_rect.left() * lod, m_rect.top() * lod - fm.height() - 3, widthPx, fm.height());
    QString title = m_name;
    if (widthPx > 160 && !m_detail.isEmpty())
        title += QStringLiteral("  ·  ") + m_detail;
    painter->drawText(titleBox, Qt::AlignLeft | Qt::AlignBottom, fm.elidedText(title, Qt::ElideRight, widthPx));
    painter->restore();
}

} // namespace fjord::ui
