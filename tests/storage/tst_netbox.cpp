// NetBox CSV import/export (ANCHORS §2, §5): the demo data, bad files, quoting and the round trip.

#include "model/sample/narviksample.h"
#include "model/spacechecks.h"
#include "model/storage/netbox.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace fjord;
using namespace fjord::storage;

namespace {

Project emptyProject()
{
    Project p;
    p.name = QStringLiteral("NetBox test");
    Scenario s;
    s.id = p.allocateId();
    s.name = QStringLiteral("Baseline");
    Stage st;
    st.id = p.allocateId();
    st.name = QStringLiteral("Stage 1");
    s.stages.append(st);
    p.scenarios.append(s);
    return p;
}

QString demo(const char *name)
{
    return QStringLiteral(FJORD_SHARED_DATA "/netbox/") + QLatin1String(name);
}

bool write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// What must survive a round trip: per rack its hall, type and feeds (name, side, phases, V, A).
QStringList signature(const Project &p, const Scenario &s)
{
    QStringList out;
    for (const Rack &r : s.racks) {
        QStringList feeds;
        for (const RackFeed &f : r.feeds) {
            const PowerNode *n = s.powerNode(f.nodeId);
            const PowerNode *panel = n ? s.powerNode(n->parentId) : nullptr;
            feeds.append(QStringLiteral("%1<%2 side %3 %4φ %5 V %6 %7 A ph%8")
                             .arg(n->name, panel ? panel->name : QString())
                             .arg(int(n->side))
                             .arg(n->phases)
                             .arg(n->voltageV)
                             .arg(int(n->voltageReference))
                             .arg(n->ratingA)
                             .arg(int(f.phase)));
        }
        out.append(
            QStringLiteral("%1 in %2 type %3: %4")
                .arg(r.name, s.hall(r.hallId)->name, p.rackType(r.rackTypeId)->name, feeds.join(u"; ")));
    }
    return out;
}

} // namespace

class TestNetbox : public QObject {
    Q_OBJECT
private slots:
    void availablePower_data();
    void availablePower();
    void importsDemoData();
    void demoRoundTrip();
    void threePhaseRoundTripFromModel();
    void quotedFieldsWithCommas();
    void singlePhaseLegsAreSpread();
    void sampleExportReimports();
    void badInput_data();
    void badInput();
};

void TestNetbox::availablePower_data()
{
    QTest::addColumn<double>("volts");
    QTest::addColumn<double>("amps");
    QTest::addColumn<double>("util");
    QTest::addColumn<bool>("three");
    QTest::addColumn<double>("va");
    QTest::newRow("demo feed 220 V 20 A 80 % 1φ") << 220.0 << 20.0 << 80.0 << false << 3520.0;
    QTest::newRow("400 V 32 A 80 % 3φ") << 400.0 << 32.0 << 80.0 << true << 17736.0;
    QTest::newRow("400 V 63 A 80 % 3φ") << 400.0 << 63.0 << 80.0 << true << 34917.0;
    // The trap: 230 V (line-to-neutral) entered on a 3φ feed gives 12,748 VA instead of 22,170.
    QTest::newRow("230 V 32 A 100 % 3φ") << 230.0 << 32.0 << 100.0 << true << 12748.0;
}

void TestNetbox::availablePower()
{
    QFETCH(double, volts);
    QFETCH(double, amps);
    QFETCH(double, util);
    QFETCH(bool, three);
    QFETCH(double, va);
    QCOMPARE(netboxAvailablePowerVa(volts, amps, util, three), va);
}

