#include "ui/floorplan/floorplanexport.h"

#include "model/tr.h"
#include "ui/floorplan/abstracttool.h"
#include "ui/floorplan/floorplanscene.h"

#include <QFileInfo>
#include <QGraphicsItem>
#include <QLocale>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace fjord::ui {

namespace {

constexpr int TitlePx = 64;  // title block height
constexpr int FooterPx = 56; // scale bar, north arrow and legend

QRectF sourceRect(FloorPlanScene *scene, const PlanExport &o)
{
    if (!o.siteRect.isEmpty())
        return o.siteRect;
    const QRectF campus = scene->campusRect();
    if (campus.isEmpty())
        return QRectF(0, 0, 100, 60);
    const double m = std::max(campus.width(), campus.height()) * 0.03 + 3;
    return campus.adjusted(-m, -m - 3, m, m); // room for the hall titles above the halls
}

void paintScaleBar(QPainter *p, const QPointF &at, double ppm)
{
    double length = 0.1;
    static const double mult[] = {2.0, 2.5, 2.0};
    for (int i = 0; length * mult[i % 3] * ppm <= 220; ++i)
        length *= mult[i % 3];
    const double px = length * ppm;
    for (int k = 0; k < 4; ++k)
        p->fillRect(QRectF(at.x() + px / 4 * k, at.y(), px / 4, 6),
                    k % 2 ? QColor(0xff, 0xff, 0xff) : QColor(0x2b, 0x33, 0x3d));
    p->setPen(QColor(0x2b, 0x33, 0x3d));
    p->setBrush(Qt::NoBrush);
    p->drawRect(QRectF(at.x(), at.y(), px, 6));
    QFont f = p->font();
    f.setPixelSize(12);
    p->setFont(f);
    p->drawText(QPointF(at.x(), at.y() - 4), QStringLiteral("0"));
    const QString label =
        length >= 1000 ? QStringLiteral("%1 km").arg(length / 1000) : QStringLiteral("%1 m").arg(length);
    p->drawText(QRectF(at.x() + px - 80, at.y() - 18, 80, 14), Qt::AlignRight, label);
}

void paintNorthArrow(QPainter *p, const QPointF &c)
{
    QPolygonF arrow;
    arrow << QPointF(c.x(), c.y() - 18) << QPointF(c.x() + 8, c.y() + 10) << QPointF(c.x(), c.y() + 4)
          << QPointF(c.x() - 8, c.y() + 10);
    p->setPen(QColor(0x2b, 0x33, 0x3d));
    p->setBrush(QColor(0x2b, 0x33, 0x3d));
    p->drawPolygon(arrow);
    QFont f = p->font();
    f.setPixelSize(12);
    f.setBold(true);
    p->setFont(f);
    p->drawText(QRectF(c.x() - 10, c.y() + 10, 20, 16), Qt::AlignCenter, QStringLiteral("N"));
}

void paintLegend(QPainter *p, const QRectF &area, const FloorPlanStyle &style)
{
    QList<std::pair<QColor, QString>> entries;
    switch (style.mode) {
    case ColourMode::RackType:
        return;
    case ColourMode::PowerDensity:
        // a caption (no colour) names each scale: racks by kW, hall floors by kW/m²
        entries.append({QColor(), FloorPlanTr::tr("Rack:")});
        for (double kw : {20.0, 50.0, 80.0, 110.0, 140.0})
            entries.append({heatColour(kw, RackKwLow, RackKwHigh), QStringLiteral("%1 kW").arg(kw)});
        entries.append({QColor(), FloorPlanTr::tr("Hall floor:")});
        for (double kwPerM2 : {5.0, 15.0, 25.0, 35.0})
            entries.append({style.hallFill(kwPerM2 * 1000), QStringLiteral("%1 kW/m²").arg(kwPerM2)});
        break;
    case ColourMode::Cooling: {
        FloorPlanStyle s;
        s.mode = ColourMode::Cooling;
        entries.append({QColor(0x1f, 0x6f, 0xc8), FloorPlanTr::tr("liquid")});
        entries.append({QColor(0xe0, 0x8a, 0x2c), FloorPlanTr::tr("air")});
        break;
    }
    case ColourMode::PhaseFeed:
        entries = {{QColor(0x8b, 0x4a, 0x1c), QStringLiteral("L1")},
                   {QColor(0x20, 0x20, 0x20), QStringLiteral("L2")},
                   {QColor(0x90, 0x90, 0x90), QStringLiteral("L3")},
                   {QColor(0x3b, 0x6e, 0xa8), FloorPlanTr::tr("3-phase")},
                   {QColor(0xd0, 0x20, 0x20), FloorPlanTr::tr("A only")},
                   {QColor(0x20, 0x40, 0xd0), FloorPlanTr::tr("B only")},
                   {QColor(0x1a, 0x9a, 0x3a), QStringLiteral("A + B")}};
        break;
    case ColourMode::Tenant:
        entries = style.tenantLegend;
        break;
    case ColourMode::LayoutDiff:
        entries = style.diffLegend;
        break;
    }
    QFont f = p->font();
    f.setPixelSize(12);
    f.setBold(false);
    p->setFont(f);
    double x = area.right();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const bool caption = !it->first.isValid();
        const double w = QFontMetricsF(f).horizontalAdvance(it->second) + (caption ? 8 : 30);
        x -= w;
        p->setPen(QColor(0x2b, 0x33, 0x3d));
        if (caption) {
            p->drawText(QPointF(x, area.center().y() + 5), it->second);
            continue;
        }
        p->fillRect(QRectF(x, area.center().y() - 6, 14, 12), Qt::white);
        p->fillRect(QRectF(x, area.center().y() - 6, 14, 12), it->first);
        p->drawText(QPointF(x + 18, area.center().y() + 5), it->second);
    }
}

} // namespace

