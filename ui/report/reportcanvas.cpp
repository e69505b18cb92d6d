#include "ui/report/reportcanvas.h"
#include "model/tr.h"

#include <QCoreApplication>
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
const QColor BetterFill(0xdc, 0xf2, 0xe0);
const QColor BetterInk(0x0f, 0x6a, 0x2a);

} // namespace

QSizeF ReportCanvas::pageSizePt(QPageSize::PageSizeId id)
{
    return QPageSize(id).size(QPageSize::Point);
}

ReportCanvas::ReportCanvas(QPagedPaintDevice *device, QString footer, const QLocale &locale,
                           QPageSize::PageSizeId pageSize)
    : ReportSink(locale), m_device(device), m_pageSize(pageSizePt(pageSize)), m_footer(std::move(footer))
{
    device->setPageSize(QPageSize(pageSize));
    device->setPageMargins(QMarginsF(0, 0, 0, 0));
    beginPainter(device);
}

ReportCanvas::ReportCanvas(QString footer, const QLocale &locale, QPageSize::PageSizeId pageSize)
    : ReportSink(locale), m_pageSize(pageSizePt(pageSize)), m_footer(std::move(footer))
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
        m_painter.fillRect(QRectF(QPointF(0, 0), m_pageSize), Qt::white);
}

ReportCanvas::~ReportCanvas()
{
    finish();
}

void ReportCanvas::setPagination(int totalPages, const QList<ContentsEntry> &contents)
{
    m_totalPages = totalPages;
    m_known = contents;
}

bool ReportCanvas::finish()
{
    if (!m_painter.isActive())
        return false;
    if (m_device) {
        drawFooter(m_painter, m_page);
        return m_painter.end();
    }
    const bool ok = m_painter.end();
    composePictures();
    return ok;
}

void ReportCanvas::composePictures()
{
    m_totalPages = m_page;
    for (int i = 0; i < m_pictures.size(); ++i) {
        QPicture composed;
        QPainter p(&composed);
        p.drawPicture(0, 0, m_pictures[i]);
        const double scale = composed.logicalDpiX() / 72.0;
        p.scale(scale, scale);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        if (i + 1 == m_contentsPage)
            drawContents(p, m_sectionPages);
        drawFooter(p, i + 1);
        p.end();
        m_pictures[i] = composed;
    }
}

QFont ReportCanvas::font(int sizePt, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(sizePt); // pixels of the point-scaled painter: points
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: "efficiency" stays searchable in the PDF
    return f;
}

double ReportCanvas::textHeight(const QString &text, const QFont &f, double widthPt)
{
    m_painter.setFont(f);
    return m_painter.boundingRect(QRectF(0, 0, widthPt, 1e6), Qt::TextWordWrap, text).height();
}

void ReportCanvas::ensureRoom(double heightPt)
{
    if (m_y + heightPt > m_pageSize.height() - MarginPt - FooterPt && m_pageDirty)
        newPage();
}

void ReportCanvas::newPage()
{
    if (m_device) {
        drawFooter(m_painter, m_page);
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

void ReportCanvas::drawFooter(QPainter &painter, int page) const
{
    QFont f = font(8);
    painter.setFont(f);
    painter.setPen(Rule);
    const double y = m_pageSize.height() - MarginPt - 10;
    painter.drawLine(QPointF(MarginPt, y), QPointF(m_pageSize.width() - MarginPt, y));
    painter.setPen(Muted);
    const QRectF line(MarginPt, y + 3, contentWidthPt(), 14);
    const QString number =
        m_totalPages > 0
            ? ReportTr::tr("%1 of %2").arg(locale().toString(page), locale().toString(m_totalPages))
            : locale().toString(page);
    const double numberWidth = painter.fontMetrics().horizontalAdvance(number) + 12;
    const QString footer =
        painter.fontMetrics().elidedText(m_footer, Qt::ElideRight, int(line.width() - numberWidth));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, footer);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, number);
}

