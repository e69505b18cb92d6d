#pragma once

// What each fuzz target demands of one input, shared by the libFuzzer targets (which abort on a
// failure, so that libFuzzer keeps the input) and tst_fuzzinputs (which replays the seed corpora
// and every kept crash input in the ordinary test suite). Each returns {} or what went wrong.
#include "model/sample/narviksample.h"
#include "model/storage/epwreader.h"
#include "model/storage/loadprofilecsv.h"
#include "model/storage/netbox.h"
#include "model/storage/projectfile.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QString>

#include <cmath>

namespace fjord::fuzz {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The EPW reader: a complete year of finite values, or an error naming the file.
inline QString checkEpw(const QString &path)
{
    const storage::EpwResult r = storage::readEpw(path);
    if (!r)
        return r.error.startsWith(path + u':') ? QString()
                                               : QStringLiteral("error without the file: ") + r.error;
    if (!r.climate->isComplete())
        return QStringLiteral("accepted an incomplete year");
    for (const double t : r.climate->dryBulbC)
        if (!std::isfinite(t))
            return QStringLiteral("accepted a non-finite dry bulb");
    return {};
}

// The NetBox importer, on the racks, power-feeds and power-panels files held in one input and
// separated by form feeds (\f), written into `dir`: imports wholly, with unique ids and feeds
// that reach a node, or leaves the project unchanged with an error naming one of the files.
inline QString checkNetbox(const QByteArray &input, const QDir &dir)
{
    static const Project empty = makeEmptyProject(QStringLiteral("Fuzz"));
    const QList<QByteArray> parts = input.split('\f');
    const QString names[] = {QStringLiteral("racks.csv"), QStringLiteral("power-feeds.csv"),
                             QStringLiteral("power-panels.csv")};
    QString paths[3];
    for (int i = 0; i < 3 && i < parts.size(); ++i) {
        paths[i] = dir.filePath(names[i]);
        if (!writeFile(paths[i], parts[i]))
            return QStringLiteral("cannot write ") + paths[i];
    }
    Project p = empty;
    const storage::NetboxImportReport report =
        storage::importNetbox(p, p.scenarios.first().id, paths[0], paths[1], paths[2]);
    if (!report) {
        if (!(p == empty))
            return QStringLiteral("a refused import changed the project");
        for (const QString &path : paths)
            if (!path.isEmpty() && report.error.startsWith(path + u':'))
                return {};
        return QStringLiteral("error without the file: ") + report.error;
    }
    const Scenario &s = p.scenarios.first();
    QSet<Id> ids;
    for (const Rack &rack : s.racks) {
        if (ids.contains(rack.id))
            return QStringLiteral("two racks with id %1").arg(rack.id);
        ids.insert(rack.id);
        for (const RackFeed &feed : rack.feeds)
            if (!s.powerNode(feed.nodeId))
                return QStringLiteral("a feed to nowhere");
    }
    return {};
}

// The project loader: a project, or one line naming the file.
inline QString checkProject(const QString &path)
{
    const storage::OpenResult r = storage::openProject(path);
    if (r)
        return {};
    if (!r.error.startsWith(path + QStringLiteral(": ")))
        return QStringLiteral("error without the file: ") + r.error;
    if (r.error.contains(u'\n'))
        return QStringLiteral("error of more than one line: ") + r.error;
    return {};
}

// The load-profile CSV: a year of utilisations 0..1, or an error naming the file (by its name).
inline QString checkLoadProfile(const QString &path)
{
    const storage::LoadProfileCsvResult r = storage::readLoadProfileCsv(path);
    if (!r)
        return r.error.startsWith(QFileInfo(path).fileName() + u':')
                   ? QString()
                   : QStringLiteral("error without the file: ") + r.error;
    if (r.hourly->size() != HoursPerYear)
        return QStringLiteral("accepted %1 values, not a year").arg(r.hourly->size());
    for (const double u : *r.hourly)
        if (!std::isfinite(u) || u < 0 || u > 1)
            return QStringLiteral("accepted the utilisation %1").arg(u);
    return {};
}

} // namespace fjord::fuzz
