#include "model/storage/loadprofilecsv.h"

#include "model/climate.h"
#include "model/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace fjord::storage {

namespace {

LoadProfileCsvResult fail(const QString &file, int line, const QString &reason)
{
    LoadProfileCsvResult r;
    r.error = line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason)
                       : QStringLiteral("%1: %2").arg(file, reason);
    return r;
}

} // namespace

LoadProfileCsvResult readLoadProfileCsv(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(name, 0, StorageTr::tr("cannot be read (%1)").arg(file.errorString()));
    if (file.size() > 64 * 1024 * 1024)
        return fail(name, 0, StorageTr::tr("is larger than 64 MB; a load profile has 8760 lines"));
    QTextStream in(&file);
    QList<double> values;
    QList<int> lineOf;
    bool percent = false;
    int lineNo = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        // the last field: what follows the last separator (no list or regular expression per line)
        qsizetype cut = -1;
        for (const QChar separator : {u',', u';', u'\t'})
            cut = std::max(cut, line.lastIndexOf(separator));
        const QString last = line.mid(cut + 1).trimmed().remove(QLatin1Char('"'));
        bool ok = false;
        const double v = last.toDouble(&ok);
        if (!ok) {
            if (values.isEmpty() && lineOf.isEmpty() && lineNo == 1) { // a header
                percent = line.contains(QLatin1Char('%'));
                continue;
            }
            return fail(name, lineNo, StorageTr::tr("\"%1\" is not a number").arg(last.left(40)));
        }
        if (!std::isfinite(v) || v < 0)
            return fail(name, lineNo, StorageTr::tr("utilisation %1 is negative or not finite").arg(last));
        values.append(v);
        lineOf.append(lineNo);
        if (values.size() > 8784)
            return fail(name, lineNo, StorageTr::tr("more than 8784 values; a year has 8760 hours"));
    }
    if (values.size() != HoursPerYear && values.size() != 8784)
        return fail(name, 0,
                    StorageTr::tr("has %1 values; a year needs %2 (one per hour)")
                        .arg(values.size())
                        .arg(HoursPerYear));
    if (values.size() == 8784) { // drop 29 February: hours 1416 … 1439 of a leap year
        values.remove(59 * 24, 24);
        lineOf.remove(59 * 24, 24);
    }
    for (double v : values)
        percent = percent || v > 1.0;
    const double scale = percent ? 0.01 : 1.0;
    for (int i = 0; i < values.size(); ++i) {
        values[i] *= scale;
        if (values[i] > 1.0)
            return fail(name, lineOf[i],
                        StorageTr::tr("utilisation %1 % is above 100 %").arg(values[i] * 100, 0, 'f', 1));
    }
    LoadProfileCsvResult r;
    r.hourly = values;
    return r;
}

} // namespace fjord::storage
