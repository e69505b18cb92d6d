#pragma once

#include "ui/report/htmlreport.h"

namespace fjord::ui {

// Writes each table of the report as DIR/NAME.csv (RFC 4180, UTF-8, the cells as the report prints
// them); each file atomically. Returns the error, empty when all are written; `written` the paths.
QString writeReportCsv(const QList<NamedReportTable> &tables, const QString &dir,
                       QStringList *written = nullptr);

} // namespace fjord::ui
