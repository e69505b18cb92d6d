#include "ui/report/investorreport.h"

#include "model/tr.h"
#include "ui/report/htmlreport.h"
#include "ui/report/reportcanvas.h"
#include "ui/report/reportcsv.h"
#include "ui/report/reportsections.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace fjord::ui {

namespace {

constexpr int PdfResolution = 300;

ReportScope scopeOf(const ReportOptions &options, int passes, int pass)
{
    ReportScope scope;
    scope.scenarios = options.scenarios;
    scope.projectFile = options.projectFile;
    scope.cancel = options.cancel;
    if (options.progress)
        scope.progress = [progress = options.progress, passes, pass](int done, int total) {
            progress((pass + double(done) / std::max(1, total)) / passes);
        };
    return scope;
}

bool cancelled(const ReportOptions &options)
{
    return options.cancel && *options.cancel;
}

// Lays the report out twice: first on a scratch PDF for the sections' pages and the page count, then
// into the file with its contents page and "n of N" footers. Both passes draw on the same kind of
// device, so the text measures, and the pages break, alike.
void writePdf(ReportWriter &writer, const ReportOptions &options, const QString &path, ReportOutcome &outcome)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.error = ReportTr::tr("%1: cannot write the PDF file").arg(path);
        return;
    }
    QList<ContentsEntry> contents;
    int pages = 0;
    {
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&scratch);
        pdf.setResolution(PdfResolution);
        ReportCanvas canvas(&pdf, writer.footer(), options.locale, options.pageSize);
        writer.write(canvas);
        canvas.finish();
        contents = canvas.sectionPages();
        pages = canvas.pageCount();
    }
    if (cancelled(options)) {
        outcome.cancelled = true;
        return;
    }
    QPdfWriter pdf(&file);
    pdf.setResolution(PdfResolution);
    pdf.setTitle(writer.title());
    pdf.setCreator(QStringLiteral("Fjordplan"));
    ReportCanvas canvas(&pdf, writer.footer(), options.locale, options.pageSize);
    if (!canvas.isActive()) {
        outcome.error = ReportTr::tr("%1: cannot write the PDF file").arg(path);
        return;
    }
    canvas.setPagination(pages, contents);
    const ReportSections sections = writer.write(canvas);
    outcome.sections = sections.titles;
    outcome.pages = canvas.pageCount();
    outcome.cancelled = sections.cancelled;
    if (!canvas.finish() || (!outcome.cancelled && !file.commit()))
        outcome.error = ReportTr::tr("%1: writing the PDF failed").arg(path);
}

void writeHtml(ReportWriter &writer, const ReportOptions &options, const QString &path,
               ReportOutcome &outcome)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.error = ReportTr::tr("%1: cannot write the HTML file").arg(path);
        return;
    }
    HtmlReport html(writer.title(), options.locale);
    const ReportSections sections = writer.write(html);
    outcome.sections = sections.titles;
    outcome.cancelled = sections.cancelled;
    if (outcome.cancelled)
        return;
    if (file.write(html.html()) < 0 || !file.commit())
        outcome.error = ReportTr::tr("%1: writing the HTML file failed").arg(path);
}

void writeCsv(ReportWriter &writer, const ReportOptions &options, const QString &dir, ReportOutcome &outcome)
{
    HtmlReport tables(writer.title(), options.locale, false);
    const ReportSections sections = writer.write(tables);
    outcome.sections = sections.titles;
    outcome.cancelled = sections.cancelled;
    if (!outcome.cancelled)
        outcome.error = writeReportCsv(tables.tables(), dir, &outcome.files);
}

} // namespace

std::optional<ReportFormat> reportFormatNamed(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ReportFormat::Html;
    if (n == QLatin1String("csv"))
        return ReportFormat::Csv;
    return std::nullopt;
}

std::optional<QPageSize::PageSizeId> reportPageSizeNamed(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("a4"))
        return QPageSize::A4;
    if (n == QLatin1String("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}

ReportOutcome writeReport(const Project &project, const ReportOptions &options, const QString &path)
{
    ReportOutcome outcome;
    const int passes = options.format == ReportFormat::Pdf ? 2 : 1;
    ReportWriter writer(project, scopeOf(options, passes, 0));
    if (!writer.error().isEmpty()) {
        outcome.error = writer.error();
        return outcome;
    }
    if (cancelled(options)) {
        outcome.cancelled = true;
        return outcome;
    }
    switch (options.format) {
    case ReportFormat::Pdf:
        writePdf(writer, options, path, outcome);
        break;
    case ReportFormat::Html:
        writeHtml(writer, options, path, outcome);
        break;
    case ReportFormat::Csv:
        writeCsv(writer, options, path, outcome);
        break;
    }
    if (outcome.cancelled)
        outcome.files.clear();
    else if (outcome.error.isEmpty() && options.format != ReportFormat::Csv)
        outcome.files = QStringList{path};
    return outcome;
}

ReportOutcome writeInvestorReport(const Project &project, Id scenarioId, const QString &pdfPath,
                                  const QString &projectFile)
{
    ReportOptions options;
    options.scenarios = {scenarioId};
    options.projectFile = projectFile;
    return writeReport(project, options, pdfPath);
}

ReportPreview previewInvestorReport(const Project &project, Id scenarioId, const QString &projectFile,
                                    bool waitForRiskBands)
{
    ReportPreview preview;
    ReportScope scope;
    scope.scenarios = {scenarioId};
    scope.projectFile = projectFile;
    scope.waitForRiskBands = waitForRiskBands;
    ReportWriter writer(project, scope);
    if (!writer.error().isEmpty()) {
        preview.error = writer.error();
        return preview;
    }
    ReportCanvas canvas(writer.footer());
    const ReportSections sections = writer.write(canvas);
    canvas.finish();
    preview.pages = canvas.pictures();
    preview.sections = sections.titles;
    preview.riskBandsPending = sections.riskBandsPending;
    return preview;
}

} // namespace fjord::ui
