#pragma once

#include "ui/report/reportsink.h"

#include <QList>
#include <QString>

namespace fjord::ui {

// A table as the CSV export writes it: named after its section ("03-capital-expenditure").
struct NamedReportTable {
    QString name;
    ReportTable table;
};

// The report as one self-contained HTML file: the same headings, paragraphs and tables as the PDF,
// the figures as inline SVG (QSvgGenerator), the style inline; no file or network access to show it.
// Also keeps every table with the name of its section for the CSV export.
class HtmlReport : public ReportSink {
public:
    // `drawFigures` false: the figures are left out (the CSV export needs only the tables).
    HtmlReport(const QString &title, const QLocale &locale, bool drawFigures = true);

    QByteArray html() const; // UTF-8
    const QList<NamedReportTable> &tables() const { return m_tables; }
    QStringList headings() const;

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
    double contentWidthPt() const override { return ContentWidthPt; }

    static constexpr double ContentWidthPt = 495.3; // as on an A4 page, so figures are laid out alike

private:
    QString m_title;
    bool m_drawFigures;
    QString m_body;
    QList<ContentsEntry> m_headings; // page: the anchor's number
    int m_tablesInSection = 0;
    QList<NamedReportTable> m_tables;
};

} // namespace fjord::ui