void ReportCanvas::cover(const QString &title, const QString &subtitle, const QStringList &lines)
{
    m_painter.fillRect(QRectF(0, 0, m_pageSize.width(), 8), Accent);
    m_y = 150;
    m_painter.setPen(Ink);
    m_painter.setFont(font(28, true));
    m_painter.drawText(QRectF(MarginPt, m_y, contentWidthPt(), 40), Qt::AlignLeft | Qt::AlignVCenter, title);
    m_y += 46;
    m_painter.setFont(font(16));
    m_painter.setPen(Accent);
    const double h = textHeight(subtitle, font(16), contentWidthPt());
    m_painter.drawText(QRectF(MarginPt, m_y, contentWidthPt(), h), Qt::TextWordWrap, subtitle);
    m_y += h + 18;
    m_painter.setFont(font(11));
    m_painter.setPen(Muted);
    for (const QString &l : lines) {
        m_painter.drawText(QRectF(MarginPt, m_y, contentWidthPt(), 16), Qt::AlignLeft | Qt::AlignVCenter, l);
        m_y += 17;
    }
    m_y += 24;
    m_pageDirty = true;
}

void ReportCanvas::contents()
{
    // A page of its own, so that its length never moves what follows (the first pass leaves it empty).
    if (m_pageDirty)
        newPage();
    m_contentsPage = m_page;
    if (m_device && !m_known.isEmpty())
        drawContents(m_painter, m_known);
    m_pageDirty = true;
    newPage();
}

void ReportCanvas::drawContents(QPainter &painter, const QList<ContentsEntry> &entries) const
{
    double y = MarginPt;
    painter.setFont(font(20, true));
    painter.setPen(Ink);
    painter.drawText(QRectF(MarginPt, y, contentWidthPt(), 30), Qt::AlignLeft | Qt::AlignVCenter,
                     ReportTr::tr("Contents"));
    y += 34;
    painter.setPen(QPen(Accent, 1.2));
    painter.drawLine(QPointF(MarginPt, y), QPointF(MarginPt + 60, y));
    y += 18;
    const QFont entryFont = font(11);
    painter.setFont(entryFont);
    const QFontMetricsF metrics(entryFont);
    for (const ContentsEntry &e : entries) {
        const QString page = locale().toString(e.page);
        const double pageWidth = metrics.horizontalAdvance(page);
        const double titleWidth =
            std::min(metrics.horizontalAdvance(e.title), contentWidthPt() - pageWidth - 30);
        painter.setPen(Ink);
        painter.drawText(QRectF(MarginPt, y, contentWidthPt() - pageWidth - 20, 18),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(e.title, Qt::ElideRight, contentWidthPt() - pageWidth - 30));
        painter.drawText(QRectF(MarginPt, y, contentWidthPt(), 18), Qt::AlignRight | Qt::AlignVCenter, page);
        painter.setPen(QPen(Rule, 0.8, Qt::DotLine));
        const double leaderY = y + 13;
        painter.drawLine(QPointF(MarginPt + titleWidth + 6, leaderY),
                         QPointF(MarginPt + contentWidthPt() - pageWidth - 6, leaderY));
        y += 22;
    }
}

