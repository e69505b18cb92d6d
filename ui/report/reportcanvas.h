#pragma once

#include "ui/report/reportsink.h"

#include <QList>
#include <QPageSize>
#include <QPainter>
#include <QPicture>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace fjord::ui {

// Lays a report out on pages (A4 or Letter), top to bottom, in points (1/72 inch) whatever the
// device's resolution: headings, paragraphs, key-figure tiles, tables that repeat their header across a
// page break, and figures drawn by a callback (charts and plans stay vectors in a PDF).
// Every page gets a footer with the report's name and "n of N"; contents() keeps a page for the list
// of sections with their pages.
// The pages go to a paged device (a PDF) or are recorded as pictures (the on-screen preview). A device
// cannot be drawn on twice, so a PDF is laid out twice: the first pass (on a scratch device) finds the
// pages of the sections and their count, handed to the second with setPagination(). Pictures are
// finished in one pass: their footers and contents are drawn over the recorded pages at finish().
class ReportCanvas : public ReportSink {
public:
    ReportCanvas(QPagedPaintDevice *device, QString footer, const QLocale &locale,
                 QPageSize::PageSizeId pageSize = QPageSize::A4);
    // Records the pages: pictures() once finished.
    explicit ReportCanvas(QString footer, const QLocale &locale = defaultReportLocale(),
                          QPageSize::PageSizeId pageSize = QPageSize::A4);
    ~ReportCanvas() override;

    // What the first pass found: the page count and the sections' pages (drawn on the contents page).
    void setPagination(int totalPages, const QList<ContentsEntry> &contents);

    bool isActive() const { return m_painter.isActive(); }
    bool finish(); // ends the last page; false when the device failed
    int pageCount() const { return m_page; }
    const QList<ContentsEntry> &sectionPages() const { return m_sectionPages; }
    const QList<QPicture> &pictures() const { return m_pictures; }

    void cover(const QString &title, const QString &subtitle, const QStringList &lines) override;
    void contents() override;
    void heading(const QString &text, double keepWithNextPt = 150) override;
    void subheading(const QString &text) override;
    void paragraph(const QString &text) override;
    void note(const QString &text) override;
    void keyFigures(const QList<std::pair<QString, QString>> &figures) override;
    void table(const ReportTable &table) override;
    using ReportSink::table;
    void figure(double heightPt, const Draw &draw, const QString &caption) override;
    double contentWidthPt() const override { return m_pageSize.width() - 2 * MarginPt; }
    void newPage();

    static constexpr double MarginPt = 50.0;
    static QSizeF pageSizePt(QPageSize::PageSizeId id); // portrait, in points

private:
    void ensureRoom(double heightPt);
    void wrappedText(const QString &text, const QFont &font, const QColor &colour);
    void drawFooter(QPainter &painter, int page) const;
    void drawContents(QPainter &painter, const QList<ContentsEntry> &entries) const;
    QFont font(int sizePt, bool bold = false) const;
    double textHeight(const QString &text, const QFont &font, double widthPt);
    void beginPainter(QPaintDevice *device);
    void composePictures(); // footers and contents over the recorded pages

    QPagedPaintDevice *m_device = nullptr; // null: recording pictures
    QSizeF m_pageSize;
    QList<QPicture> m_pictures;
    QPainter m_painter;
    QString m_footer;
    double m_y = MarginPt;
    int m_page = 1;
    bool m_pageDirty = false;
    int m_totalPages = 0;         // 0: not known yet (first pass)
    int m_contentsPage = 0;       // 1-based, 0: none
    QList<ContentsEntry> m_known; // from the first pass
    QList<ContentsEntry> m_sectionPages;
};

} // namespace fjord::ui