void TestNetbox::importsDemoData()
{
    if (!QFile::exists(demo("netbox-demo-v4.2_racks.csv")))
        QSKIP("../shared/data/netbox is absent: the NetBox demo data test needs it");
    Project p = emptyProject();
    const Id sid = p.scenarios[0].id;
    const NetboxImportReport report =
        importNetbox(p, sid, demo("netbox-demo-v4.2_racks.csv"), demo("netbox-demo-v4.2_powerfeeds.csv"),
                     demo("netbox-demo-v4.2_powerpanels.csv"));
    QVERIFY2(report, qPrintable(report.error));
    QCOMPARE(report.racks, 24);
    QCOMPARE(report.powerFeeds, 48);
    QCOMPARE(report.powerPanels, 4);
    const Scenario &s = p.scenarios[0];
    QCOMPARE(s.racks.size(), 24);
    int feeds = 0;
    for (const Rack &r : s.racks) {
        QCOMPARE(r.feeds.size(), 2);
        QCOMPARE(s.powerNode(r.feeds[0].nodeId)->side, FeedSide::A); // primary
        QCOMPARE(s.powerNode(r.feeds[1].nodeId)->side, FeedSide::B); // redundant
        for (const RackFeed &f : r.feeds) {
            const PowerNode *n = s.powerNode(f.nodeId);
            QCOMPARE(n->phases, 1);
            QCOMPARE(n->voltageReference, VoltageReference::LineToNeutral);
            QCOMPARE(n->voltageV, 220.0);
            QCOMPARE(n->ratingA, 20.0);
            QCOMPARE(n->kind, PowerNodeKind::Pdu);
            QCOMPARE(s.powerNode(n->parentId)->kind, PowerNodeKind::Switchboard);
            // 220 V × 20 A = 4,400 VA rating; NetBox's available power at 80 % = 3,520 W.
            QCOMPARE(n->apparentRatingVa(), 4400.0);
            QCOMPARE(n->apparentRatingVa() * 0.80, 3520.0);
            ++feeds;
        }
    }
    QCOMPARE(feeds, 48);
    QVERIFY(report.notes.join(u'\n').contains(QStringLiteral("line-to-line")));
    QVERIFY(report.notes.join(u'\n').contains(QStringLiteral("max_utilization 80 % on 48 feeds")));
    QVERIFY(report.unmapped.contains(
        demo("netbox-demo-v4.2_racks.csv") +
        QStringLiteral(":1: column 'status' has no place in the model (not imported)")));
    QVERIFY(
        report.unmapped.join(u'\n').contains(QStringLiteral("powerfeeds.csv:1: column 'available_power'")));
    // Laid out inside halls per NetBox location, without overlaps.
    QVERIFY(!s.halls.isEmpty());
    const QList<Problem> space = checkSpace(p, s);
    QVERIFY2(space.isEmpty(), qPrintable(space.isEmpty() ? QString() : space.first().message));
}

void TestNetbox::demoRoundTrip()
{
    if (!QFile::exists(demo("netbox-demo-v4.2_racks.csv")))
        QSKIP("../shared/data/netbox is absent: the NetBox round-trip test needs it");
    Project first = emptyProject();
    QVERIFY(importNetbox(first, first.scenarios[0].id, demo("netbox-demo-v4.2_racks.csv"),
                         demo("netbox-demo-v4.2_powerfeeds.csv"), demo("netbox-demo-v4.2_powerpanels.csv")));
    QTemporaryDir dir;
    QCOMPARE(exportNetbox(first, first.scenarios[0], dir.path()), QString());
    Project second = emptyProject();
    const NetboxImportReport again = importNetbox(
        second, second.scenarios[0].id, dir.filePath(QStringLiteral("racks.csv")),
        dir.filePath(QStringLiteral("power-feeds.csv")), dir.filePath(QStringLiteral("power-panels.csv")));
    QVERIFY2(again, qPrintable(again.error));
    QCOMPARE(again.racks, 24);
    QCOMPARE(again.powerFeeds, 48);
    QCOMPARE(signature(second, second.scenarios[0]), signature(first, first.scenarios[0]));
}

void TestNetbox::threePhaseRoundTripFromModel()
{
    // A 400 V (line-to-line) 32 A three-phase PDU under a switchboard, feeding one rack.
    Project p = emptyProject();
    Scenario &s = p.scenarios[0];
    RackType t;
    t.id = p.allocateId();
    t.name = QStringLiteral("GB300 NVL72");
    p.rackTypes.append(t);
    Hall h;
    h.id = p.allocateId();
    h.name = QStringLiteral("H1");
    h.widthM = 10;
    h.depthM = 10;
    s.halls.append(h);
    PowerNode swb;
    swb.id = p.allocateId();
    swb.name = QStringLiteral("SWB-B");
    swb.kind = PowerNodeKind::Switchboard;
    swb.side = FeedSide::B;
    PowerNode pdu;
    pdu.id = p.allocateId();
    pdu.parentId = swb.id;
    pdu.name = QStringLiteral("PDU-B1");
    pdu.kind = PowerNodeKind::Pdu;
    pdu.ratingBasis = RatingBasis::Current;
    pdu.ratingA = 32;
    s.powerNodes = {swb, pdu};
    Rack r;
    r.id = p.allocateId();
    r.name = QStringLiteral("H1-R01-01");
    r.hallId = h.id;
    r.rackTypeId = t.id;
    r.feeds = {RackFeed{pdu.id, Phase::ThreePhase}};
    s.racks.append(r);

    QTemporaryDir dir;
    QCOMPARE(exportNetbox(p, s, dir.path()), QString());
    QFile feeds(dir.filePath(QStringLiteral("power-feeds.csv")));
    QVERIFY(feeds.open(QIODevice::ReadOnly));
    QCOMPARE(
        QString::fromUtf8(feeds.readAll()),
        QStringLiteral(
            "site,power_panel,location,rack,name,status,type,supply,phase,voltage,amperage,max_utilization\n"
            "Fjordplan,SWB-B,H1,H1-R01-01,PDU-B1,active,redundant,ac,three-phase,400,32,100\n"));

    Project back = emptyProject();
    back.rackTypes.append(t); // the catalogue type is found by name again
    const NetboxImportReport report = importNetbox(
        back, back.scenarios[0].id, dir.filePath(QStringLiteral("racks.csv")),
        dir.filePath(QStringLiteral("power-feeds.csv")), dir.filePath(QStringLiteral("power-panels.csv")));
    QVERIFY2(report, qPrintable(report.error));
    const Scenario &b = back.scenarios[0];
    QCOMPARE(b.racks.size(), 1);
    QCOMPARE(back.rackType(b.racks[0].rackTypeId)->name, QStringLiteral("GB300 NVL72"));
    const PowerNode *n = b.powerNode(b.racks[0].feeds[0].nodeId);
    QCOMPARE(n->name, QStringLiteral("PDU-B1"));
    QCOMPARE(n->voltageReference, VoltageReference::LineToLine);
    QCOMPARE(n->side, FeedSide::B);
    QCOMPARE(b.racks[0].feeds[0].phase, Phase::ThreePhase);
    // Same rating either way: √3 × 400 V × 32 A = 22,170 VA.
    QVERIFY(std::abs(n->apparentRatingVa() - pdu.apparentRatingVa()) < 1e-6);
}

