#include "model/document/commands/netboximportcommand.h"
#include "model/plural.h"

#include "model/document/commands/changevaluecommand.h"
#include "model/document/projectdocument.h"
#include "model/tr.h"

namespace fjord {

storage::NetboxImportReport makeNetboxImportCommand(ProjectDocument *document, const QString &racksCsv,
                                                    const QString &feedsCsv, const QString &panelsCsv,
                                                    QUndoCommand **command)
{
    *command = nullptr;
    // Import into a copy: the document changes only through the undo stack, and only on success.
    Project imported = document->project();
    storage::NetboxImportReport report =
        storage::importNetbox(imported, document->currentScenarioId(), racksCsv, feedsCsv, panelsCsv);
    if (!report)
        return report;
    *command = new ChangeValueCommand<Project>(
        document,
        plural(report.racks, CommandsTr::tr("Import %n rack from NetBox"),
               CommandsTr::tr("Import %n racks from NetBox")),
        ChangeEvent{ChangeEvent::Kind::Everything, {}}, [](Project &p) { return &p; }, std::move(imported));
    return report;
}

} // namespace fjord
