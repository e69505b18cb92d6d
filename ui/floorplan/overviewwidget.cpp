#include "ui/floorplan/overviewwidget.h"

#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/floorplanview.h"
#include "ui/floorplan/outlinerects.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

namespace fjord::ui {

namespace {
const QColor DimColour(0x40, 0x48, 0x50, 70);
}

OverviewWidget::OverviewWidget(FloorPlanScene *scene, FloorPlanView *view, QWidget *parent)
    : QWidget(parent), m_scene(scene), m_view(view), m_refresh(new QTimer(this))
{
    setMinimumSize(160, 100);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);
    // Changes settle first (a drag changes the plan many times a second), then the next paint
    // draws the campus again. The first paint always draws it: a map grabbed or shown before the
    // timer fired used to be an empty grey box.
    connect(m_refresh, &QTimer::timeout, this, [this] {
        m_stale = true;
        update();
    });
    connect(scene, &FloorPlanScene::itemsChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(view, &FloorPlanView::viewChanged, this, qOverload<>(&QWidget::update));
    setToolTip(tr("Overview: click to move the view"));
}

void OverviewWidget::renderCache()
{
    QRectF campus = m_scene->campusRect();
    if (campus.isEmpty())
        campus = QRectF(0, 0, 100, 60);
    const double m = std::max(campus.width(), campus.height()) * 0.05;
    m_site = campus.adjusted(-m, -m, m, m);
    m_cache = QPixmap(size() * devicePixelRatioF());
    m_cache.setDevicePixelRatio(devicePixelRatioF());
    m_cache.fill(QColor(0xe9, 0xec, 0xef));
    QPainter p(&m_cache);
    m_scene->render(&p, widgetRectFor(m_site), m_site, Qt::KeepAspectRatio);
    p.end();
    // the same map dimmed, drawn where the view does not look: two opaque copies per paint, no
    // translucent fill (Qt blends those taller than 96 rows on a thread pool, and the map is
    // painted again with every frame of the plan beneath it)
    m_dimmed = m_cache;
    QPainter d(&m_dimmed);
    d.fillRect(QRectF(rect()), DimColour);
    m_stale = false;
}

QRectF OverviewWidget::widgetRectFor(const QRectF &siteRect) const
{
    if (m_site.isEmpty())
        return {};
    const double scale = std::min(width() / m_site.width(), height() / m_site.height());
    const QPointF origin((width() - m_site.width() * scale) / 2, (height() - m_site.height() * scale) / 2);
    return QRectF(origin + (siteRect.topLeft() - m_site.topLeft()) * scale, siteRect.size() * scale);
}

QPointF OverviewWidget::siteAt(const QPointF &pos) const
{
    const double scale = std::min(width() / m_site.width(), height() / m_site.height());
    const QPointF origin((width() - m_site.width() * scale) / 2, (height() - m_site.height() * scale) / 2);
    return m_site.topLeft() + (pos - origin) / scale;
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    if (m_stale || m_cache.size() != size() * devicePixelRatioF())
        renderCache();
    QPainter p(this);
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF frame = widgetRectFor(visible).intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
    // what lies outside the view is dimmed, so that the map stays readable when the view shows it all
    p.drawPixmap(0, 0, m_dimmed);
    // the frame's pixels as QPainter::fillRect rounds them, so that a frame edge on half a pixel
    // lands where the dimming used to stop
    const QRect clear = devicePixels(frame);
    if (!clear.isEmpty()) {
        const double dpr = m_cache.devicePixelRatio();
        p.drawPixmap(QRectF(clear), m_cache,
                     QRectF(clear.x() * dpr, clear.y() * dpr, clear.width() * dpr, clear.height() * dpr));
    }
    QPen pen(QColor(0xd0, 0x20, 0x20));
    pen.setWidth(2);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    p.setPen(QColor(0x9a, 0xa3, 0xad));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    if (!m_site.isEmpty())
        m_view->centerOn(siteAt(event->position()));
    update();
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        mousePressEvent(event);
}

void OverviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_stale = true;
}

} // namespace fjord::ui
