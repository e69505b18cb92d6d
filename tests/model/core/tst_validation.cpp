// Validation returns Problems naming what and where; it never changes the model.
#include "model/sample/narviksample.h"
#include "model/validation.h"

#include <QTest>

using namespace fjord;

namespace {

// A tiny valid project: one hall of 10 × 10 m with one GB300 rack in the middle.
Project tinyProject()
{
    Project p = makeEmptyProject(QStringLiteral("Tiny"));
    Scenario &s = p.scenarios.first();
    Hall h;
    h.id = p.allocateId();
    h.name = QStringLiteral("H1");
    h.widthM = 10;
    h.depthM = 10;
    h.stageId = s.stages.first().id;
    h.floorLoadLimitKgPerM2 = 2500;
    s.halls.append(h);
    Rack r;
    r.id = p.allocateId();
    r.name = QStringLiteral("H1-R01-01");
    r.hallId = h.id;
    r.rackTypeId = p.rackTypes.first().id; // GB300 NVL72, 0.6 × 1.2 m
    r.stageId = h.stageId;
    r.xM = 5;
    r.yM = 5;
    s.racks.append(r);
    return p;
}

QList<Problem> problemsWithCode(const Project &p, const QString &code)
{
    QList<Problem> out;
    for (const auto &pr : validateProject(p) + validate(p, p.scenarios.first()))
        if (pr.code == code)
            out.append(pr);
    return out;
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT
private slots:
    void tinyProjectIsClean();
    void rackOutsideHallNamesRackAndHall();
    void opexItemOfAnotherScenariosStageIsNamed();
    void rotatedRackCornerOutsideHall();
    void overlappingRacks();
    void floorLoadOverLimit();
    void negativeRatingIsAnError();
    void danglingReference();
    void powerChainCycle();
    void customProfileWrongLength();
    void incompleteClimate();
    void validationDoesNotChangeTheModel();
    void editThroughLookupLeavesCopiesAlone();
};

void TestValidation::tinyProjectIsClean()
{
    const Project p = tinyProject();
    const auto problems = validateProject(p) + validate(p, p.scenarios.first());
    QVERIFY2(!hasErrors(problems), problems.isEmpty() ? "" : qPrintable(problems.first().message));
}

void TestValidation::opexItemOfAnotherScenariosStageIsNamed()
{
    Project p = tinyProject();
    p.opex.append({9001, QStringLiteral("Insurance"), NoId, 1e6}); // no stage: from the first one, fine
    p.opex.append({9002, QStringLiteral("Fibre"), 424242, 1e6});   // a stage this scenario lacks
    const auto problems = validate(p, p.scenarios.first());
    QStringList named;
    for (const Problem &x : problems)
        if (x.code == QStringLiteral("opex.stage_missing"))
            named << x.objectName;
    QCOMPARE(named, QStringList{QStringLiteral("Fibre")});
}

void TestValidation::rackOutsideHallNamesRackAndHall()
{
    Project p = tinyProject();
    p.scenarios.first().racks.first().xM = 9.8; // half of 0.6 m sticks out past x = 10
    const auto found = problemsWithCode(p, QStringLiteral("space.outside_hall"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Severity::Error);
    QVERIFY(found.first().message.contains(QLatin1String("H1-R01-01")));
    QVERIFY(found.first().message.contains(QLatin1String("hall H1")));
    QCOMPARE(found.first().objectId, p.scenarios.first().racks.first().id);
}

void TestValidation::rotatedRackCornerOutsideHall()
{
    Project p = tinyProject();
    Rack &r = p.scenarios.first().racks.first();
    r.xM = 9.5; // fits when 0° (x up to 9.8), not when turned 90° (depth 1.2 m along x: up to 10.1)
    QVERIFY(problemsWithCode(p, QStringLiteral("space.outside_hall")).isEmpty());
    r.rotationDeg = 90;
    QCOMPARE(problemsWithCode(p, QStringLiteral("space.outside_hall")).size(), 1);
}

void TestValidation::overlappingRacks()
{
    Project p = tinyProject();
    Scenario &s = p.scenarios.first();
    Rack second = s.racks.first();
    second.id = p.allocateId();
    second.name = QStringLiteral("H1-R01-02");
    second.xM += 0.6; // touching side by side: no overlap
    s.racks.append(second);
    QVERIFY(problemsWithCode(p, QStringLiteral("space.overlap")).isEmpty());
    s.racks.last().xM -= 0.1; // 10 cm into its neighbour
    const auto found = problemsWithCode(p, QStringLiteral("space.overlap"));
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().message.contains(QLatin1String("H1-R01-01")));
    QVERIFY(found.first().message.contains(QLatin1String("H1-R01-02")));
}

void TestValidation::floorLoadOverLimit()
{
    Project p = tinyProject();
    // GB300: 1,360 kg on 0.72 m² = 1,889 kg/m².
    p.scenarios.first().halls.first().floorLoadLimitKgPerM2 = 1800;
    const auto found = problemsWithCode(p, QStringLiteral("space.floor_load"));
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().message.contains(QStringLiteral("1889 kg/m²")));
    p.scenarios.first().halls.first().floorLoadLimitKgPerM2 = 1900;
    QVERIFY(problemsWithCode(p, QStringLiteral("space.floor_load")).isEmpty());
}

