#include "ui/floorplan/rowitem.h"

#include "ui/floorplan/floorplanstyle.h"
#include "ui/floorplan/hallitem.h"
#include "ui/floorplan/outlinerects.h"
#include "ui/floorplan/rectpieces.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>

#include <algorithm>

namespace fjord::ui {

namespace {
constexpr double AisleBandM = 0.5;    // drawn depth of the aisle tint on each side, m
constexpr double SlotOutlinePx = 3.0; // rack width on screen from which each rack is outlined
constexpr double LaterOpacity = 0.22; // same fade as a rack item of a later stage

// Rectangles of one colour, drawn in one call.
struct Batch {
    QColor colour;
    QVarLengthArray<QRectF, 64> rects;
};

Batch &batchFor(QList<Batch> &batches, const QColor &colour)
{
    for (Batch &b : batches)
        if (b.colour == colour)
            return b;
    batches.append({colour, {}});
    return batches.last();
}

// `tint` blended over the opaque `floor` exactly as the raster engine blends it (one pixel, painted).
QColor blendedOver(const QColor &tint, const QColor &floor)
{
    static QHash<std::pair<QRgb, QRgb>, QRgb> blended;
    const std::pair<QRgb, QRgb> key(tint.rgba(), floor.rgba());
    auto it = blended.find(key);
    if (it == blended.end()) {
        QImage pixel(1, 1, QImage::Format_ARGB32_Premultiplied);
        pixel.fill(floor);
        QPainter p(&pixel);
        p.fillRect(0, 0, 1, 1, tint);
        p.end();
        it = blended.insert(key, pixel.pixel(0, 0));
    }
    return QColor::fromRgba(*it);
}

void drawOutlines(QPainter *painter, const QList<Batch> &batches, double widthPx, Qt::PenStyle style)
{
    for (const Batch &b : batches)
        drawOutlineRects(painter, b.rects.constData(), int(b.rects.size()), b.colour, widthPx, style);
}
} // namespace

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
    if (name == m_name)
        return;
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

void RowItem::setRackSlots(QList<Slot> rackSlots)
{
    std::sort(rackSlots.begin(), rackSlots.end(),
              [](const Slot &a, const Slot &b) { return a.fromM < b.fromM; });
    if (rackSlots == m_slots)
        return;
    m_slots = std::move(rackSlots);
    // the far view: touching racks of one colour become one run
    m_runs.clear();
    for (const Slot &slot : std::as_const(m_slots)) {
        QColor c = slot.marked ? SelectionColour : slot.problem == 2 ? ErrorColour : slot.fill;
        if (slot.later)
            c.setAlphaF(float(LaterOpacity));
        if (!m_runs.isEmpty() && m_runs.last().colour == c && slot.fromM - m_runs.last().toM < 0.05)
            m_runs.last().toM = std::max(m_runs.last().toM, slot.toM);
        else
            m_runs.append({slot.fromM, slot.toM, c});
    }
    m_narrowestM = 0;
    for (const Slot &slot : std::as_const(m_slots))
        m_narrowestM =
            m_narrowestM > 0 ? std::min(m_narrowestM, slot.toM - slot.fromM) : slot.toM - slot.fromM;
    if (m_aggregated)
        update();
}

Id RowItem::rackAt(const QPointF &localPos) const
{
    if (!m_aggregated)
        return NoId;
    for (const Slot &slot : m_slots)
        if (slotRect(slot).contains(localPos))
            return slot.rackId;
    return NoId;
}

QRectF RowItem::slotRect(const Slot &slot) const
{
    return QRectF(slot.fromM, -slot.depthM / 2, slot.toM - slot.fromM, slot.depthM);
}

QRectF RowItem::boundingRect() const
{
    // aisle bands and the name left of the row
    return m_band.adjusted(-2.0, -AisleBandM - 0.1, 0.1, AisleBandM + 0.1);
}

QPainterPath RowItem::shape() const
{
    // the racks' band and the name left of it: a click on the name picks the row
    QPainterPath p;
    p.addRect(m_band.adjusted(m_band.isEmpty() ? 0.0 : -2.0, 0, 0, 0));
    return p;
}

void RowItem::paintRuns(QPainter *painter) const
{
    for (const Run &run : m_runs)
        painter->fillRect(QRectF(run.fromM, m_band.top(), run.toM - run.fromM, m_band.height()), run.colour);
}

void RowItem::paintSlots(QPainter *painter) const
{
    // The same picture as the rack items without their names, in a few batched calls: fills by
    // colour, the front band (the cold side), outlines by colour, then selection and problems.
    const double baseOpacity = painter->opacity();
    for (const bool later : {false, true}) {
        QList<Batch> fills, outlines, marks;
        QVarLengthArray<QRectF, 128> fronts;
        for (const Slot &slot : m_slots) {
            if (slot.later != later)
                continue;
            const QRectF r = slotRect(slot);
            batchFor(fills, slot.marked ? SelectionColour : slot.fill).rects.append(r);
            const double band = std::min(r.height() * 0.12, 0.12);
            fronts.append(slot.frontPlusY ? QRectF(r.left(), r.bottom() - band, r.width(), band)
                                          : QRectF(r.left(), r.top(), r.width(), band));
            if (slot.problem == 2)
                batchFor(marks, ErrorColour).rects.append(r);
            else if (slot.problem == 1)
                batchFor(marks, WarningColour).rects.append(r);
            else if (slot.marked)
                batchFor(marks, SelectionColour.darker(160)).rects.append(r);
            else
                batchFor(outlines, slot.outline).rects.append(r);
        }
        if (fronts.isEmpty())
            continue;
        painter->setOpacity(later ? LaterOpacity : baseOpacity);
        painter->setPen(Qt::NoPen);
        for (const Batch &b : std::as_const(fills)) {
            painter->setBrush(b.colour);
            painter->drawRects(b.rects.constData(), int(b.rects.size()));
        }
        painter->setBrush(QColor(255, 255, 255, 170));
        painter->drawRects(fronts.constData(), int(fronts.size()));
        const Qt::PenStyle style = later ? Qt::DashLine : Qt::SolidLine;
        drawOutlines(painter, outlines, 1.0, style);
        drawOutlines(painter, marks, 2.0, style);
    }
    painter->setOpacity(baseOpacity);
}

// A translucent aisle tint. Where it lies on its hall's opaque floor it is drawn in the colour it
// blends to there, opaque: the same pixels at a fraction of the cost (translucent fills were a fifth
// of a zoomed-in frame). Elsewhere (past a wall, within 2 px of one, a faded or tinted floor, a row
// turned off the hall's axes) it is blended as before.
void RowItem::paintTint(QPainter *painter, const QRectF &band, const QColor &tint, double lod) const
{
    const QGraphicsItem *parent = parentItem();
    const auto *hall =
        parent && parent->type() == HallItem::Type ? static_cast<const HallItem *>(parent) : nullptr;
    if (!hall || !hall->hasOpaqueFloor() || m_later || painter->opacity() < 1.0 ||
        std::fmod(rotation(), 90.0) != 0.0) {
        painter->fillRect(band, tint);
        return;
    }
    const double inset = 2.0 / lod; // the wall's pen reaches 1.5 px into the floor
    const QRectF floor = mapRectFromParent(hall->floorRect()).adjusted(inset, inset, -inset, -inset);
    const QRectF onFloor = band.intersected(floor);
    if (onFloor.isEmpty()) {
        painter->fillRect(band, tint);
        return;
    }
    painter->fillRect(onFloor, blendedOver(tint, hall->floorColour()));
    for (const QRectF &piece : withoutRect({band}, onFloor))
        painter->fillRect(piece, tint);
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
    paintTint(painter, m_hotBehind ? back : front, QColor(0xe8, 0x4a, 0x3a, 60), lod);
    paintTint(painter, m_hotBehind ? front : back, QColor(0x3a, 0x8a, 0xe8, 45), lod);
    if (m_aggregated && !m_slots.isEmpty()) {
        if (m_narrowestM * lod >= SlotOutlinePx)
            paintSlots(painter);
        else
            paintRuns(painter);
    }
    if (m_marked) {
        QPen pen(SelectionColour);
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
