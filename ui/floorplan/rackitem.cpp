#include "ui/floorplan/rackitem.h"

#include "ui/floorplan/floorplanstyle.h"
#include "ui/floorplan/outlinerects.h"
#include "ui/floorplan/uprighttext.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace fjord::ui {

namespace {
constexpr double MarkerPx = 2.5; // screen size below which a rack is a plain filled rectangle
constexpr double LabelPx = 44.0; // rack width on screen from which its name is drawn
const QColor &Highlight = SelectionColour;
const QColor &ProblemRed = ErrorColour;
const QColor &WarningAmber = WarningColour;
} // namespace

RackItem::RackItem(Id id, QGraphicsItem *parent) : QGraphicsItem(parent), m_id(id)
{
    setZValue(2);
}

void RackItem::setSize(double widthM, double depthM)
{
    const QRectF r(-widthM / 2, -depthM / 2, widthM, depthM);
    if (r == m_rect)
        return;
    prepareGeometryChange();
    m_rect = r;
}

void RackItem::setAppearance(const QColor &fill, const QColor &outline, bool later, int problem)
{
    if (fill == m_fill && outline == m_outline && later == m_later && problem == m_problem)
        return;
    m_fill = fill;
    m_outline = outline;
    m_later = later;
    m_problem = problem;
    update();
}

void RackItem::setLabel(const QString &label)
{
    if (label == m_label)
        return;
    m_label = label;
    update();
}

void RackItem::setMarked(bool marked)
{
    if (marked == m_marked)
        return;
    m_marked = marked;
    update();
}

QRectF RackItem::boundingRect() const
{
    // a little margin for the cosmetic outline of selection and problems
    return m_rect.adjusted(-0.05, -0.05, 0.05, 0.05);
}

QPainterPath RackItem::shape() const
{
    QPainterPath p;
    p.addRect(m_rect);
    return p;
}

void RackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform()); // px per m
    const double sizePx = lod * std::min(m_rect.width(), m_rect.height());
    if (m_later)
        painter->setOpacity(0.22);
    QColor fill = m_marked ? Highlight : m_fill;
    if (sizePx < MarkerPx) {
        painter->fillRect(m_rect, m_problem == 2 && !m_marked ? ProblemRed : fill);
        return;
    }
    const QColor outline = m_problem == 2   ? ProblemRed
                           : m_problem == 1 ? WarningAmber
                                            : (m_marked ? Highlight.darker(160) : m_outline);
    const Qt::PenStyle style = m_later ? Qt::DashLine : Qt::SolidLine;
    // the body with fillRect: drawRect sends a filled QRectF through Qt's scanline rasteriser
    // (outlinerects.cpp); then the outline over it, as drawRect with a pen would draw it
    painter->fillRect(m_rect, fill);
    if (m_problem || m_marked) {
        // the wide mark without Qt's general stroker (outlinerects.h)
        drawOutlineRects(painter, &m_rect, 1, outline, 2.0, style);
    } else {
        QPen pen(outline, 1.0, style);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_rect);
    }
    // front marker: a light band along the front (+y) edge, the cold-aisle side
    const double band = std::min(m_rect.height() * 0.12, 0.12);
    painter->fillRect(QRectF(m_rect.left(), m_rect.bottom() - band, m_rect.width(), band),
                      QColor(255, 255, 255, 170));
    if (lod * m_rect.width() >= LabelPx && !m_label.isEmpty()) {
        // text is drawn in screen pixels so that it stays crisp at every zoom
        painter->save();
        // upright: a rack turned past 90° (with its hall) has its name turned back, about its centre
        painter->rotate(uprightTurnDeg(painter->worldTransform()));
        painter->scale(1 / lod, 1 / lod);
        const QRectF r(m_rect.left() * lod, m_rect.top() * lod, m_rect.width() * lod, m_rect.height() * lod);
        QFont font = painter->font();
        font.setPixelSize(std::clamp(int(r.width() / 6.5), 8, 14));
        painter->setFont(font);
        painter->setPen(fill.lightnessF() > 0.55 ? Qt::black : Qt::white);
        // centred in the rack, wrapped anywhere to its width
        const QRectF box = r.adjusted(2, 2, -2, -2);
        if (m_labelText.text() != m_label || m_labelText.textWidth() != box.width() ||
            m_labelPx != font.pixelSize()) {
            QTextOption layout(Qt::AlignHCenter);
            layout.setWrapMode(QTextOption::WrapAnywhere);
            m_labelText.setTextFormat(Qt::PlainText);
            m_labelText.setTextOption(layout);
            m_labelText.setTextWidth(box.width());
            m_labelText.setText(m_label);
            m_labelText.prepare(painter->transform(), font); // so that size() is this font's
            m_labelPx = font.pixelSize();
        }
        painter->drawStaticText(QPointF(box.left(), box.center().y() - m_labelText.size().height() / 2),
                                m_labelText);
        painter->restore();
    }
}

} // namespace fjord::ui