void TestValidation::negativeRatingIsAnError()
{
    Project p = tinyProject();
    PowerNode n;
    n.id = p.allocateId();
    n.name = QStringLiteral("UPS-1");
    n.kind = PowerNodeKind::Ups;
    n.ratingVa = -500e3;
    p.scenarios.first().powerNodes.append(n);
    const auto found = problemsWithCode(p, QStringLiteral("value.not_positive"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().message,
             QStringLiteral("Power node UPS-1: rating is -500 kVA; it must be greater than zero"));
    QCOMPARE(p.scenarios.first().powerNodes.first().ratingVa, -500e3); // reported, not clamped
}

void TestValidation::danglingReference()
{
    Project p = tinyProject();
    p.scenarios.first().racks.first().rackTypeId = 999999;
    const auto found = problemsWithCode(p, QStringLiteral("reference.missing"));
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().message.contains(QLatin1String("rack type refers to object #999999")));
}

void TestValidation::powerChainCycle()
{
    Project p = tinyProject();
    Scenario &s = p.scenarios.first();
    PowerNode a, b;
    a.id = p.allocateId();
    b.id = p.allocateId();
    a.name = QStringLiteral("A");
    b.name = QStringLiteral("B");
    a.ratingVa = b.ratingVa = 1e6;
    a.parentId = b.id;
    b.parentId = a.id;
    s.powerNodes = {a, b};
    QCOMPARE(problemsWithCode(p, QStringLiteral("power.cycle")).size(), 2);
}

void TestValidation::customProfileWrongLength()
{
    Project p = tinyProject();
    LoadProfile lp;
    lp.id = p.allocateId();
    lp.name = QStringLiteral("Measured");
    lp.kind = LoadProfileKind::Custom;
    lp.hourly = QList<double>(100, 0.5);
    p.scenarios.first().loadProfiles.append(lp);
    const auto found = problemsWithCode(p, QStringLiteral("profile.length"));
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().message.contains(QLatin1String("has 100 hourly values; it needs 8760")));
}

void TestValidation::incompleteClimate()
{
    Project p = tinyProject();
    p.site.climate.dryBulbC.resize(8000);
    QCOMPARE(problemsWithCode(p, QStringLiteral("climate.incomplete")).size(), 1);
}

void TestValidation::validationDoesNotChangeTheModel()
{
    Project p = makeNarvikSample();
    p.scenarios.first().racks.first().xM = -50;
    const Project before = p;
    validate(p, p.scenarios.first());
    QVERIFY(p == before);
}

void TestValidation::editThroughLookupLeavesCopiesAlone()
{
    // Undo snapshots are implicit copies: an edit through a lookup must not reach them.
    Project p = tinyProject();
    const Project snapshot = p;
    p.scenario(p.scenarios.first().id)->name = QStringLiteral("Edited");
    p.rackType(p.rackTypes.first().id)->designPowerW = 1;
    QCOMPARE(snapshot.scenarios.first().name, QStringLiteral("Baseline"));
    QVERIFY(snapshot.rackTypes.first().designPowerW > 1);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
