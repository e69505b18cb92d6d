#include "ui/dialogs/netboxactions.h"
#include "model/plural.h"

#include "model/document/commands/netboximportcommand.h"
#include "model/document/projectdocument.h"
#include "model/storage/netbox.h"
#include "model/tr.h"
#include "ui/dialogs/netboximportdialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QUndoStack>

namespace fjord::ui {

QString importNetboxInto(ProjectDocument *document, const QString &racksCsv, const QString &feedsCsv,
                         const QString &panelsCsv, bool *ok)
{
    QUndoCommand *command = nullptr;
    const storage::NetboxImportReport report =
        makeNetboxImportCommand(document, racksCsv, feedsCsv, panelsCsv, &command);
    if (ok)
        *ok = bool(report);
    if (!report)
        return report.error;
    document->undoStack()->push(command);

    QStringList lines{
        DialogsTr::tr("Imported %1, %2 and %3.")
            .arg(countOf(report.racks, DialogsTr::tr("rack"), DialogsTr::tr("racks")),
                 countOf(report.powerPanels, DialogsTr::tr("power panel"), DialogsTr::tr("power panels")),
                 countOf(report.powerFeeds, DialogsTr::tr("power feed"), DialogsTr::tr("power feeds")))};
    for (const QString &note : report.notes)
        lines << QStringLiteral("• ") + note;
    if (!report.unmapped.isEmpty()) {
        lines << DialogsTr::tr("Not mapped (kept out of the model, listed here):");
        for (const QString &u : report.unmapped)
            lines << QStringLiteral("• ") + u;
    }
    return lines.join(QLatin1Char('\n'));
}

void importNetboxInteractively(QWidget *parent, ProjectDocument *document)
{
    NetboxImportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    bool ok = false;
    const QString message = importNetboxInto(document, dialog.racksPath(), dialog.powerFeedsPath(),
                                             dialog.powerPanelsPath(), &ok);
    QMessageBox box(ok ? QMessageBox::Information : QMessageBox::Warning,
                    ok ? QObject::tr("NetBox import") : QObject::tr("NetBox import failed"),
                    ok ? message.section(QLatin1Char('\n'), 0, 0) : message, QMessageBox::Ok, parent);
    if (ok && message.contains(QLatin1Char('\n')))
        box.setDetailedText(message.section(QLatin1Char('\n'), 1));
    box.exec();
}

void exportNetboxInteractively(QWidget *parent, ProjectDocument *document)
{
    const QString dir =
        QFileDialog::getExistingDirectory(parent, QObject::tr("Export to NetBox: choose a folder"));
    if (dir.isEmpty())
        return;
    const QString error = storage::exportNetbox(document->project(), document->scenario(), dir);
    if (error.isEmpty())
        QMessageBox::information(
            parent, QObject::tr("NetBox export"),
            QObject::tr("Wrote racks.csv, power-panels.csv and power-feeds.csv to %1.").arg(dir));
    else
        QMessageBox::warning(parent, QObject::tr("NetBox export failed"), error);
}

} // namespace fjord::ui
