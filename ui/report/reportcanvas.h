#pragma once

#include <QList>
#include <QPainter>
#include <QPicture>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;

namespace fjord::ui {

// Lays a report out on A4 pages, top to bottom, in points (1/72 inch) whatever the device's
// resolution: headings, paragraphs, key-figure tiles, tables that repeat their header across a
// page break, and figures drawn by a callback (charts and plans stay vectors in a PDF).
// Every page gets a footer with the report's name and the page number.
// The pages go to a paged device (a PDF) or are recorded as pictures (the on-screen preview).
class ReportCanvas {
public:
    ReportCanvas(QPagedPaintDevice *device, QString footer);
    explicit ReportCanvas(QString footer); // records the pages: pictures() once finished
    ~ReportCanvas();
    ReportCanvas(const ReportCanvas &) = delete;
    ReportCanvas &operator=(const ReportCanvas &) = delete;

    bool isActive() const { return m_painter.isActive(); }
    bool finish(); // ends the last page; false when the device failed
    int pageCount() const { return m_page; }
    const QList<QPicture> &pictures() const { return m_pictures; }

    void cover(const QString &title, const QString &subtitle, const QStringList &lines);
    // A section; starts a new page when less than `keepWithNextPt` is left (room for what follows it).
    void heading(const QString &text, double keepWithNextPt = 150);
    void paragraph(const QString &text);
    void note(const QString &text); // small grey text (sources, caveats)
    // A row of tiles: a big value over its label.
    void keyFigures(const QList<std::pair<QString, QString>> &figures);
    // Column 0 left-aligned, the others right-aligned (numbers); `weights` share the width.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<double> &weights = {});
    void figure(double heightPt, const std::function<void(QPainter *, const QRectF &)> &draw,
                const QString &caption);
    void newPage();

    static constexpr double PageWidthPt = 595.3, PageHeightPt = 841.9, MarginPt = 50.0;
    static constexpr double ContentWidthPt = PageWidthPt - 2 * MarginPt;

private:
    void ensureRoom(double heightPt);
    void wrappedText(const QString &text, const QFont &font, const QColor &colour);
    void drawFooter();
    QFont font(int sizePt, bool bold = false) const;
    double textHeight(const QString &text, const QFont &font, double widthPt);

    void beginPainter(QPaintDevice *device);

    QPagedPaintDevice *m_device = nullptr; // null: recording pictures
    QList<QPicture> m_pictures;
    QPainter m_painter;
    QString m_footer;
    double m_y = MarginPt;
    int m_page = 1;
    bool m_pageDirty = false;
};

} // namespace fjord::ui
