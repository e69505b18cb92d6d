// File > Import from NetBox: one undo step, a report, and nothing changed on a bad CSV.
#include "model/document/projectdocument.h"
#include "model/sample/narviksample.h"
#include "ui/dialogs/netboxactions.h"
#include "ui/dialogs/netboximportdialog.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fjord;

class TestNetboxImport : public QObject {
    Q_OBJECT
private slots:
    void importIsOneUndoStep();
    void badCsvChangesNothing();
    void dialogNeedsARacksFile();
};

void TestNetboxImport::importIsOneUndoStep()
{
    const QString dir = QStringLiteral(FJORD_SHARED_DATA "/netbox/");
    if (!QFile::exists(dir + QStringLiteral("netbox-demo-v4.2_racks.csv")))
        QSKIP("../shared/data/netbox is absent");
    ProjectDocument doc(makeEmptyProject(QStringLiteral("NetBox")));
    QCOMPARE(doc.scenario().racks.size(), 0);
    bool ok = false;
    const QString message =
        ui::importNetboxInto(&doc, dir + QStringLiteral("netbox-demo-v4.2_racks.csv"),
                             dir + QStringLiteral("netbox-demo-v4.2_powerfeeds.csv"),
                             dir + QStringLiteral("netbox-demo-v4.2_powerpanels.csv"), &ok);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY(message.startsWith(QLatin1String("Imported 24 racks, 4 power panels and 48 power feeds.")));
    QCOMPARE(doc.scenario().racks.size(), 24);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().racks.size(), 0);
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QCOMPARE(doc.scenario().racks.size(), 24);
}

void TestNetboxImport::badCsvChangesNothing()
{
    QTemporaryDir tmp;
    const QString racks = tmp.filePath(QStringLiteral("racks.csv"));
    QFile f(racks);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("site,location,name\nMDF,Row 1,R101\nMDF,Row 1\n"); // line 3 lacks a column
    f.close();
    ProjectDocument doc(makeNarvikSample());
    const Project before = doc.project();
    bool ok = true;
    const QString message = ui::importNetboxInto(&doc, racks, {}, {}, &ok);
    QVERIFY(!ok);
    QVERIFY2(message.contains(racks), qPrintable(message)); // names the file
    QVERIFY(doc.project() == before);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestNetboxImport::dialogNeedsARacksFile()
{
    ui::NetboxImportDialog dialog;
    dialog.show();
    QVERIFY(!dialog.importButton()->isEnabled());
    QTest::keyClicks(dialog.racksEdit(), QStringLiteral("/data/racks.csv"));
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(dialog.racksPath(), QStringLiteral("/data/racks.csv"));
    QCOMPARE(dialog.powerFeedsPath(), QString());
}

QTEST_MAIN(TestNetboxImport)
#include "tst_netboximport.moc"
