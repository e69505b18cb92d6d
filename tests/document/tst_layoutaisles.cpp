// The aisle-width space check (METHOD §7) on rows laid out with the layout builders.
#include "model/document/commands/layoutedits.h"
#include "model/spacechecks.h"

#include <QTest>

using namespace fjord;

namespace {

// A 40 × 20 m hall with two parallel rows of 10 racks (0.6 × 1.2 m) whose centre lines are
// `spacing` m apart: clear aisle = spacing − 1.2 m.
Project twoRows(double spacing, double secondRowShiftM = 0, double secondRowRotation = 0)
{
    Project p;
    RackType t;
    t.id = p.allocateId();
    t.name = QStringLiteral("GB300");
    t.widthM = 0.6;
    t.depthM = 1.2;
    p.rackTypes.append(t);
    Scenario s;
    s.id = p.allocateId();
    Hall h;
    h.id = p.allocateId();
    h.name = QStringLiteral("H1");
    h.widthM = 40;
    h.depthM = 20;
    s.halls.append(h);
    p.scenarios.append(s);
    for (int k = 0; k < 2; ++k) {
        layout::RowSpec spec;
        spec.hallId = h.id;
        spec.xM = 2 + (k ? secondRowShiftM : 0);
        spec.yM = 5 + k * spacing;
        spec.rotationDeg = k ? secondRowRotation : 0;
        spec.count = 10;
        spec.rackTypeId = t.id;
        QString error;
        const LayoutDelta d = layout::addRow(p, p.scenarios[0], spec, &error);
        if (d.isEmpty())
            qFatal("%s", qPrintable(error));
        for (const auto &e : d.rows)
            p.scenarios[0].rows.append(*e.after);
        for (const auto &e : d.racks)
            p.scenarios[0].racks.append(*e.after);
        p.nextId = d.nextIdAfter;
    }
    return p;
}

QList<Problem> aisleProblems(const Project &p)
{
    QList<Problem> out;
    for (const Problem &problem : checkSpace(p, p.scenarios[0]))
        if (problem.code == QStringLiteral("space.aisle_width"))
            out.append(problem);
    return out;
}

} // namespace

class TestLayoutAisles : public QObject {
    Q_OBJECT
private slots:
    void aisleWidth_data()
    {
        QTest::addColumn<double>("spacing");
        QTest::addColumn<double>("shift");
        QTest::addColumn<double>("rotation");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("1.0 m aisle") << 2.2 << 0.0 << 0.0 << true;
        QTest::newRow("1.19 m aisle") << 2.39 << 0.0 << 0.0 << true;
        QTest::newRow("1.2 m aisle: the minimum") << 2.4 << 0.0 << 0.0 << false;
        QTest::newRow("3 m aisle") << 4.2 << 0.0 << 0.0 << false;
        QTest::newRow("back to back") << 1.2 << 0.0 << 0.0 << false;
        QTest::newRow("narrow but side by side (no common span)") << 2.2 << 7.0 << 0.0 << false;
        QTest::newRow("narrow, partly facing") << 2.2 << 4.0 << 0.0 << true;
        QTest::newRow("narrow, not parallel") << 2.2 << 14.0 << 90.0 << false;
    }
    void aisleWidth()
    {
        QFETCH(double, spacing);
        QFETCH(double, shift);
        QFETCH(double, rotation);
        QFETCH(bool, flagged);
        const Project p = twoRows(spacing, shift, rotation);
        const QList<Problem> problems = aisleProblems(p);
        QCOMPARE(problems.size(), flagged ? 1 : 0);
        if (flagged) {
            QCOMPARE(problems.first().severity, Severity::Warning);
            QCOMPARE(problems.first().objectId, p.scenarios[0].rows[1].id);
            QVERIFY2(
                problems.first().message.contains(QStringLiteral("%1 m wide").arg(spacing - 1.2, 0, 'f', 2)),
                qPrintable(problems.first().message));
        }
    }

    void minimumIsTheProjectSetting()
    {
        Project p = twoRows(3.0); // 1.8 m aisle
        QVERIFY(aisleProblems(p).isEmpty());
        p.settings.minAisleWidthM = 2.0;
        QCOMPARE(aisleProblems(p).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLayoutAisles)
#include "tst_layoutaisles.moc"
