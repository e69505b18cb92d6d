#include "ui/report/reportcanvas.h"

#include <QPagedPaintDevice>

namespace fjord::ui {

namespace {
constexpr double FooterPt = 28.0; // room kept at the bottom for the footer
constexpr double GapPt = 8.0;     // between blocks
constexpr double RowPt = 15.0;    // table row height
const QColor Ink(0x1d, 0x24, 0x2c);
const QColor Muted(0x5c, 0x66, 0x70);
const QColor Rule(0xc8, 0xce, 0xd4);
const QColor Band(0xee, 0xf1, 0xf4);
const QColor Accent(0x1f, 0x5f, 0x9f);
} // namespace

ReportCanvas::ReportCanvas(QPagedPaintDevice *device, QString footer)
    : m_device(device), m_footer(std::move(footer))
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(0, 0, 0, 0));
    beginPainter(device);
}

ReportCanvas::ReportCanvas(QString footer) : m_footer(std::move(footer))
{
    m_pictures.append(QPicture());
    beginPainter(&m_pictures.last());
}

void ReportCanvas::beginPainter(QPaintDevice *device)
{
    if (!m_painter.begin(device))
        return;
    // one unit = one point, whatever the device's resolution
    const double scale = device->logicalDpiX() / 72.0;
    m_painter.scale(scale, scale);
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    if (!m_device) // a picture has no paper: give it the page's white and its size
        m_painter.fillRect(QRectF(0, 0, PageWidthPt, PageHeightPt), Qt::white);
}

ReportCanvas::~ReportCanvas()
{
    finish();
}

bool ReportCanvas::finish()
{
    if (!m_painter.isActive())
        return false;
    drawFooter();
    return m_painter.end();
}

QFont ReportCanvas::font(int sizePt, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(sizePt); // pixels of the point-scaled painter: points
    f.setBold(bold);
    return f;
}

double ReportCanvas::textHeight(const QString &text, const QFont &f, double widthPt)
{
    m_painter.setFont(f);
    return m_painter.boundingRect(QRectF(0, 0, widthPt, 1e6), Qt::TextWordWrap, text).height();
}

void ReportCanvas::ensureRoom(double heightPt)
{
    if (m_y + heightPt > PageHeightPt - MarginPt - FooterPt && m_pageDirty)
        newPage();
}

void ReportCanvas::newPage()
{
    drawFooter();
    if (m_device) {
        m_device->newPage();
    } else {
        m_painter.end();
        m_pictures.append(QPicture());
        beginPainter(&m_pictures.last());
    }
    ++m_page;
    m_y = MarginPt;
    m_pageDirty = false;
}

void ReportCanvas::drawFooter()
{
    m_painter.setFont(font(8));
    m_painter.setPen(Rule);
    const double y = PageHeightPt - MarginPt - 10;
    m_painter.drawLine(QPointF(MarginPt, y), QPointF(PageWidthPt - MarginPt, y));
    m_painter.setPen(Muted);
    const QRectF line(MarginPt, y + 3, ContentWidthPt, 14);
    m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1").arg(m_page));
}

void ReportCanvas::cover(const QString &title, const QString &subtitle, const QStringList &lines)
{
    m_painter.fillRect(QRectF(0, 0, PageWidthPt, 8), Accent);
    m_y = 150;
    m_painter.setPen(Ink);
    m_painter.setFont(font(28, true));
    m_painter.drawText(QRectF(MarginPt, m_y, ContentWidthPt, 40), Qt::AlignLeft | Qt::AlignVCenter, title);
    m_y += 46;
    m_painter.setFont(font(16));
    m_painter.setPen(Accent);
    const double h = textHeight(subtitle, font(16), ContentWidthPt);
    m_painter.drawText(QRectF(MarginPt, m_y, ContentWidthPt, h), Qt::TextWordWrap, subtitle);
    m_y += h + 18;
    m_painter.setFont(font(11));
    m_painter.setPen(Muted);
    for (const QString &l : lines) {
        m_painter.drawText(QRectF(MarginPt, m_y, ContentWidthPt, 16), Qt::AlignLeft | Qt::AlignVCenter, l);
        m_y += 17;
    }
    m_y += 24;
    m_pageDirty = true;
}

