#pragma once

#include <QChartView>
#include <QImage>
#include <QString>

class QAbstractAxis;

namespace fjord::ui {

// Base of every chart of the application: a QChartView with the shared fonts, a legend at the
// bottom, a context menu "Export PNG…/Export SVG…" and functions that render the chart to an image
// or an SVG file (for tests and the report). Subclasses are handed data and draw it; they compute nothing.
class ChartView : public QChartView {
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    // A line in the middle of the plot while the chart has nothing to show ("No runs yet: …"), so
    // that an empty chart says why and what fills it; empty: none.
    void setEmptyMessage(const QString &message);
    QString emptyMessage() const { return m_emptyMessage; }

    // Renders the chart at `size` (its current size when empty, 900×500 if never shown).
    QImage renderImage(QSize size = {});
    bool savePng(const QString &path, QString *error = nullptr, QSize size = {});
    bool saveSvg(const QString &path, QString *error = nullptr, QSize size = {});
    // Draws the chart, laid out at `layoutSize`, into `target` of any painter (vectors in a PDF).
    void renderTo(QPainter *painter, const QRectF &target, QSize layoutSize);

    // Asks for a file name and exports; shows a message box on failure.
    void exportPngInteractive();
    void exportSvgInteractive();

    QSize sizeHint() const override { return {520, 320}; }

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    // Removes every series and axis (subclasses call this before drawing new data).
    void clearChart();
    // Styles an axis with the shared fonts and attaches it on `alignment`.
    void addAxis(QAbstractAxis *axis, Qt::Alignment alignment, const QString &title);

private:
    // Lays the chart out at `size` when the view is not on screen; returns the previous size.
    QSizeF layoutAt(QSize size);
    // Sets the chart's title, broken into lines that fit `widthPx`.
    void wrapTitle(qreal widthPx);

    QString m_title;
    QString m_emptyMessage;
};

} // namespace fjord::ui
