// The editors that make every object of a campus creatable in the window (issue 11): cooling
// systems (add, duplicate, remove, which halls they cool), load profiles (add, CSV import with
// file:line errors), rack types (a catalogue table), the site. Real widgets; each edit one undo step.
#include "tabtestsupport.h"

#include "model/document/projectdocument.h"
#include "model/sample/sitetemplates.h"
#include "ui/tabs/coolingtab.h"
#include "ui/tabs/costcatalogueeditor.h"
#include "ui/tabs/loadprofileeditor.h"
#include "ui/tabs/racktypeeditor.h"
#include "ui/tabs/supplyeditor.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fjord;
using namespace fjord::ui;
using fjord::test::typeInto;

class TestCampusEditors : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void coolingSystemsAddDuplicateRemoveAndHalls();
    void loadProfileAddAndCsvImport();
    void siteIsEditable();
    void rackCatalogueTable();
    void blankProjectShowsNotSet();

private:
    ProjectDocument *m_doc = nullptr;
    CoolingTab *m_tab = nullptr;
};

void TestCampusEditors::init()
{
    test::openTab(m_doc, m_tab);
}

void TestCampusEditors::cleanup()
{
    delete m_tab;
    delete m_doc;
}

void TestCampusEditors::coolingSystemsAddDuplicateRemoveAndHalls()
{
    const Project before = m_doc->project();
    auto *system = m_tab->findChild<QComboBox *>(QStringLiteral("coolingSystem"));
    auto *halls = m_tab->findChild<QListWidget *>(QStringLiteral("coolingHalls"));
    QVERIFY(system && halls);
    QCOMPARE(system->count(), 1);
    QCOMPARE(halls->count(), int(m_doc->scenario().halls.size()));
    // Every hall is cooled by the one system: all ticked.
    for (int i = 0; i < halls->count(); ++i)
        QCOMPARE(halls->item(i)->checkState(), Qt::Checked);

    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("duplicateCoolingSystem")),
                      Qt::LeftButton);
    QCOMPARE(m_doc->scenario().coolingSystems.size(), 2);
    QCOMPARE(system->count(), 2);
    QCOMPARE(system->currentText(), u"Liquid loop W32 (copy)"_qs); // the copy is shown
    QCOMPARE(m_doc->scenario().coolingSystems[1].supplyC, m_doc->scenario().coolingSystems[0].supplyC);
    // The copy cools no hall yet; tick the first hall: one undo step moves it to the copy.
    QCOMPARE(halls->item(0)->checkState(), Qt::Unchecked);
    const int steps = m_doc->undoStack()->count();
    const QRect rect = halls->visualItemRect(halls->item(0));
    QTest::mouseClick(halls->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 8, rect.center().y()));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->scenario().halls[0].coolingSystemId, m_doc->scenario().coolingSystems[1].id);

    // Rename through the name field.
    auto *name = m_tab->findChild<QLineEdit *>(QStringLiteral("coolingSystemName"));
    typeInto(name, QStringLiteral("Loop B"));
    QCOMPARE(m_doc->scenario().coolingSystems[1].name, u"Loop B"_qs);

    // Remove the copy: the hall it cooled has none; undo brings both back.
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("removeCoolingSystem")), Qt::LeftButton);
    QCOMPARE(m_doc->scenario().coolingSystems.size(), 1);
    QCOMPARE(m_doc->scenario().halls[0].coolingSystemId, NoId);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().halls[0].coolingSystemId, m_doc->scenario().coolingSystems[1].id);

    // Add: a METHOD-default system that takes the halls without one.
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("addCoolingSystem")), Qt::LeftButton);
    QCOMPARE(m_doc->scenario().coolingSystems.size(), 3);
    QCOMPARE(m_doc->scenario().coolingSystems[2].supplyC, CoolingSystem{}.supplyC);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().scenarios, before.scenarios); // (ids once taken stay taken)
}

