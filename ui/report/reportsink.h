#pragma once

#include <QList>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace fjord::ui {

// A table of the report. Column 0 is left-aligned, the others right-aligned (numbers); `weights`
// share the width; `better` marks cells (row, column) holding the better of two compared values.
struct ReportTable {
    QStringList header;
    QList<QStringList> rows;
    QList<double> weights;
    QSet<std::pair<int, int>> better;
};

// A section of the contents: its title and the page it starts on (0 while not yet known).
struct ContentsEntry {
    QString title;
    int page = 0;
};

// Where the report's sections write their blocks: the paged canvas (PDF, preview) or the HTML
// document. The sections say what to show; the sink decides how it looks in its medium. Numbers are
// written in the sink's locale. Figures are drawn by a callback on a painter in points.
class ReportSink {
public:
    using Draw = std::function<void(QPainter *, const QRectF &)>;
    explicit ReportSink(const QLocale &locale) : m_locale(locale) {}
    virtual ~ReportSink() = default;
    ReportSink(const ReportSink &) = delete;
    ReportSink &operator=(const ReportSink &) = delete;

    const QLocale &locale() const { return m_locale; }

    virtual void cover(const QString &title, const QString &subtitle, const QStringList &lines) = 0;
    virtual void contents() = 0; // the list of sections goes here (filled in once they are known)
    // A section; starts a new page when less than `keepWithNextPt` is left (room for what follows it).
    virtual void heading(const QString &text, double keepWithNextPt = 150) = 0;
    virtual void subheading(const QString &text) = 0;
    virtual void paragraph(const QString &text) = 0;
    virtual void note(const QString &text) = 0; // small grey text (sources, caveats)
    // A row of tiles: a big value over its label.
    virtual void keyFigures(const QList<std::pair<QString, QString>> &figures) = 0;
    virtual void table(const ReportTable &table) = 0;
    // A drawing `heightPt` high across the content width. `draw` builds its charts or plan itself:
    // it runs on the GUI thread (charts are widgets) while the report is written on another.
    virtual void figure(double heightPt, const Draw &draw, const QString &caption) = 0;
    virtual double contentWidthPt() const = 0;

    void table(const QStringList &header, const QList<QStringList> &rows, const QList<double> &weights = {})
    {
        table(ReportTable{header, rows, weights, {}});
    }

    // Runs `work` on the application's thread, waiting for it when called from another: what builds
    // widgets or graphics scenes (charts, plans) while the report is written off the GUI thread.
    static void onGuiThread(const std::function<void()> &work);

private:
    QLocale m_locale;
};

// Makes `locale` the default while it lives: charts and plans that label with the default locale
// write the report's numbers. Only on the GUI thread, while the report's worker waits.
class ScopedDefaultLocale {
public:
    explicit ScopedDefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~ScopedDefaultLocale() { QLocale::setDefault(m_previous); }
    ScopedDefaultLocale(const ScopedDefaultLocale &) = delete;
    ScopedDefaultLocale &operator=(const ScopedDefaultLocale &) = delete;

private:
    QLocale m_previous;
};

// The locale a report writes its numbers in: the system's, or British English where the system
// names none (the C/POSIX locale).
QLocale defaultReportLocale();

} // namespace fjord::ui
