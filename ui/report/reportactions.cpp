#include "ui/report/reportactions.h"

#include "model/document/projectdocument.h"
#include "ui/report/investorreport.h"
#include "ui/report/reportexportdialog.h"

#include <QApplication>
#include <QFileInfo>

namespace fjord::ui {

QString exportReportInteractively(QWidget *parent, ProjectDocument *document, const QString &path, int *pages)
{
    if (!document)
        return {};
    ReportOutcome outcome;
    if (path.isEmpty()) {
        ReportExportDialog dialog(document, parent);
        if (dialog.exec() != QDialog::Accepted)
            return {};
        outcome = dialog.outcome();
    } else {
        ReportOptions options;
        options.scenarios = {document->currentScenarioId()};
        options.format = reportFormatNamed(QFileInfo(path).suffix()).value_or(ReportFormat::Pdf);
        options.projectFile = document->filePath();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        outcome = writeReport(document->project(), options, path);
        QApplication::restoreOverrideCursor();
    }
    if (!outcome)
        return outcome.error;
    if (pages)
        *pages = outcome.pages;
    return {};
}

} // namespace fjord::ui