void ReportCanvas::heading(const QString &text, double keepWithNextPt)
{
    ensureRoom(keepWithNextPt); // a heading never ends a page: keep room for what follows it
    if (m_pageDirty)
        m_y += 10;
    m_sectionPages.append({text, m_page});
    m_painter.setFont(font(15, true));
    m_painter.setPen(Ink);
    m_painter.drawText(QRectF(MarginPt, m_y, contentWidthPt(), 22), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += 24;
    m_painter.setPen(QPen(Accent, 1.2));
    m_painter.drawLine(QPointF(MarginPt, m_y), QPointF(MarginPt + 60, m_y));
    m_y += GapPt;
    m_pageDirty = true;
}

void ReportCanvas::subheading(const QString &text)
{
    ensureRoom(120);
    m_y += 4;
    m_painter.setFont(font(12, true));
    m_painter.setPen(Accent);
    m_painter.drawText(QRectF(MarginPt, m_y, contentWidthPt(), 18), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += 18 + GapPt / 2;
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
    const double h = textHeight(text, f, contentWidthPt());
    ensureRoom(h);
    m_painter.setFont(f);
    m_painter.setPen(colour);
    m_painter.drawText(QRectF(MarginPt, m_y, contentWidthPt(), h), Qt::TextWordWrap, text);
    m_y += h + GapPt;
    m_pageDirty = true;
}

void ReportCanvas::keyFigures(const QList<std::pair<QString, QString>> &figures)
{
    if (figures.isEmpty())
        return;
    constexpr int PerRow = 4;
    constexpr double TilePt = 56.0;
    const double w = (contentWidthPt() - (PerRow - 1) * 8.0) / PerRow;
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

void ReportCanvas::table(const ReportTable &t)
{
    const int columns = int(t.header.size());
    QList<double> share = t.weights;
    if (share.size() != columns) {
        share = QList<double>(columns, 1.0);
        share[0] = 1.8;
    }
    double sum = 0;
    for (double s : share)
        sum += s;
    QList<double> x{MarginPt};
    for (double s : share)
        x.append(x.last() + contentWidthPt() * s / sum);

    const double bottom = m_pageSize.height() - MarginPt - FooterPt;
    auto drawRow = [&](const QStringList &cells, int index) { // index -1: the header
        const bool isHeader = index < 0;
        const QRectF band(MarginPt, m_y, contentWidthPt(), RowPt);
        if (isHeader)
            m_painter.fillRect(band, Band);
        else if (index % 2 == 1)
            m_painter.fillRect(band, QColor(0xf7, 0xf8, 0xfa));
        for (int c = 0; c < columns; ++c) {
            const bool better = !isHeader && t.better.contains({index, c});
            const QRectF cell(x[c] + 4, m_y, x[c + 1] - x[c] - 8, RowPt);
            if (better)
                m_painter.fillRect(QRectF(x[c] + 1, m_y + 1, x[c + 1] - x[c] - 2, RowPt - 2), BetterFill);
            m_painter.setFont(font(8, isHeader || better));
            m_painter.setPen(isHeader ? Muted : better ? BetterInk : Ink);
            const Qt::Alignment align = (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
            const QString text =
                m_painter.fontMetrics().elidedText(cells.value(c), Qt::ElideRight, int(cell.width()));
            m_painter.drawText(cell, align, text);
        }
        m_y += RowPt;
    };
    ensureRoom(RowPt * std::min<qsizetype>(t.rows.size() + 1, 4));
    drawRow(t.header, -1);
    for (int i = 0; i < t.rows.size(); ++i) {
        if (m_y + RowPt > bottom) {
            newPage();
            drawRow(t.header, -1); // the header again on the new page
        }
        drawRow(t.rows[i], i);
    }
    m_painter.setPen(Rule);
    m_painter.drawLine(QPointF(MarginPt, m_y), QPointF(MarginPt + contentWidthPt(), m_y));
    m_y += GapPt + 4;
    m_pageDirty = true;
}

void ReportCanvas::figure(double heightPt, const Draw &draw, const QString &caption)
{
    ensureRoom(heightPt + 16);
    const QRectF area(MarginPt, m_y, contentWidthPt(), heightPt);
    m_painter.save();
    m_painter.setClipRect(area);
    onGuiThread([&] { draw(&m_painter, area); });
    m_painter.restore();
    m_y += heightPt + 2;
    if (!caption.isEmpty()) {
        const QFont f = font(8);
        const double h = textHeight(caption, f, contentWidthPt());
        m_painter.setFont(f);
        m_painter.setPen(Muted);
        m_painter.drawText(QRectF(MarginPt, m_y, contentWidthPt(), h), Qt::TextWordWrap, caption);
        m_y += h + 2;
    }
    m_y += GapPt;
    m_pageDirty = true;
}

} // namespace fjord::ui
