#pragma once

#include <QString>

class QWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// File > Export Investor Report. An empty `path` opens the export dialog (scenarios, format, page
// size, file; written off the GUI thread with progress and Cancel). A `path` writes the current
// scenario's report there at once (PDF, or HTML for a .html path), as tests and scripts do. Returns the
// error, or {} when written or cancelled; `written` receives what to tell the user once a report was
// written ("Wrote the investor report (14 pages)", or its sections for HTML and CSV), else stays empty.
QString exportReportInteractively(QWidget *parent, ProjectDocument *document, const QString &path = {},
                                  QString *written = nullptr);

} // namespace fjord::ui
