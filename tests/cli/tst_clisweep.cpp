// fjordplan-cli sweep as a user or a batch scheduler runs it: a CSV row per combination, the same
// file whatever the threads, and shards (by K/N or by a Slurm / Kubernetes task index) that merge
// into exactly the single run.

#include "../model/engine/toyproject.h"
#include "cliprocess.h"
#include "model/storage/projectfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fjord;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// 3 supply temperatures × 4 prices = 12 variants: 5 shards get 2 or 3 each.
const QStringList Grid{QStringLiteral("--param"), QStringLiteral("cooling.supply_c:3=28:36:4"),
                       QStringLiteral("--param"), QStringLiteral("grid.price_per_mwh=20:80:20")};
constexpr int Variants = 12;

} // namespace

class TestCliSweep : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::Toy toy = test::makeToy(4, 0.85);
        toy.project.site.climate = test::sineClimate(6.0, 12.0);
        QCOMPARE(storage::saveProject(toy.project, projectPath()), QString());
    }

    void writesOneRowPerCombination()
    {
        const CliRun r = sweep(Grid + QStringList{QStringLiteral("--out"), path(QStringLiteral("one.csv")),
                                                  QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = readAll(path(QStringLiteral("one.csv"))).trimmed().split('\n');
        QCOMPARE(lines.size(), 2 + Variants);
        QVERIFY(lines.at(0).startsWith("# fjordplan-sweep 1; scenario"));
        QVERIFY(lines.at(0).contains("12 variants"));
        QCOMPARE(lines.at(1), QByteArray("variant,cooling.supply_c:3,grid.price_per_mwh,npv,irr,"
                                         "levelised_per_gpu_hour,pue,ref,errors"));
        // The last parameter varies fastest; a dearer grid lowers the NPV at the same supply.
        const QList<QByteArray> first = lines.at(2).split(','), second = lines.at(3).split(',');
        QCOMPARE(first.mid(0, 3), (QList<QByteArray>{"0", "28", "20"}));
        QCOMPARE(second.mid(0, 3), (QList<QByteArray>{"1", "28", "40"}));
        QVERIFY(second.at(3).toDouble() < first.at(3).toDouble());
        QCOMPARE(lines.at(2 + 4).split(',').mid(0, 3), (QList<QByteArray>{"4", "32", "20"}));

        const CliRun two = sweep(Grid + QStringList{QStringLiteral("--out"), path(QStringLiteral("two.csv")),
                                                    QStringLiteral("--threads"), QStringLiteral("2")});
        QVERIFY2(two.exitCode == 0, two.err.constData());
        QCOMPARE(readAll(path(QStringLiteral("two.csv"))), readAll(path(QStringLiteral("one.csv"))));
    }

    void shardsFromAnyIndexSourceMergeIntoTheSingleRun()
    {
        const QString single = path(QStringLiteral("single.csv"));
        QCOMPARE(sweep(Grid + QStringList{QStringLiteral("--out"), single}).exitCode, 0);
        // Shards 0 and 1 by K/N, 2 by a Slurm array numbered from 1, 3 and 4 by a Kubernetes
        // indexed Job: one job script serves every task.
        QStringList files;
        for (int k = 0; k < 5; ++k) {
            files << path(QStringLiteral("shard%1.csv").arg(k));
            QStringList args =
                Grid + QStringList{QStringLiteral("--out"), files.last(), QStringLiteral("--shard")};
            QStringList environment;
            if (k < 2) {
                args << QStringLiteral("%1/5").arg(k);
            } else if (k == 2) {
                args << QStringLiteral("5");
                environment << QStringLiteral("SLURM_ARRAY_TASK_ID=3")
                            << QStringLiteral("SLURM_ARRAY_TASK_MIN=1");
            } else {
                args << QStringLiteral("5");
                environment << QStringLiteral("JOB_COMPLETION_INDEX=%1").arg(k);
            }
            const CliRun r = sweep(args, environment);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(readAll(files.last()).contains(QStringLiteral("shard %1/5").arg(k).toUtf8()));
        }
        const QString merged = path(QStringLiteral("merged.csv"));
        const CliRun r = runCli(QStringList{QStringLiteral("merge"), merged} +
                                QStringList{files.at(3), files.at(0), files.at(4), files.at(2), files.at(1)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readAll(merged), readAll(single));

        const CliRun missing = runCli({QStringLiteral("merge"), path(QStringLiteral("bad.csv")), files.at(0),
                                       files.at(1), files.at(3), files.at(4)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("missing"), missing.err.constData());
        const CliRun twice = runCli({QStringLiteral("merge"), path(QStringLiteral("bad.csv")), files.at(0),
                                     files.at(1), files.at(1), files.at(2), files.at(3), files.at(4)});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("two files"), twice.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("bad.csv"))));
    }

    void listsTheParametersItCanSweep()
    {
        const CliRun r = runCli({QStringLiteral("sweep"), projectPath(), QStringLiteral("--list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("grid.price_per_mwh\tGrid energy price"));
        QVERIFY(r.out.contains("cooling.supply_c:3\t"));
    }

    void badArgumentsSayWhatIsWrong()
    {
        const QStringList out{QStringLiteral("--out"), path(QStringLiteral("x.csv"))};
        const struct {
            QStringList args;
            QStringList environment;
            const char *message;
        } cases[] = {
            {{QStringLiteral("--param"), QStringLiteral("grid.price_per_mwh=20:10:5")}, {}, "TO >= FROM"},
            {{QStringLiteral("--param"), QStringLiteral("no.such=1:2:1")}, {}, "no.such"},
            {{QStringLiteral("--param"), QStringLiteral("grid.price_per_mwh=1"), QStringLiteral("--shard"),
              QStringLiteral("4")},
             {},
             "SLURM_ARRAY_TASK_ID"},
            {{QStringLiteral("--param"), QStringLiteral("grid.price_per_mwh=1"), QStringLiteral("--shard"),
              QStringLiteral("4")},
             {QStringLiteral("JOB_COMPLETION_INDEX=4")},
             "outside 0..3"},
            {{QStringLiteral("--param"), QStringLiteral("grid.price_per_mwh=1"), QStringLiteral("--threads"),
              QStringLiteral("1"), QStringLiteral("--threads"), QStringLiteral("2")},
             {},
             "given twice"},
        };
        for (const auto &c : cases) {
            const CliRun r = sweep(c.args + out, c.environment);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(c.message), r.err.constData());
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));
    }

private:
    CliRun sweep(const QStringList &args, const QStringList &environment = {}) const
    {
        return runCli(QStringList{QStringLiteral("sweep"), projectPath()} + args, environment);
    }
    QString projectPath() const { return path(QStringLiteral("toy.fjordplan")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliSweep)
#include "tst_clisweep.moc"
