#pragma once

#include <QPixmap>
#include <QRectF>
#include <QWidget>

class QTimer;

namespace fjord::ui {

class FloorPlanScene;
class FloorPlanView;

// A minimap of the whole campus with the main view's visible area; click or drag to move the
// view there. The campus picture is rendered at the first paint and again once changes settle
// (cached), not per paint.
class OverviewWidget : public QWidget {
    Q_OBJECT
public:
    OverviewWidget(FloorPlanScene *scene, FloorPlanView *view, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {240, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void renderCache();
    QRectF widgetRectFor(const QRectF &siteRect) const;
    QPointF siteAt(const QPointF &widgetPos) const;

    FloorPlanScene *m_scene;
    FloorPlanView *m_view;
    QTimer *m_refresh;
    QPixmap m_cache;
    QPixmap m_dimmed;    // m_cache dimmed: the map outside the view's frame
    QRectF m_site;       // the site rectangle the cache shows
    bool m_stale = true; // the cache no longer shows the campus: drawn again at the next paint
};

} // namespace fjord::ui