void TestCampusEditors::loadProfileAddAndCsvImport()
{
    auto *editor = m_tab->findChild<LoadProfileEditor *>();
    QVERIFY(editor);
    const int profiles = int(m_doc->scenario().loadProfiles.size());
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("addLoadProfile")), Qt::LeftButton);
    QCOMPARE(m_doc->scenario().loadProfiles.size(), profiles + 1);
    QCOMPARE(editor->currentProfileId(), m_doc->scenario().loadProfiles.constLast().id);
    // Make it an inference profile with a 20 % daily amplitude through the widgets.
    auto *kind = m_tab->findChild<QComboBox *>(QStringLiteral("loadProfileKind"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(m_doc->scenario().loadProfiles.constLast().kind, LoadProfileKind::Inference);
    typeInto(m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("loadProfileAmplitude")),
             QStringLiteral("20"));
    QCOMPARE(m_doc->scenario().loadProfiles.constLast().amplitude, 0.2);

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("short.csv"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("utilisation\n0.5\nfoo\n");
    }
    const int steps = m_doc->undoStack()->count();
    QVERIFY(!editor->importCsv(bad));
    QCOMPARE(m_doc->undoStack()->count(), steps); // nothing changed
    auto *status = m_tab->findChild<QLabel *>(QStringLiteral("loadProfileStatus"));
    QVERIFY2(status->text().contains(u"short.csv:3:"), qPrintable(status->text()));

    const QString good = dir.filePath(QStringLiteral("night shift.csv"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int h = 0; h < HoursPerYear; ++h)
            f.write(h % 24 < 8 ? "90\n" : "40\n");
    }
    QVERIFY(editor->importCsv(good));
    const LoadProfile &custom = m_doc->scenario().loadProfiles.constLast();
    QCOMPARE(custom.name, u"night shift"_qs);
    QCOMPARE(custom.kind, LoadProfileKind::Custom);
    QCOMPARE(custom.hourly.size(), HoursPerYear);
    QCOMPARE(custom.hourly[0], 0.9);
    QCOMPARE(custom.hourly[12], 0.4);
    QVERIFY(status->text().contains(u"8760"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().loadProfiles.size(), profiles + 1);
}

void TestCampusEditors::siteIsEditable()
{
    typeInto(m_tab->findChild<QLineEdit *>(QStringLiteral("siteName")), QStringLiteral("Ballangen"));
    QCOMPARE(m_doc->project().site.name, u"Ballangen"_qs);
    typeInto(m_tab->findChild<QLineEdit *>(QStringLiteral("siteCountry")), QStringLiteral("no"));
    QCOMPARE(m_doc->project().site.country, u"NO"_qs);
    typeInto(m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("siteLatitude")), QStringLiteral("68.3"));
    QCOMPARE(m_doc->project().site.latitudeDeg, 68.3);
    // An empty name is refused: the field shows the site's name again.
    auto *name = m_tab->findChild<QLineEdit *>(QStringLiteral("siteName"));
    typeInto(name, QString());
    QCOMPARE(m_doc->project().site.name, u"Ballangen"_qs);
    QCOMPARE(name->text(), u"Ballangen"_qs);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().site.name, u"Test site"_qs);
}

void TestCampusEditors::rackCatalogueTable()
{
    RackTypeEditor editor(m_doc);
    editor.show();
    QTableWidget *table = editor.table();
    QCOMPARE(table->rowCount(), int(m_doc->project().rackTypes.size()));
    // Type a design power into the first row.
    QTableWidgetItem *power = table->item(0, RackTypeEditor::DesignKw);
    table->setCurrentItem(power);
    power->setData(Qt::EditRole, 140.0); // what the cell editor commits
    QCOMPARE(m_doc->project().rackTypes[0].designPowerW, 140e3);
    // A negative power is refused with a message; the model keeps its value.
    table->item(0, RackTypeEditor::DesignKw)->setData(Qt::EditRole, -5.0);
    QCOMPARE(m_doc->project().rackTypes[0].designPowerW, 140e3);
    QVERIFY2(editor.status()->text().contains(u"refused"), qPrintable(editor.status()->text()));
    QCOMPARE(table->item(0, RackTypeEditor::DesignKw)->data(Qt::EditRole).toDouble(), 140.0);

    // Add one, remove it; a type in use cannot be removed.
    const int types = int(m_doc->project().rackTypes.size());
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addRackType")), Qt::LeftButton);
    QCOMPARE(m_doc->project().rackTypes.size(), types + 1);
    QVERIFY(m_doc->project().rackTypes.constLast().designPowerW > 0);
    QCOMPARE(table->currentRow(), types);
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("removeRackType")), Qt::LeftButton);
    QCOMPARE(m_doc->project().rackTypes.size(), types);
    table->setCurrentCell(0, RackTypeEditor::Name); // GB300: racks use it
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("removeRackType")), Qt::LeftButton);
    QCOMPARE(m_doc->project().rackTypes.size(), types);
    QVERIFY2(editor.status()->text().contains(u"used by"), qPrintable(editor.status()->text()));
}

// A blank new project shows "not set" where it has no figure, not zeros that read as real ones.
void TestCampusEditors::blankProjectShowsNotSet()
{
    ProjectDocument blank(makeNewProject(QStringLiteral("Blank"), SiteTemplate::Blank));
    SupplyEditor supply(&blank);
    CostCatalogueEditor costs(&blank);
    for (const char *name : {"gridPrice", "carbon", "residualMix"})
        QCOMPARE(supply.findChild<QDoubleSpinBox *>(QLatin1String(name))->text(), u"not set"_qs);
    QCOMPARE(costs.findChild<QDoubleSpinBox *>(QStringLiteral("buildingPerW"))->text(), u"not set"_qs);
    // Typing a price makes it a figure.
    auto *price = supply.findChild<QDoubleSpinBox *>(QStringLiteral("gridPrice"));
    supply.show();
    typeInto(price, QStringLiteral("45"));
    QCOMPARE(blank.scenario().supply.grid.pricePerMWh, 45.0);
    QVERIFY(price->text() != u"not set");
    // The Nordic template's figures are real ones.
    ProjectDocument nordic(makeNewProject(QStringLiteral("N"), SiteTemplate::Nordic));
    SupplyEditor nordicSupply(&nordic);
    QVERIFY(nordicSupply.findChild<QDoubleSpinBox *>(QStringLiteral("gridPrice"))->text() != u"not set");
}

QTEST_MAIN(TestCampusEditors)
#include "tst_campuseditors.moc"
