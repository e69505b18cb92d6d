#pragma once

#include <QString>

class QWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// Writes the document's current scenario as the investor report PDF. An empty `path` asks for one
// (next to the project file); a failure is shown in a message box when the user was asked. Returns
// the error, or {} when written or cancelled; `pages` receives the page count when written.
QString exportReportInteractively(QWidget *parent, ProjectDocument *document, const QString &path = {},
                                  int *pages = nullptr);

} // namespace fjord::ui
