// fjordplan-cli risk and merge as a user or a batch scheduler runs them: the same seed gives the same
// JSON on 1 and 2 threads, and 4 shards run as separate processes merge into exactly the single run.

#include "../model/engine/toyproject.h"
#include "cliprocess.h"
#include "model/storage/projectfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fjord;

namespace {

constexpr int Runs = 203; // not a multiple of the shard count: shards of unequal size

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliRisk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::Toy toy = test::makeToy(4, 0.85);
        toy.project.site.climate = test::sineClimate(6.0, 12.0);
        // A second rack type: the engine's sums over rack types must not follow a per-process hash
        // order, or the shard processes below would disagree in the last bits.
        RackType second = toy.project.rackTypes.first();
        second.id = toy.project.allocateId();
        second.name = QStringLiteral("Second type");
        second.unitCost = 1.7e6;
        second.serviceLifeYears = 4;
        toy.project.rackTypes.append(second);
        Id next = toy.project.nextId;
        test::addRacks(toy.scenario(), second.id, toy.scenario().stages.first().id, 3, next);
        toy.project.nextId = next;
        UncertainInput price;
        price.id = toy.project.allocateId();
        price.parameter = QStringLiteral("grid.price_per_mwh");
        price.kind = DistributionKind::Triangular;
        price.low = 20;
        price.mode = 35;
        price.high = 90;
        price.reason = QStringLiteral("dry years");
        UncertainInput supply;
        supply.id = toy.project.allocateId();
        supply.parameter = QStringLiteral("cooling.supply_c:3");
        supply.kind = DistributionKind::Discrete;
        supply.values = {30, 32, 36};
        UncertainInput overrun;
        overrun.id = toy.project.allocateId();
        overrun.parameter = QStringLiteral("costs.capex_overrun");
        overrun.kind = DistributionKind::Normal;
        overrun.mode = 0.1;
        overrun.sd = 0.1;
        overrun.low = -0.1;
        overrun.high = 0.5;
        toy.scenario().uncertainInputs = {supply, price, overrun};
        QCOMPARE(storage::saveProject(toy.project, projectPath()), QString());
    }

    void sameJsonOnOneAndTwoThreads()
    {
        for (const char *threads : {"1", "2"}) {
            const CliRun r = runCli({QStringLiteral("risk"), projectPath(), QStringLiteral("--runs"),
                                     QString::number(Runs), QStringLiteral("--seed"),
                                     QStringLiteral("18446744073709551557"), QStringLiteral("--threads"),
                                     QLatin1String(threads), QStringLiteral("--out"),
                                     path(QStringLiteral("threads%1.json").arg(QLatin1String(threads)))});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QByteArray one = readAll(path(QStringLiteral("threads1.json")));
        QVERIFY(!one.isEmpty());
        QCOMPARE(readAll(path(QStringLiteral("threads2.json"))), one);

        const QJsonObject j = QJsonDocument::fromJson(one).object();
        QCOMPARE(j[QStringLiteral("seed")].toString(), QStringLiteral("18446744073709551557"));
        QCOMPARE(j[QStringLiteral("runs")].toInt(), Runs);
        QCOMPARE(j[QStringLiteral("inputs")].toArray().size(), 3);
        QCOMPARE(j[QStringLiteral("samples")][QStringLiteral("npv")].toArray().size(), Runs);
        const QJsonObject npv = j[QStringLiteral("outputs")][QStringLiteral("npv")].toObject();
        QVERIFY(npv[QStringLiteral("p10")].toDouble() < npv[QStringLiteral("p50")].toDouble());
        QVERIFY(npv[QStringLiteral("p50")].toDouble() < npv[QStringLiteral("p90")].toDouble());
        QVERIFY(npv[QStringLiteral("p50_std_error")].toDouble() > 0);
        QCOMPARE(j[QStringLiteral("probability_npv_below_zero")].toDouble(), 1.0); // the toy earns nothing
        QCOMPARE(j[QStringLiteral("convergence")].toArray().last()[QStringLiteral("runs")].toInt(), Runs);
        const QJsonArray bars = j[QStringLiteral("tornado")][QStringLiteral("bars")].toArray();
        QCOMPARE(bars.size(), 3);
        for (int i = 1; i < bars.size(); ++i)
            QVERIFY(bars[i - 1][QStringLiteral("swing")].toDouble() >=
                    bars[i][QStringLiteral("swing")].toDouble());
    }

    void fourShardsMergeIntoTheSingleRun()
    {
        const QString single = path(QStringLiteral("single.json"));
        QCOMPARE(
            runCli({QStringLiteral("risk"), projectPath(), QStringLiteral("--runs"), QString::number(Runs),
                    QStringLiteral("--seed"), QStringLiteral("99"), QStringLiteral("--out"), single})
                .exitCode,
            0);
        // The shards run as separate processes at the same time, like a job array.
        QList<QProcess *> processes;
        QStringList shardFiles;
        for (int k = 0; k < 4; ++k) {
            shardFiles << path(QStringLiteral("shard%1.json").arg(k));
            auto *p = new QProcess(this);
            p->start(QStringLiteral(FJORD_CLI),
                     {QStringLiteral("risk"), projectPath(), QStringLiteral("--runs"), QString::number(Runs),
                      QStringLiteral("--seed"), QStringLiteral("99"), QStringLiteral("--threads"),
                      QStringLiteral("1"), QStringLiteral("--shard"), QStringLiteral("%1/4").arg(k),
                      QStringLiteral("--out"), shardFiles.last()});
            processes << p;
        }
        for (QProcess *p : processes) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
        }
        const QJsonObject shard = QJsonDocument::fromJson(readAll(shardFiles.at(1))).object();
        QVERIFY(!shard.contains(QStringLiteral("outputs"))); // a shard holds runs, not statistics
        QCOMPARE(shard[QStringLiteral("samples")][QStringLiteral("first_run")].toInt(), Runs / 4);

        // Merged in any order, the result is the single run's file, byte for byte.
        const QString merged = path(QStringLiteral("merged.json"));
        const CliRun r =
            runCli(QStringList{QStringLiteral("merge"), merged} +
                   QStringList{shardFiles.at(2), shardFiles.at(0), shardFiles.at(3), shardFiles.at(1)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readAll(merged), readAll(single));

        // A missing shard, or one from another seed, is refused.
        const CliRun missing = runCli({QStringLiteral("merge"), path(QStringLiteral("bad.json")),
                                       shardFiles.at(0), shardFiles.at(1), shardFiles.at(3)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("missing"));
        const QString other = path(QStringLiteral("other.json"));
        QCOMPARE(runCli({QStringLiteral("risk"), projectPath(), QStringLiteral("--runs"),
                         QString::number(Runs), QStringLiteral("--seed"), QStringLiteral("100"),
                         QStringLiteral("--shard"), QStringLiteral("3/4"), QStringLiteral("--out"), other})
                     .exitCode,
                 0);
        const CliRun mixed = runCli({QStringLiteral("merge"), path(QStringLiteral("bad.json")),
                                     shardFiles.at(0), shardFiles.at(1), shardFiles.at(2), other});
        QCOMPARE(mixed.exitCode, 2);
        QVERIFY(mixed.err.contains("different studies"));
        QVERIFY(!QFile::exists(path(QStringLiteral("bad.json"))));
    }

    // packaging/batch/slurm-risk.sh as Slurm runs it: each array task a process with its task
    // variables set; the merged tasks are the single run.
    void slurmJobScriptShardsMergeIntoTheSingleRun()
    {
        const QString single = path(QStringLiteral("slurm-single.json"));
        QCOMPARE(
            runCli({QStringLiteral("risk"), projectPath(), QStringLiteral("--runs"), QString::number(Runs),
                    QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), single})
                .exitCode,
            0);
        const QString outDir = path(QStringLiteral("slurm"));
        QStringList shardFiles;
        for (int task = 1; task <= 3; ++task) { // --array=1-3
            QProcess script;
            script.setEnvironment(QProcess::systemEnvironment()
                                  << QStringLiteral("SLURM_ARRAY_TASK_ID=%1").arg(task)
                                  << QStringLiteral("SLURM_ARRAY_TASK_MIN=1")
                                  << QStringLiteral("SLURM_ARRAY_TASK_COUNT=3")
                                  << QStringLiteral("SLURM_CPUS_PER_TASK=1")
                                  << QStringLiteral("FJORDPLAN_CLI=%1").arg(QStringLiteral(FJORD_CLI)));
            script.start(QStringLiteral("bash"), {QStringLiteral(FJORD_SLURM_SCRIPT), projectPath(), outDir,
                                                  QString::number(Runs), QStringLiteral("7")});
            QVERIFY(script.waitForFinished(60000));
            QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
            shardFiles << outDir + QStringLiteral("/risk-%1.json").arg(task);
        }
        const QString merged = path(QStringLiteral("slurm-merged.json"));
        const CliRun r = runCli(QStringList{QStringLiteral("merge"), merged} + shardFiles);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readAll(merged), readAll(single));
    }

    void badArgumentsAreRefused()
    {
        for (const QStringList &extra : {QStringList{QStringLiteral("--shard"), QStringLiteral("4/4")},
                                         QStringList{QStringLiteral("--runs"), QStringLiteral("0")},
                                         QStringList{QStringLiteral("--seed"), QStringLiteral("x")}}) {
            const CliRun r = runCli(QStringList{QStringLiteral("risk"), projectPath(),
                                                QStringLiteral("--out"), path(QStringLiteral("x.json"))} +
                                    extra);
            QCOMPARE(r.exitCode, 2);
        }
        QCOMPARE(runCli({QStringLiteral("risk"), projectPath()}).exitCode, 2); // no --out
    }

private:
    QString projectPath() const { return path(QStringLiteral("toy.fjordplan")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliRisk)
#include "tst_clirisk.moc"
