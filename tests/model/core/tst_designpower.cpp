// The design IT power of a hall, a row and a set of racks through a stage (model/designpower.h).
#include "model/designpower.h"
#include "model/sample/narviksample.h"

#include <QTest>

using namespace fjord;

class TestDesignPower : public QObject {
    Q_OBJECT
private slots:
    void sumsFollowTheStage();
    void byHallEqualsEachHall();
};

void TestDesignPower::sumsFollowTheStage()
{
    const Project p = makeNarvikSample();
    const Scenario &s = p.scenarios.first();
    // Sum by hand, rack by rack, for the first hall and the last (stage 2) hall.
    for (const Hall *hall : {&s.halls.first(), &s.halls.last()}) {
        for (int stage : {0, 1}) {
            DesignPowerSum expected;
            for (const Rack &r : s.racks)
                if (r.hallId == hall->id &&
                    s.stageIndex(r.stageId == NoId ? s.stages[0].id : r.stageId) <= stage) {
                    ++expected.racks;
                    expected.designPowerW += p.rackType(r.rackTypeId)->designPowerW;
                    expected.massKg += p.rackType(r.rackTypeId)->massKg;
                }
            const DesignPowerSum got = hallDesignPower(p, s, hall->id, stage);
            QCOMPARE(got.racks, expected.racks);
            QCOMPARE(got.designPowerW, expected.designPowerW);
            QCOMPARE(got.massKg, expected.massKg);
        }
    }
    const Hall &later = s.halls.last();
    QCOMPARE(s.stageIndex(later.stageId), 1);
    QCOMPARE(hallDesignPower(p, s, later.id, 0).racks, 0); // not built through stage 1
    QVERIFY(hallDesignPower(p, s, later.id, 1).racks > 0);
    QCOMPARE(hallDesignPower(p, s, later.id, AllStages), hallDesignPower(p, s, later.id, 1));

    const Row &row = s.rows.first();
    const DesignPowerSum rowSum = rowDesignPower(p, s, row.id, AllStages);
    QSet<Id> rowRacks;
    for (const Rack &r : s.racks)
        if (r.rowId == row.id)
            rowRacks.insert(r.id);
    QCOMPARE(rowSum.racks, int(rowRacks.size()));
    QCOMPARE(racksDesignPower(p, s, rowRacks, AllStages), rowSum); // the same racks, the same sum
    // Density: W per m² of the hall's floor.
    const DesignPowerSum first = hallDesignPower(p, s, s.halls.first().id, 0);
    QCOMPARE(first.densityWPerM2(s.halls.first().areaM2()), first.designPowerW / s.halls.first().areaM2());
    QCOMPARE(first.densityWPerM2(0), 0.0);
}

void TestDesignPower::byHallEqualsEachHall()
{
    const Project p = makeNarvikSample();
    const Scenario &s = p.scenarios.first();
    for (int stage : {0, 1}) {
        const QHash<Id, DesignPowerSum> all = designPowerByHall(p, s, stage);
        for (const Hall &h : s.halls)
            QCOMPARE(all.value(h.id), hallDesignPower(p, s, h.id, stage));
    }
}

QTEST_GUILESS_MAIN(TestDesignPower)
#include "tst_designpower.moc"
