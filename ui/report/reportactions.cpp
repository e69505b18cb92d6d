#include "ui/report/reportactions.h"

#include "model/document/projectdocument.h"
#include "ui/report/investorreport.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace fjord::ui {

QString exportReportInteractively(QWidget *parent, ProjectDocument *document, const QString &path, int *pages)
{
    if (!document)
        return {};
    QString target = path;
    if (target.isEmpty()) {
        const QFileInfo project(document->filePath());
        const QString name = QStringLiteral("%1 - %2 - investor report.pdf")
                                 .arg(document->project().name, document->scenario().name);
        const QString suggested = project.fileName().isEmpty() ? name : project.dir().filePath(name);
        target = QFileDialog::getSaveFileName(parent, QObject::tr("Export investor report"), suggested,
                                              QObject::tr("PDF documents (*.pdf)"));
        if (target.isEmpty())
            return {};
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ReportOutcome outcome =
        writeInvestorReport(document->project(), document->currentScenarioId(), target, document->filePath());
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        if (path.isEmpty())
            QMessageBox::warning(parent, QObject::tr("Investor report"), outcome.error);
        return outcome.error;
    }
    if (pages)
        *pages = outcome.pages;
    return {};
}

} // namespace fjord::ui
