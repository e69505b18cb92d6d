#include "ui/floorplan/hallitem.h"

#include "ui/floorplan/outlinerects.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace fjord::ui {

namespace {
constexpr double TitleBandM = 4.0; // room above the hall for its title, m (drawn only where it fits)
} // namespace

HallItem::HallItem(Id id, QGraphicsItem *parent) : QGraphicsItem(parent), m_id(id)
{
    setZValue(0);
    // Saying that the rows and racks lie in the hall's shape lets Qt skip a hall's 2,000 racks when
    // the hall is off screen (without it every frame visited every rack of the campus), and keeps
    // them out of the scene's index, so moving them is cheap. The shape holds them (see shape()).
    setFlag(ItemContainsChildrenInShape);
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

QRectF HallItem::planRect() const
{
    return m_rect.adjusted(-0.5, -TitleBandM, 0.5, 0.5);
}

void HallItem::setChildrenExtent(const QRectF &localRect)
{
    if (localRect == m_children)
        return;
    prepareGeometryChange();
    m_children = localRect;
}

QRectF HallItem::boundingRect() const
{
    return m_children.isEmpty() ? planRect() : planRect().united(m_children);
}

QPainterPath HallItem::shape() const
{
    QPainterPath path;
    path.addRect(m_children.isEmpty() ? m_rect : m_rect.united(m_children));
    return path;
}

void HallItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (m_later)
        painter->setOpacity(0.35);
    painter->setBrush(m_floor);
    QPen wall(m_problem == 2   ? QColor(0xe0, 0x10, 0x10)
              : m_problem == 1 ? QColor(0xf0, 0xa0, 0x00)
                               : (m_marked ? QColor(0xff, 0x9f, 0x1a) : QColor(0x2b, 0x33, 0x3d)));
    wall.setCosmetic(true);
    wall.setWidthF(m_marked || m_problem == 2 ? 3.0 : 2.0);
    wall.setJoinStyle(Qt::MiterJoin);
    if (m_later)
        wall.setStyle(Qt::DashLine);
    if (outlinesAsBands(painter, wall.widthF(), wall.style())) {
        // The floor (fillRect: a filled drawRect goes through Qt's rasteriser, outlinerects.cpp),
        // then the walls as filled bands (outlinerects.h): a pen wider than a pixel goes through
        // Qt's general stroker, dear for a hall many screens wide when zoomed in (a seventh of the
        // labels frame in bench_floorplan). Bands have square corners, as the mitred pen.
        painter->fillRect(m_rect, m_floor);
        drawOutlineRects(painter, &m_rect, 1, wall.color(), wall.widthF(), wall.style());
    } else {
        painter->setPen(wall);
        painter->drawRect(m_rect);
    }

    // Title in screen pixels in the band above the hall's top edge (inside the bounding rect, so
    // that it is repainted with the hall): the name, then the figures on a second line if they fit.
    const double widthPx = m_rect.width() * lod;
    const double bandPx = TitleBandM * lod;
    if (widthPx < 36 || bandPx < 12)
        return;
    // zoomed into the floor, the title is off screen: skip laying out its text on every frame
    const QRectF band(m_rect.left(), m_rect.top() - TitleBandM, m_rect.width(), TitleBandM);
    if (!painter->worldTransform().mapRect(band).intersects(QRectF(painter->viewport())))
        return;
    painter->save();
    painter->scale(1 / lod, 1 / lod);
    QFont font = painter->font();
    font.setPixelSize(int(std::clamp(std::min(widthPx / 14, bandPx / 2.6), 9.0, 16.0)));
    font.setBold(true);
    QFont detailFont = font;
    detailFont.setBold(false);
    detailFont.setPixelSize(std::max(9, font.pixelSize() - 2));
    const QFontMetricsF fm(font), dm(detailFont);
    const double left = m_rect.left() * lod, bottom = m_rect.top() * lod - 3;
    const bool twoLines = !m_detail.isEmpty() && fm.height() + dm.height() <= bandPx - 3;
    painter->setPen(QColor(0x1d, 0x24, 0x2c));
    if (twoLines) {
        painter->setFont(detailFont);
        painter->drawText(QRectF(left, bottom - dm.height(), widthPx, dm.height()),
                          Qt::AlignLeft | Qt::AlignBottom, dm.elidedText(m_detail, Qt::ElideRight, widthPx));
    }
    painter->setFont(font);
    const double nameBottom = twoLines ? bottom - dm.height() : bottom;
    painter->drawText(QRectF(left, nameBottom - fm.height(), widthPx, fm.height()),
                      Qt::AlignLeft | Qt::AlignBottom, fm.elidedText(m_name, Qt::ElideRight, widthPx));
    painter->restore();
}

} // namespace fjord::ui