QSize planSize(FloorPlanScene *scene, const PlanExport &o)
{
    const QRectF src = sourceRect(scene, o);
    const int planH = int(std::ceil(o.widthPx * src.height() / src.width()));
    return QSize(o.widthPx, TitlePx + planH + FooterPx);
}

void paintPlan(QPainter *p, FloorPlanScene *scene, const PlanExport &o)
{
    const QRectF src = sourceRect(scene, o);
    const QSize size = planSize(scene, o);
    const double ppm = o.widthPx / src.width();
    p->fillRect(QRectF(QPointF(), size), Qt::white);
    // title block
    p->setPen(QColor(0x1d, 0x24, 0x2c));
    QFont f = p->font();
    f.setPixelSize(22);
    f.setBold(true);
    p->setFont(f);
    p->drawText(QRectF(16, 8, size.width() - 32, 28), Qt::AlignLeft | Qt::AlignVCenter, o.title);
    f.setPixelSize(13);
    f.setBold(false);
    p->setFont(f);
    p->drawText(QRectF(16, 36, size.width() - 32, 20), Qt::AlignLeft | Qt::AlignVCenter, o.subtitle);
    p->drawText(QRectF(16, 36, size.width() - 32, 20), Qt::AlignRight | Qt::AlignVCenter,
                FloorPlanTr::tr("%1 × %2 m · north up")
                    .arg(QLocale().toString(src.width(), 'f', 0))
                    .arg(QLocale().toString(src.height(), 'f', 0)));
    // the plan: scene render keeps the items' level of detail for this scale
    const QRectF target(0, TitlePx, size.width(), size.height() - TitlePx - FooterPx);
    p->save();
    p->setClipRect(target);
    p->fillRect(target, QColor(0xe9, 0xec, 0xef));
    // the tools' transient items (rubber band, placement ghost) are not part of the plan
    QList<QGraphicsItem *> transient;
    for (QGraphicsItem *item : scene->items())
        if (item->zValue() >= TransientItemZ && item->isVisible()) {
            item->hide();
            transient.append(item);
        }
    scene->render(p, target, src, Qt::KeepAspectRatio);
    for (QGraphicsItem *item : std::as_const(transient))
        item->show();
    p->restore();
    p->setPen(QColor(0x9a, 0xa3, 0xad));
    p->setBrush(Qt::NoBrush);
    p->drawRect(target);
    // footer
    const double footY = size.height() - FooterPx;
    paintScaleBar(p, QPointF(24, footY + 32), ppm);
    paintNorthArrow(p, QPointF(300, footY + 24));
    paintLegend(p, QRectF(340, footY + 8, size.width() - 356, 40), scene->style());
}

QImage renderPlan(FloorPlanScene *scene, const PlanExport &o)
{
    QImage image(planSize(scene, o), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintPlan(&p, scene, o);
    return image;
}

QString exportPlanPng(FloorPlanScene *scene, const PlanExport &o, const QString &path)
{
    const QImage image = renderPlan(scene, o);
    if (image.isNull())
        return FloorPlanTr::tr("%1: the drawing is too large to render").arg(path);
    if (!image.save(path, "PNG"))
        return FloorPlanTr::tr("%1: cannot write the PNG file").arg(path);
    return {};
}

QString exportPlanSvg(FloorPlanScene *scene, const PlanExport &o, const QString &path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(planSize(scene, o));
    svg.setViewBox(QRect(QPoint(), planSize(scene, o)));
    svg.setTitle(o.title);
    svg.setDescription(o.subtitle);
    QPainter p;
    if (!p.begin(&svg))
        return FloorPlanTr::tr("%1: cannot write the SVG file").arg(path);
    paintPlan(&p, scene, o);
    p.end();
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return FloorPlanTr::tr("%1: cannot write the SVG file").arg(path);
    return {};
}

} // namespace fjord::ui
