#include "ui/charts/chartview.h"

#include "ui/charts/chartpalette.h"
#include "ui/settings/theme.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QSvgGenerator>

namespace fjord::ui {

ChartView::ChartView(QWidget *parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    // The chart's own theme follows the window's (Edit > Preferences > Theme); set before the fonts,
    // which a theme resets.
    chart()->setTheme(paletteIsDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setTitleFont(ChartPalette::titleFont());
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->legend()->setFont(ChartPalette::labelFont());
    chart()->legend()->setShowToolTips(true); // a legend entry Qt shortens shows whole on hover
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
    // Axis numbers in the user's locale (decimal comma in Norwegian), like every other number shown;
    // without digit grouping, which would split the years of a time axis ("2 027").
    QLocale axisLocale;
    axisLocale.setNumberOptions(axisLocale.numberOptions() | QLocale::OmitGroupSeparator);
    chart()->setLocalizeNumbers(true);
    chart()->setLocale(axisLocale);
    setMinimumSize(320, 220);
}

void ChartView::setTitle(const QString &title)
{
    m_title = title;
    wrapTitle(chart()->size().width() > 0 ? chart()->size().width() : sizeHint().width());
}

QString ChartView::title() const
{
    return m_title;
}

void ChartView::setEmptyMessage(const QString &message)
{
    if (message == m_emptyMessage)
        return;
    m_emptyMessage = message;
    viewport()->update();
}

void ChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_emptyMessage.isEmpty())
        return;
    // In scene coordinates (the chart fills the scene): centred in the plot, wrapped to its width.
    const QRectF plot = chart()->plotArea().adjusted(12, 12, -12, -12);
    painter->save();
    painter->setFont(ChartPalette::labelFont());
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, m_emptyMessage);
    painter->restore();
}

void ChartView::wrapTitle(qreal widthPx)
{
    // Qt Charts cuts a title that is wider than the chart ("Monthly energy by source against…"):
    // break it between words onto as many lines as it needs instead.
    const QFontMetricsF metrics(chart()->titleFont());
    const qreal available = widthPx - 24;
    if (metrics.horizontalAdvance(m_title) <= available || !m_title.contains(u' ')) {
        chart()->setTitle(m_title);
        return;
    }
    QStringList lines;
    QString line;
    for (const QString &word : m_title.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > available) {
            lines << line.toHtmlEscaped();
            line = word;
        } else {
            line = candidate;
        }
    }
    lines << line.toHtmlEscaped();
    chart()->setTitle(lines.join(QStringLiteral("<br>")));
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    wrapTitle(event->size().width());
    QChartView::resizeEvent(event);
}

void ChartView::clearChart()
{
    chart()->removeAllSeries();
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }
}

void ChartView::addAxis(QAbstractAxis *axis, Qt::Alignment alignment, const QString &title)
{
    axis->setTitleText(title);
    QFont f = ChartPalette::labelFont();
    axis->setLabelsFont(f);
    f.setBold(true);
    axis->setTitleFont(f);
    chart()->addAxis(axis, alignment);
}

QSizeF ChartView::layoutAt(QSize size)
{
    const QSizeF old = chart()->size();
    if (size.isEmpty())
        size = isVisible() ? viewport()->size() : QSize(900, 500);
    wrapTitle(size.width());
    chart()->resize(size);
    chart()->layout()->activate();
    scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    return old;
}

QImage ChartView::renderImage(QSize size)
{
    const QSizeF old = layoutAt(size);
    const QSize actual = chart()->size().toSize();
    QImage image(actual, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(actual)),
                        QRectF(QPointF(0, 0), QSizeF(actual)));
    }
    if (isVisible())
        layoutAt(old.toSize());
    return image;
}

void ChartView::renderTo(QPainter *painter, const QRectF &target, QSize layoutSize)
{
    const QSizeF old = layoutAt(layoutSize);
    scene()->render(painter, target, QRectF(QPointF(0, 0), chart()->size()), Qt::KeepAspectRatio);
    if (isVisible())
        layoutAt(old.toSize());
}

bool ChartView::savePng(const QString &path, QString *error, QSize size)
{
    const QImage image = renderImage(size);
    if (image.isNull() || !image.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write the PNG file %1.").arg(path);
        return false;
    }
    return true;
}

bool ChartView::saveSvg(const QString &path, QString *error, QSize size)
{
    const QSizeF old = layoutAt(size);
    const QSize actual = chart()->size().toSize();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(actual);
    generator.setViewBox(QRect(QPoint(0, 0), actual));
    generator.setTitle(title());
    generator.setDescription(tr("Chart exported by Fjordplan"));
    bool ok = false;
    {
        QPainter painter;
        ok = painter.begin(&generator);
        if (ok) {
            painter.setRenderHint(QPainter::Antialiasing);
            scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(actual)),
                            QRectF(QPointF(0, 0), QSizeF(actual)));
            ok = painter.end();
        }
    }
    if (isVisible())
        layoutAt(old.toSize());
    if (!ok && error)
        *error = tr("Cannot write the SVG file %1.").arg(path);
    return ok;
}

static QString suggestedName(const QString &title, const QString &suffix)
{
    QString base = title;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    return (base.isEmpty() ? QStringLiteral("chart") : base.toLower()) + suffix;
}

void ChartView::exportPngInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"),
                                                      suggestedName(title(), QStringLiteral(".png")),
                                                      tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !savePng(path, &error))
        QMessageBox::warning(this, tr("Export PNG"), error);
}

void ChartView::exportSvgInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as SVG"),
                                                      suggestedName(title(), QStringLiteral(".svg")),
                                                      tr("SVG images (*.svg)"));
    QString error;
    if (!path.isEmpty() && !saveSvg(path, &error))
        QMessageBox::warning(this, tr("Export SVG"), error);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export PNG…"), this, &ChartView::exportPngInteractive);
    menu.addAction(tr("Export SVG…"), this, &ChartView::exportSvgInteractive);
    menu.exec(event->globalPos());
}

} // namespace fjord::ui
