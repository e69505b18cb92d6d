#pragma once

#include <QString>

class QWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// File > Import from NetBox…: imports into the current scenario as ONE undo step and reports what
// was imported and what could not be mapped. On a bad CSV nothing changes and the error names the
// file and line. Returns the message shown (for tests), empty when cancelled.
QString importNetboxInto(ProjectDocument *document, const QString &racksCsv, const QString &feedsCsv,
                         const QString &panelsCsv, bool *ok = nullptr);
void importNetboxInteractively(QWidget *parent, ProjectDocument *document);

// File > Export to NetBox…: writes racks.csv, power-panels.csv and power-feeds.csv into a folder.
void exportNetboxInteractively(QWidget *parent, ProjectDocument *document);

} // namespace fjord::ui