void ReportCanvas::heading(const QString &text, double keepWithNextPt)
{
    ensureRoom(keepWithNextPt); // a heading never ends a page: keep room for what follows it
    if (m_pageDirty)
        m_y += 10;
    m_painter.setFont(font(15, true));
    m_painter.setPen(Ink);
    m_painter.drawText(QRectF(MarginPt, m_y, ContentWidthPt, 22), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += 24;
    m_painter.setPen(QPen(Accent, 1.2));
    m_painter.drawLine(QPointF(MarginPt, m_y), QPointF(MarginPt + 60, m_y));
    m_y += GapPt;
    m_pageDirty = true;
}

void ReportCanvas::paragraph(const QString &text)
{
    wrappedText(text, font(10), Ink);
}

void ReportCanvas::note(const QString &text)
{
    wrappedText(text, font(8), Muted);
}

void ReportCanvas::wrappedText(const QString &text, const QFont &f, const QColor &colour)
{
    const double h = textHeight(text, f, ContentWidthPt);
    ensureRoom(h);
    m_painter.setFont(f);
    m_painter.setPen(colour);
    m_painter.drawText(QRectF(MarginPt, m_y, ContentWidthPt, h), Qt::TextWordWrap, text);
    m_y += h + GapPt;
    m_pageDirty = true;
}

void ReportCanvas::keyFigures(const QList<std::pair<QString, QString>> &figures)
{
    if (figures.isEmpty())
        return;
    constexpr int PerRow = 4;
    constexpr double TilePt = 56.0;
    const double w = (ContentWidthPt - (PerRow - 1) * 8.0) / PerRow;
    for (int i = 0; i < figures.size(); ++i) {
        if (i % PerRow == 0) {
            if (i > 0)
                m_y += TilePt + 8;
            ensureRoom(TilePt);
        }
        const QRectF tile(MarginPt + (i % PerRow) * (w + 8), m_y, w, TilePt);
        m_painter.fillRect(tile, Band);
        m_painter.fillRect(QRectF(tile.left(), tile.top(), 3, tile.height()), Accent);
        m_painter.setPen(Ink);
        m_painter.setFont(font(16, true));
        m_painter.drawText(tile.adjusted(10, 6, -6, -22), Qt::AlignLeft | Qt::AlignVCenter,
                           figures[i].second);
        m_painter.setPen(Muted);
        m_painter.setFont(font(7));
        m_painter.drawText(tile.adjusted(10, 30, -6, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                           figures[i].first);
    }
    m_y += TilePt + GapPt + 4;
    m_pageDirty = true;
}

void ReportCanvas::table(const QStringList &header, const QList<QStringList> &rows,
                         const QList<double> &weights)
{
    const int columns = int(header.size());
    QList<double> share = weights;
    if (share.size() != columns) {
        share = QList<double>(columns, 1.0);
        share[0] = 1.8;
    }
    double sum = 0;
    for (double s : share)
        sum += s;
    QList<double> x{MarginPt};
    for (double s : share)
        x.append(x.last() + ContentWidthPt * s / sum);

    auto drawRow = [&](const QStringList &cells, bool isHeader, int index) {
        const QRectF band(MarginPt, m_y, ContentWidthPt, RowPt);
        if (isHeader)
            m_painter.fillRect(band, Band);
        else if (index % 2 == 1)
            m_painter.fillRect(band, QColor(0xf7, 0xf8, 0xfa));
        m_painter.setFont(font(8, isHeader));
        m_painter.setPen(isHeader ? Muted : Ink);
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(x[c] + 4, m_y, x[c + 1] - x[c] - 8, RowPt);
            const Qt::Alignment align = (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
            const QString text =
                m_painter.fontMetrics().elidedText(cells.value(c), Qt::ElideRight, int(cell.width()));
            m_painter.drawText(cell, align, text);
        }
        m_y += RowPt;
    };
    ensureRoom(RowPt * std::min<qsizetype>(rows.size() + 1, 4));
    drawRow(header, true, 0);
    for (int i = 0; i < rows.size(); ++i) {
        if (m_y + RowPt > PageHeightPt - MarginPt - FooterPt) {
            newPage();
            drawRow(header, true, 0); // the header again on the new page
        }
        drawRow(rows[i], false, i);
    }
    m_painter.setPen(Rule);
    m_painter.drawLine(QPointF(MarginPt, m_y), QPointF(MarginPt + ContentWidthPt, m_y));
    m_y += GapPt + 4;
    m_pageDirty = true;
}

void ReportCanvas::figure(double heightPt, const std::function<void(QPainter *, const QRectF &)> &draw,
                          const QString &caption)
{
    ensureRoom(heightPt + 16);
    const QRectF area(MarginPt, m_y, ContentWidthPt, heightPt);
    m_painter.save();
    m_painter.setClipRect(area);
    draw(&m_painter, area);
    m_painter.restore();
    m_y += heightPt + 2;
    if (!caption.isEmpty()) {
        m_painter.setFont(font(8));
        m_painter.setPen(Muted);
        m_painter.drawText(QRectF(MarginPt, m_y, ContentWidthPt, 12), Qt::AlignLeft | Qt::AlignVCenter,
                           caption);
        m_y += 14;
    }
    m_y += GapPt;
    m_pageDirty = true;
}

} // namespace fjord::ui
