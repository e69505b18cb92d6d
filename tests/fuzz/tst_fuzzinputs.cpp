// Fuzz tests of the importers: seeded mutations of valid inputs (see mutator.h) must give either a
// usable result or a clear error naming the file (and, for text formats, the line), and must never
// crash, hang or leave a half-imported project. A quick run in ctest; a long one with
//   FJORD_FUZZ_ITERATIONS=20000 FJORD_FUZZ_SEED=7 tests/fuzz/tst_fuzzinputs
// A failure prints the seed and iteration and keeps the input in FJORD_FUZZ_KEEP (a directory) if set.
#include "model/climate.h"
#include "model/sample/narvikclimate.h"
#include "model/sample/narviksample.h"
#include "model/storage/epwreader.h"
#include "model/storage/netbox.h"
#include "tests/fuzz/libfuzzer/fuzzchecks.h"
#include "tests/fuzz/mutator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace fjord;

namespace {

// A valid EPW of the synthetic Narvik year (8 header lines, 8760 rows of 35 fields).
QByteArray narvikEpw()
{
    const Climate c = narvikClimate();
    QByteArray out = "LOCATION,Narvik,Nordland,NOR,Fjordplan synthetic,010250,68.44,17.43,1.0,30.0\n"
                     "DESIGN CONDITIONS,0\nTYPICAL/EXTREME PERIODS,0\nGROUND TEMPERATURES,0\n"
                     "HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0\nCOMMENTS 1,fuzz base\nCOMMENTS 2,\n"
                     "DATA PERIODS,1,1,Data,Sunday, 1/ 1,12/31\n";
    for (int h = 0; h < HoursPerYear; ++h) {
        const int month = monthOfHour(h) + 1;
        const int day = 1 + (h - firstHourOfMonth(month - 1)) / 24;
        QList<QByteArray> f(35, "0");
        f[0] = "2025";
        f[1] = QByteArray::number(month);
        f[2] = QByteArray::number(day);
        f[3] = QByteArray::number(hourOfDay(h) + 1);
        f[4] = "60";
        f[5] = "?9?9?9?9E0?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9*9*9?9?9?9";
        f[6] = QByteArray::number(c.dryBulbC[h], 'f', 1);
        f[7] = QByteArray::number(c.dewPointC[h], 'f', 1);
        f[8] = QByteArray::number(c.relHumidityPct[h], 'f', 0);
        f[9] = QByteArray::number(c.pressurePa[h], 'f', 0);
        f[13] = QByteArray::number(c.ghiWhPerM2[h], 'f', 0);
        f[21] = QByteArray::number(c.windSpeedMPerS[h], 'f', 1);
        out += f.join(',') + '\n';
    }
    return out;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Keeps a failing input for replay when FJORD_FUZZ_KEEP names a directory.
void keep(const QString &name, const QByteArray &bytes)
{
    const QString dir = qEnvironmentVariable("FJORD_FUZZ_KEEP");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        write(QDir(dir).filePath(name), bytes);
}

// "<path>:<line>: reason" or "<path>: reason": the user is told which file and where.
bool namesFileAndPlace(const QString &error, const QStringList &paths)
{
    for (const QString &p : paths)
        if (error.startsWith(p + u':') && error.size() > p.size() + 2)
            return true;
    return false;
}

} // namespace

class TestFuzzInputs : public QObject {
    Q_OBJECT
private slots:
    void epwGivesAClimateOrAPlacedError()
    {
        const QByteArray base = narvikEpw();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fuzz.epw"));
        QVERIFY(write(path, base));
        const storage::EpwResult valid = storage::readEpw(path);
        QVERIFY2(valid, qPrintable(valid.error)); // the base is valid: the mutations make the difference

        fuzz::Mutator mutator(fuzz::seed());
        const int n = fuzz::iterations(100);
        int refused = 0;
        static const QRegularExpression lineNumber(QStringLiteral("^[^\\n]*?:\\d+: "));
        for (int i = 0; i < n; ++i) {
            const QByteArray input = mutator.mutate(base);
            QVERIFY(write(path, input));
            const storage::EpwResult r = storage::readEpw(path);
            const QString where = QStringLiteral("seed %1, iteration %2").arg(fuzz::seed()).arg(i);
            if (!r) {
                ++refused;
                if (!namesFileAndPlace(r.error, {path}))
                    keep(QStringLiteral("epw-%1.epw").arg(i), input);
                QVERIFY2(namesFileAndPlace(r.error, {path}),
                         qPrintable(where + QStringLiteral(": ") + r.error));
                continue;
            }
            // accepted: a whole year of finite values in their physical ranges
            QVERIFY2(r.climate->isComplete(), qPrintable(where));
            for (const double t : r.climate->dryBulbC)
                QVERIFY2(std::isfinite(t) && t >= -90 && t <= 70, qPrintable(where));
            for (const double rh : r.climate->relHumidityPct)
                QVERIFY2(std::isfinite(rh) && rh >= 0 && rh <= 110, qPrintable(where));
        }
        qInfo("%d EPW inputs, %d refused with file:line, %d accepted", n, refused, n - refused);
        QVERIFY(refused > 0); // the mutations do reach the checks
    }