void TestNetbox::quotedFieldsWithCommas()
{
    QTemporaryDir dir;
    const QString racks = dir.filePath(QStringLiteral("racks.csv"));
    QVERIFY(write(racks, "site,location,name,comments\nS1,\"Hall, north\",R1,\"says \"\"hi\"\", twice\"\n"));
    Project p = emptyProject();
    const NetboxImportReport report = importNetbox(p, p.scenarios[0].id, racks, {}, {});
    QVERIFY2(report, qPrintable(report.error));
    QCOMPARE(p.scenarios[0].halls.size(), 1);
    QCOMPARE(p.scenarios[0].halls[0].name, QStringLiteral("Hall, north"));
    QVERIFY(exportNetbox(p, p.scenarios[0], dir.filePath(QStringLiteral("out"))).isEmpty());
    QFile out(dir.filePath(QStringLiteral("out/racks.csv")));
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(out.readAll()).contains(QStringLiteral("Fjordplan,\"Hall, north\",R1,")));
}

// NetBox keeps the leg on outlets: the import spreads a panel's single-phase feeds over L1, L2, L3
// (so that an imported hall is not one loaded phase) and says so.
void TestNetbox::singlePhaseLegsAreSpread()
{
    QTemporaryDir dir;
    const QString racks = dir.filePath(QStringLiteral("racks.csv")),
                  feeds = dir.filePath(QStringLiteral("feeds.csv"));
    QVERIFY(write(racks, "site,location,name\nS1,Hall,R1\nS1,Hall,R2\nS1,Hall,R3\n"));
    QByteArray f = "site,power_panel,rack,name,type,phase,voltage,amperage\n";
    for (const char *r : {"R1", "R2", "R3"})
        for (const char *side : {"A", "B"})
            f += QByteArray("S1,P1,") + r + ',' + r + '-' + side + ',' +
                 (side[0] == 'A' ? "primary" : "redundant") + ",single-phase,230,16\n";
    QVERIFY(write(feeds, f));
    Project p = emptyProject();
    const NetboxImportReport report = importNetbox(p, p.scenarios[0].id, racks, feeds, {});
    QVERIFY2(report, qPrintable(report.error));
    QList<Phase> legs;
    for (const Rack &r : p.scenarios[0].racks)
        for (const RackFeed &feed : r.feeds)
            legs << feed.phase;
    QCOMPARE(legs, (QList<Phase>{Phase::L1, Phase::L2, Phase::L3, Phase::L1, Phase::L2, Phase::L3}));
    QVERIFY(report.notes.join(u'\n').contains(QStringLiteral("spread over L1, L2, L3")));
}

