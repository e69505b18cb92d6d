#pragma once

#include "model/project.h"

#include <QList>
#include <QPicture>
#include <QString>
#include <QStringList>

namespace fjord::ui {

// What writing the report did: the error (empty on success), the pages and the sections written.
struct ReportOutcome {
    QString error;
    int pages = 0;
    QStringList sections;
    explicit operator bool() const { return error.isEmpty(); }
};

// Writes the investor report of one scenario as a PDF: the campus stage by stage, capex, energy
// and PUE, renewables and carbon, finance, the floor plan, the risks and the method. Every number
// comes from the engine's Results for the scenario (the same as the GUI and `fjordplan-cli evaluate`).
// `projectFile` (optional) is named in the report's reproduction line.
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