    void netboxImportsWhollyOrNotAtAll()
    {
        // the base: the NetBox export of the sample's first hall (racks, panels and their feeds)
        QTemporaryDir dir;
        const Project sample = makeNarvikSample();
        QCOMPARE(storage::exportNetbox(sample, sample.scenarios.first(), dir.path()), QString());
        const QString racksPath = dir.filePath(QStringLiteral("racks.csv"));
        const QString feedsPath = dir.filePath(QStringLiteral("power-feeds.csv"));
        const QString panelsPath = dir.filePath(QStringLiteral("power-panels.csv"));
        QList<QByteArray> rackLines = read(racksPath).split('\n');
        rackLines = rackLines.mid(0, 13); // header + 12 racks
        QList<QByteArray> kept;           // ",<rack name>," as it appears in the rack column of a feed
        for (int i = 1; i < rackLines.size(); ++i) {
            const QList<QByteArray> fields =
                rackLines[i].split(','); // the site "Kvandal, Narvik" holds a comma
            kept.append(',' + fields.value(fields.size() - 5) + ',');
        }
        QList<QByteArray> feedLines;
        for (const QByteArray &line : read(feedsPath).split('\n'))
            if (feedLines.isEmpty() || std::any_of(kept.cbegin(), kept.cend(),
                                                   [&](const QByteArray &r) { return line.contains(r); }))
                feedLines.append(line);
        const QByteArray racks = rackLines.join('\n') + '\n', feeds = feedLines.join('\n') + '\n';
        const QByteArray panels = read(panelsPath);
        QVERIFY(write(racksPath, racks) && write(feedsPath, feeds));
        const Project empty = makeEmptyProject(QStringLiteral("Fuzz"));
        {
            Project p = empty;
            const storage::NetboxImportReport base =
                storage::importNetbox(p, p.scenarios[0].id, racksPath, feedsPath, panelsPath);
            QVERIFY2(base, qPrintable(base.error));
            QCOMPARE(base.racks, 12);
            QVERIFY(base.powerFeeds >= 12);
        }

        fuzz::Mutator mutator(fuzz::seed());
        const int n = fuzz::iterations(120);
        int refused = 0;
        for (int i = 0; i < n; ++i) {
            // mutate one of the three files
            const int which = mutator.pick(3);
            const QByteArray r = which == 0 ? mutator.mutate(racks) : racks;
            const QByteArray f = which == 1 ? mutator.mutate(feeds) : feeds;
            const QByteArray pn = which == 2 ? mutator.mutate(panels) : panels;
            QVERIFY(write(racksPath, r) && write(feedsPath, f) && write(panelsPath, pn));
            Project p = empty;
            const storage::NetboxImportReport report =
                storage::importNetbox(p, p.scenarios[0].id, racksPath, feedsPath, panelsPath);
            const QString where = QStringLiteral("seed %1, iteration %2").arg(fuzz::seed()).arg(i);
            if (!report) {
                ++refused;
                QVERIFY2(p == empty,
                         qPrintable(where + QStringLiteral(": a refused import changed the project")));
                if (!namesFileAndPlace(report.error, {racksPath, feedsPath, panelsPath})) {
                    keep(QStringLiteral("netbox-%1-racks.csv").arg(i), r);
                    keep(QStringLiteral("netbox-%1-power-feeds.csv").arg(i), f);
                    keep(QStringLiteral("netbox-%1-power-panels.csv").arg(i), pn);
                }
                QVERIFY2(namesFileAndPlace(report.error, {racksPath, feedsPath, panelsPath}),
                         qPrintable(where + QStringLiteral(": ") + report.error));
                continue;
            }
            // accepted: every object has its own id and every feed names a node of the scenario
            const Scenario &s = p.scenarios[0];
            QSet<Id> ids;
            for (const Rack &rack : s.racks) {
                QVERIFY2(!ids.contains(rack.id), qPrintable(where));
                ids.insert(rack.id);
                for (const RackFeed &feed : rack.feeds)
                    QVERIFY2(s.powerNode(feed.nodeId),
                             qPrintable(where + QStringLiteral(": a feed to nowhere")));
            }
            QCOMPARE(report.racks, int(s.racks.size()));
        }
        qInfo("%d NetBox imports, %d refused with file:line, %d accepted", n, refused, n - refused);
        QVERIFY(refused > 0);
    }

    void seedsAndKeptCrashInputs_data()
    {
        // The libFuzzer targets' seed corpora and every crash input they found (kept as a
        // regression test), replayed with the same checks as in tests/fuzz/libfuzzer.
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")})
            for (const QString &target : {QStringLiteral("epw"), QStringLiteral("netbox"),
                                          QStringLiteral("project"), QStringLiteral("loadprofile")}) {
                const QDir dir(QStringLiteral(FJORD_FUZZ_DIR "/%1/%2").arg(kind, target));
                for (const QString &name : dir.entryList(QDir::Files))
                    QTest::newRow(qPrintable(kind + u'/' + target + u'/' + name))
                        << target << dir.filePath(name);
            }
    }

    void seedsAndKeptCrashInputs()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray input = read(file);
        QString failure;
        if (target == QLatin1String("netbox")) {
            failure = fuzz::checkNetbox(input, QDir(dir.path()));
        } else if (target == QLatin1String("loadprofile")) {
            const QString path = dir.filePath(QStringLiteral("input.csv"));
            QVERIFY(write(path, input));
            failure = fuzz::checkLoadProfile(path);
        } else {
            const QString path =
                dir.filePath(target == QLatin1String("epw") ? QStringLiteral("input.epw")
                                                            : QStringLiteral("input.fjordplan"));
            QVERIFY(write(path, input));
            failure = target == QLatin1String("epw") ? fuzz::checkEpw(path) : fuzz::checkProject(path);
        }
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestFuzzInputs)
#include "tst_fuzzinputs.moc"
