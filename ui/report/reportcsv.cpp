#include "ui/report/reportcsv.h"
#include "model/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace fjord::ui {

namespace {

QString csvField(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) &&
        !cell.contains(QLatin1Char('\n')))
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray csv(const ReportTable &t)
{
    QString out;
    const auto line = [&](const QStringList &cells) {
        QStringList fields;
        for (const QString &c : cells)
            fields << csvField(c);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(t.header);
    for (const QStringList &row : t.rows)
        line(row);
    return out.toUtf8();
}

} // namespace

QString writeReportCsv(const QList<NamedReportTable> &tables, const QString &dir, QStringList *written)
{
    if (!QDir().mkpath(dir))
        return ReportTr::tr("%1: cannot create the folder").arg(dir);
    for (const NamedReportTable &t : tables) {
        const QString path = QDir(dir).filePath(t.name + QStringLiteral(".csv"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv(t.table)) < 0 || !file.commit())
            return ReportTr::tr("%1: cannot write the CSV file").arg(path);
        if (written)
            written->append(path);
    }
    return {};
}

} // namespace fjord::ui