// The Narvik sample's racks take four feeds from each of their two busways: NetBox wants feed names
// unique per panel, so the export numbers them, and the export imports again (as NetBox would).
void TestNetbox::sampleExportReimports()
{
    const Project sample = makeNarvikSample();
    const Scenario &s = sample.scenarios.first();
    QTemporaryDir dir;
    QCOMPARE(exportNetbox(sample, s, dir.path()), QString());
    QFile feeds(dir.filePath(QStringLiteral("power-feeds.csv")));
    QVERIFY(feeds.open(QIODevice::ReadOnly));
    QSet<QByteArray> panelAndName;
    int lines = 0;
    feeds.readLine(); // header
    while (!feeds.atEnd()) {
        const QList<QByteArray> f = feeds.readLine().trimmed().split(','); // site is quoted with a comma
        const QByteArray key = f.value(2) + '|' + f.value(5);              // power_panel | name
        QVERIFY2(!panelAndName.contains(key), key.constData());
        panelAndName.insert(key);
        // a GB300 feed is its tap-off, not the 5000 A busway: 135 kW over the 4 feeds of one side
        // at 400 V three-phase is 48.7 A, the next standard breaker 50 A
        if (f.value(5).startsWith("H01-R01-01") || f.value(5).contains("/H01-R01-01 #"))
            QCOMPARE(f.value(11), QByteArray("50")); // amperage
        ++lines;
    }
    int rackFeeds = 0;
    for (const Rack &r : s.racks)
        rackFeeds += int(r.feeds.size());
    QCOMPARE(lines, rackFeeds);
    Project back = emptyProject();
    const NetboxImportReport report = importNetbox(
        back, back.scenarios[0].id, dir.filePath(QStringLiteral("racks.csv")),
        dir.filePath(QStringLiteral("power-feeds.csv")), dir.filePath(QStringLiteral("power-panels.csv")));
    QVERIFY2(report, qPrintable(report.error));
    QCOMPARE(report.racks, int(s.racks.size()));
    QCOMPARE(report.powerFeeds, rackFeeds);
}

void TestNetbox::badInput_data()
{
    QTest::addColumn<QByteArray>("racks");
    QTest::addColumn<QByteArray>("feeds");
    QTest::addColumn<QString>("error");
    const QByteArray okRacks = "site,name\nS1,R1\n";
    const QByteArray feedHeader = "site,power_panel,rack,name,type,phase,voltage,amperage\n";
    QTest::newRow("unknown column") << QByteArray("site,nam\nS1,R1\n") << QByteArray()
                                    << QStringLiteral("racks.csv:1: unknown column 'nam'");
    QTest::newRow("missing column") << QByteArray("site,location\nS1,L1\n") << QByteArray()
                                    << QStringLiteral("racks.csv:1: missing column 'name'");
    QTest::newRow("short row") << QByteArray("site,name\nS1,R1\nS1\n") << QByteArray()
                               << QStringLiteral("racks.csv:3: 1 fields, but the header has 2");
    QTest::newRow("unclosed quote") << QByteArray("site,name\nS1,\"R1\n") << QByteArray()
                                    << QStringLiteral("racks.csv:2: a quoted field is never closed");
    QTest::newRow("duplicate rack") << QByteArray("site,name\nS1,R1\nS1,R1\n") << QByteArray()
                                    << QStringLiteral("racks.csv:3: rack 'R1' appears twice");
    QTest::newRow("non-numeric amperage")
        << okRacks << feedHeader + "S1,P1,R1,F1,primary,single-phase,230,twenty\n"
        << QStringLiteral("power-feeds.csv:2: amperage 'twenty' is not a number");
    QTest::newRow("negative voltage") << okRacks << feedHeader + "S1,P1,R1,F1,primary,single-phase,-230,16\n"
                                      << QStringLiteral("power-feeds.csv:2: voltage -230 is outside");
    QTest::newRow("unknown rack") << okRacks
                                  << feedHeader + "S1,P1,R1,F1,primary,single-phase,230,16\n"
                                                  "S1,P1,R9,F2,primary,single-phase,230,16\n"
                                  << QStringLiteral("power-feeds.csv:3: feed 'F2' names unknown rack 'R9'");
    QTest::newRow("bad type") << okRacks << feedHeader + "S1,P1,R1,F1,backup,single-phase,230,16\n"
                              << QStringLiteral("power-feeds.csv:2: type 'backup' is neither");
    QTest::newRow("dc feed") << okRacks << QByteArray("site,power_panel,rack,name,supply\nS1,P1,R1,F1,dc\n")
                             << QStringLiteral("power-feeds.csv:2: feed 'F1' is a DC feed");
}

void TestNetbox::badInput()
{
    QFETCH(QByteArray, racks);
    QFETCH(QByteArray, feeds);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString racksPath = dir.filePath(QStringLiteral("racks.csv"));
    const QString feedsPath = feeds.isEmpty() ? QString() : dir.filePath(QStringLiteral("power-feeds.csv"));
    QVERIFY(write(racksPath, racks));
    if (!feeds.isEmpty())
        QVERIFY(write(feedsPath, feeds));
    Project p = emptyProject();
    const Project before = p;
    const NetboxImportReport report = importNetbox(p, p.scenarios[0].id, racksPath, feedsPath, {});
    QVERIFY(!report);
    QVERIFY2(report.error.startsWith(dir.path()), qPrintable(report.error));
    QVERIFY2(report.error.contains(error), qPrintable(report.error));
    QVERIFY(p == before); // nothing half-imported
}

QTEST_GUILESS_MAIN(TestNetbox)
#include "tst_netbox.moc"
