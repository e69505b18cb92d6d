#pragma once

#include <QGraphicsView>
#include <QHash>
#include <QPixmap>
#include <QStaticText>

#include <utility>

namespace fjord::ui {

class FloorPlanScene;

// The view of the floor plan: smooth wheel zoom about the cursor, middle-button and keyboard pan,
// an adaptive metre grid, rulers along the top and left edges and a scale bar. Zoom is the
// number of screen pixels per metre.
class FloorPlanView : public QGraphicsView {
    Q_OBJECT
public:
    explicit FloorPlanView(FloorPlanScene *scene, QWidget *parent = nullptr);

    double pixelsPerMetre() const;
    void setPixelsPerMetre(double ppm);              // about the viewport centre
    void showSameAreaAs(const FloorPlanView *other); // same scale and centre (views kept in step)
    void zoomBy(double factor, const QPoint &anchorViewportPos);
    void zoomToFit(); // the whole campus
    void zoomToRect(const QRectF &siteRect);
    void panBy(double dxPx, double dyPx);
    bool showRulers() const { return m_rulers; }
    void setShowRulers(bool on);

    static constexpr double MinPpm = 0.05;        // a 20 km wide view on a 1000 px screen
    static constexpr double MaxPpm = 800.0;       // a rack fills the screen
    static constexpr double RackDetailPpm = 40.0; // below: racks drawn by their rows (a 0.6 m rack < 24 px)

signals:
    void viewChanged(); // zoom or pan (for the overview)
    void cursorMoved(const QPointF &sitePos);
    void pointerLeft(); // the pointer left the plan (ghosts go)

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    double gridStep(double minPx) const; // a 1-2-5 step at least minPx on screen
    static QVector<std::pair<double, double>> outside(double from, double to,
                                                      QVector<std::pair<double, double>> cut);
    void updateDetail();
    void drawRulers(QPainter *painter);
    void drawScaleBar(QPainter *painter);
    double scaleBarLengthM() const;
    QRect scaleBarRect() const;          // in viewport pixels, with its white backing
    QRegion viewportFixedRegion() const; // what stays put when the plan scrolls: rulers, scale bar
    // A ruler's upright label (turned -90°), rendered once per text: rotated text goes through
    // Qt's slow path renderer on every frame otherwise.
    const QPixmap &verticalRulerLabel(double metres, const QFont &font, const QColor &ink);

    bool m_panning = false;
    QHash<qint64, QPixmap> m_rulerLabels;    // the left ruler's labels by position (mm), drawn once
    QHash<qint64, QStaticText> m_rulerTexts; // the top ruler's labels by position (mm), laid out once
    QPoint m_panLast;
    bool m_rulers = true;
    bool m_keepFitted = false; // fitted to the campus and not zoomed or panned since
};

} // namespace fjord::ui
