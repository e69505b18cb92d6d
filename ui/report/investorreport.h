#pragma once

#include "model/project.h"
#include "ui/report/reportsink.h"

#include <QList>
#include <QPageSize>
#include <QPicture>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace fjord::ui {

enum class ReportFormat { Pdf, Html, Csv };

// "pdf", "html", "csv" (the CLI's --format and the suffix of --out); nullopt for anything else.
std::optional<ReportFormat> reportFormatNamed(const QString &name);
// "a4", "letter"; nullopt for anything else.
std::optional<QPageSize::PageSizeId> reportPageSizeNamed(const QString &name);

// How to write the investor report.
struct ReportOptions {
    QList<Id> scenarios; // the first is reported in full; each other one is compared with it
    ReportFormat format = ReportFormat::Pdf;
    QPageSize::PageSizeId pageSize = QPageSize::A4; // PDF only
    QLocale locale = defaultReportLocale();
    QString projectFile;                      // named in the report's reproduction lines
    const std::atomic_bool *cancel = nullptr; // true: stop soon, write nothing
    std::function<void(double)> progress;     // share done, 0 to 1, from the writing thread
};

// What writing the report did: the error (empty on success), the pages and the sections written,
// the files written (the CSV export writes one per table).
struct ReportOutcome {
    QString error;
    bool cancelled = false;
    int pages = 0;
    QStringList sections;
    QStringList files;
    explicit operator bool() const { return error.isEmpty() && !cancelled; }
};

// Writes the investor report to `path` (a file; for CSV a folder): the campus stage by stage, capex,
// energy and PUE, renewables and carbon, finance, the floor plan, the risks and the method, and the
// comparison with each further scenario, after a contents page. Every number comes from the engine's
// Results. The file appears whole or not at all (cancelled or failed: nothing is left behind).
// Safe to call off the GUI thread while the GUI thread runs its event loop (charts are drawn there).
ReportOutcome writeReport(const Project &project, const ReportOptions &options, const QString &path);

// The report of one scenario as a PDF (A4, the default locale).
ReportOutcome writeInvestorReport(const Project &project, Id scenarioId, const QString &pdfPath,
                                  const QString &projectFile = {});

// The same report as pages recorded for the screen (the Report tab), A4 at the picture's resolution.
// The Monte Carlo behind the risk bands takes seconds: with `waitForRiskBands` false a study not run
// yet is left out (riskBandsPending), for the caller to run it off the GUI thread
// (reportRiskStudy()) and draw the preview again.
struct ReportPreview {
    QString error;
    QList<QPicture> pages;
    QStringList sections;
    bool riskBandsPending = false;
};
ReportPreview previewInvestorReport(const Project &project, Id scenarioId, const QString &projectFile = {},
                                    bool waitForRiskBands = true);

} // namespace fjord::ui
