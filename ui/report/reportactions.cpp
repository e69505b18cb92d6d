#include "ui/report/reportactions.h"

#include "model/plural.h"

#include "model/document/projectdocument.h"
#include "ui/report/investorreport.h"
#include "ui/report/reportexportdialog.h"

#include <QApplication>
#include <QFileInfo>

namespace fjord::ui {

QString exportReportInteractively(QWidget *parent, ProjectDocument *document, const QString &path,
                                  QString *written)
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
    if (written) // a PDF counts pages; HTML and CSV have none, so their sections are counted
        *written =
            outcome.pages > 0
                ? plural(outcome.pages, QObject::tr("Wrote the investor report (%n page)."),
                         QObject::tr("Wrote the investor report (%n pages)."))
                : plural(int(outcome.sections.size()), QObject::tr("Wrote the investor report (%n section)."),
                         QObject::tr("Wrote the investor report (%n sections)."));
    return {};
}

} // namespace fjord::ui
