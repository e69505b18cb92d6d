// The window in Norwegian Bokmål with the Narvik sample: every tab (found by its object name), the menus,
// docks, tool bars, chart titles and axes, table headers, tooltips and the Problems list show no English
// word that a translation replaces. The sample's own names ("Stage 1", "Baseline") are data, not
// interface, and are taken out of each text before it is checked.
#include "model/document/projectdocument.h"
#include "model/project.h"
#include "model/sample/narviksample.h"
#include "model/storage/projectfile.h"
#include "model/storage/sqliteconnection.h"
#include "ui/app/language.h"
#include "ui/dialogs/netboximportdialog.h"
#include "ui/dialogs/newprojectdialog.h"
#include "ui/dialogs/serverconnectiondialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/dialogs/userguide.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/report/reportexportdialog.h"
#include "ui/report/reporttab.h"
#include "ui/settings/appsettings.h"
#include "ui/tabs/comparetab.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QMenu>
#include <QPointer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

#include <algorithm>

using namespace fjord;
using namespace fjord::ui;

namespace {

// English words of the interface that the Bokmål translation replaces (word-bounded, case-sensitive
// for the capitalised ones so that units and codes do not trip them).
const QStringList EnglishWords = {
    QStringLiteral("Stage"),    QStringLiteral("Stages"),     QStringLiteral("Cooling"),
    QStringLiteral("Power"),    QStringLiteral("Problems"),   QStringLiteral("Save"),
    QStringLiteral("Energy"),   QStringLiteral("Expansion"),  QStringLiteral("Finance"),
    QStringLiteral("Tenants"),  QStringLiteral("Renewables"), QStringLiteral("Overview"),
    QStringLiteral("Capacity"), QStringLiteral("Design"),     QStringLiteral("Revenue"),
    QStringLiteral("Report"),   QStringLiteral("Undo"),       QStringLiteral("Redo"),
    QStringLiteral("File"),     QStringLiteral("Edit"),       QStringLiteral("View"),
    QStringLiteral("Help"),     QStringLiteral("Add"),        QStringLiteral("Remove"),
    QStringLiteral("Cancel"),   QStringLiteral("Export"),     QStringLiteral("Supply"),
    QStringLiteral("Price"),    QStringLiteral("Year"),       QStringLiteral("Month"),
    QStringLiteral("Name"),     QStringLiteral("Grid"),       QStringLiteral("Peak"),
    QStringLiteral("the"),      QStringLiteral("and"),        QStringLiteral("with"),
    QStringLiteral("of"),       QStringLiteral("per year"),   QStringLiteral("racks"),
};

// Every name the project holds: what the planner typed is shown as typed, in any language.
QStringList dataNames(const Project &p)
{
    QStringList names{p.name, p.description, p.site.name, p.site.climate.name};
    for (const RackType &t : p.rackTypes)
        names << t.name << t.vendor << t.referenceWorkload;
    for (const OpexItem &o : p.opex)
        names << o.name;
    for (const Scenario &s : p.scenarios) {
        names << s.name << s.supply.grid.name;
        for (const auto &x : s.stages)
            names << x.name;
        for (const auto &x : s.halls)
            names << x.name;
        for (const auto &x : s.rows)
            names << x.name;
        for (const auto &x : s.racks)
            names << x.name;
        for (const auto &x : s.powerNodes)
            names << x.name;
        for (const auto &x : s.redundancyGroups)
            names << x.name;
        for (const auto &x : s.coolingSystems)
            names << x.name;
        for (const auto &x : s.loadProfiles)
            names << x.name;
        for (const auto &x : s.heatOfftakes)
            names << x.name;
        for (const auto &x : s.tenants)
            names << x.name;
        for (const auto &x : s.supply.ppas)
            names << x.name;
        for (const auto &x : s.supply.guarantees)
            names << x.name;
    }
    names.removeAll(QString());
    names.removeDuplicates();
    // The longest first, so "Stage 10" goes before "Stage 1".
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return names;
}

class Checker {
public:
    explicit Checker(QStringList names) : m_names(std::move(names))
    {
        for (const QString &w : EnglishWords)
            m_words << QRegularExpression(
                QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(w)));
    }
    // Checks one text shown in `where`; remembers each finding once.
    void check(const QString &where, QString text)
    {
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // rich text: the words only
        for (const QString &name : std::as_const(m_names))
            text.replace(name, QStringLiteral(" "));
        for (const QRegularExpression &re : std::as_const(m_words)) {
            const QRegularExpressionMatch m = re.match(text);
            if (m.hasMatch()) {
                const QString finding =
                    QStringLiteral("%1: \"%2\" in \"%3\"").arg(where, m.captured(), text.simplified());
                if (!m_findings.contains(finding))
                    m_findings << finding;
            }
        }
        ++m_checked;
    }
    const QStringList &findings() const { return m_findings; }
    int checked() const { return m_checked; }

private:
    QStringList m_names;
    QList<QRegularExpression> m_words;
    QStringList m_findings;
    int m_checked = 0;
};

// The texts a person reads in `root`: labels, buttons, group boxes, tab bars, headers, charts, tooltips.
void checkWidgets(Checker &c, QWidget *root, const QString &where)
{
    for (QLabel *l : root->findChildren<QLabel *>())
        if (l->isVisible()) {
            c.check(where + QStringLiteral(" label"), l->text());
            c.check(where + QStringLiteral(" tooltip"), l->toolTip());
        }
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        if (b->isVisible()) {
            c.check(where + QStringLiteral(" button"), b->text());
            c.check(where + QStringLiteral(" tooltip"), b->toolTip());
        }
    for (QGroupBox *g : root->findChildren<QGroupBox *>())
        if (g->isVisible())
            c.check(where + QStringLiteral(" group"), g->title());
    for (QTabBar *bar : root->findChildren<QTabBar *>())
        if (bar->isVisible())
            for (int i = 0; i < bar->count(); ++i)
                c.check(where + QStringLiteral(" tab"), bar->tabText(i));
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model())
            continue;
        const QAbstractItemModel *m = view->model();
        for (int col = 0; col < m->columnCount(); ++col)
            c.check(where + QStringLiteral(" header"), m->headerData(col, Qt::Horizontal).toString());
    }
    for (QChartView *view : root->findChildren<QChartView *>()) {
        if (!view->isVisible() || !view->chart())
            continue;
        QChart *chart = view->chart();
        c.check(where + QStringLiteral(" chart title"), chart->title());
        for (QAbstractAxis *axis : chart->axes())
            c.check(where + QStringLiteral(" axis"), axis->titleText());
        for (QLegendMarker *marker : chart->legend()->markers())
            c.check(where + QStringLiteral(" legend"), marker->label());
    }
}

} // namespace

class TestTranslatedUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyTabInBokmal();
    void userGuideInBokmal();
    void fileDialogInBokmal();
    void damagedFileMessageInBokmal();
    void dialogsInBokmal();
};

void TestTranslatedUi::initTestCase()
{
    QVERIFY(availableLanguages().contains(QStringLiteral("nb")));
    installTranslations(*QCoreApplication::instance(), QStringLiteral("nb"));
    QCOMPARE(currentLanguage(), QStringLiteral("nb"));
    QCOMPARE(QLocale().language(), QLocale::NorwegianBokmal);
}

void TestTranslatedUi::cleanupTestCase()
{
    installTranslations(*QCoreApplication::instance(), QString()); // back to the system's
}

void TestTranslatedUi::everyTabInBokmal()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSample();
    QTRY_VERIFY(window.tabs() && window.tabs()->isVisible());
    Checker checker(dataNames(window.document()->project()));

    const QStringList tabNames = {
        QStringLiteral("overviewTab"), QStringLiteral("layoutTab"),     QStringLiteral("powerTab"),
        QStringLiteral("coolingTab"),  QStringLiteral("expansionTab"),  QStringLiteral("financeTab"),
        QStringLiteral("tenantsTab"),  QStringLiteral("renewablesTab"), QStringLiteral("riskTab"),
        QStringLiteral("compareTab"),  QStringLiteral("reportTab")};
    QCOMPARE(window.tabs()->count(), tabNames.size());
    // The tab titles themselves are Norwegian: the words a person sees first.
    QCOMPARE(window.tabs()->tabText(
                 window.tabs()->indexOf(window.findChild<QWidget *>(QStringLiteral("powerTab")))),
             QStringLiteral("Strøm"));
    for (const QString &name : tabNames) {
        QWidget *tab = window.tabs()->findChild<QWidget *>(name, Qt::FindDirectChildrenOnly);
        if (!tab) // QTabWidget keeps its pages in a stack
            tab = window.tabs()->findChild<QWidget *>(name);
        QVERIFY2(tab, qPrintable(name));
        window.tabs()->setCurrentWidget(tab);
        QTRY_VERIFY(tab->isVisible());
        // The Compare and Report tabs fill a moment after they are shown.
        if (auto *compare = qobject_cast<CompareTab *>(tab))
            QTRY_VERIFY(compare->table()->rowCount() > 0);
        if (auto *report = qobject_cast<ReportTab *>(tab))
            QTRY_VERIFY_WITH_TIMEOUT(report->pageCount() > 0, 20000);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        checkWidgets(checker, tab, name);
    }
    // Docks (project tree, inspector, Problems, undo history), their titles and the Problems' messages.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        checker.check(QStringLiteral("dock title"), dock->windowTitle());
        checkWidgets(checker, dock, dock->objectName());
    }
    // The tool bars (scenario and stage selectors) and the status bar's live figures.
    for (QToolBar *bar : window.findChildren<QToolBar *>())
        checkWidgets(checker, bar, QStringLiteral("tool bar"));
    checkWidgets(checker, window.statusBar(), QStringLiteral("status bar"));
    auto *problems = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    QVERIFY(problems);
    int problemTexts = 0;
    for (QTreeView *view : problems->findChildren<QTreeView *>()) {
        const QAbstractItemModel *m = view->model();
        for (int r = 0; m && r < m->rowCount(); ++r)
            for (int col = 0; col < m->columnCount(); ++col) {
                const QModelIndex group = m->index(r, col);
                checker.check(QStringLiteral("problem group"), m->data(group).toString());
                for (int k = 0; k < m->rowCount(m->index(r, 0)); ++k, ++problemTexts)
                    checker.check(QStringLiteral("problem"),
                                  m->data(m->index(k, col, m->index(r, 0))).toString());
            }
    }
    // Menus, tool bars and every action's text and tooltip (the accelerator's & is not a letter).
    for (QAction *action : window.findChildren<QAction *>()) {
        checker.check(QStringLiteral("action"), action->text().remove(u'&'));
        checker.check(QStringLiteral("action tooltip"), action->toolTip().remove(u'&'));
    }
    QVERIFY2(checker.checked() > 500, qPrintable(QString::number(checker.checked())));
    for (const QString &finding : checker.findings()) // all of them: a failure message is cut short
        qWarning().noquote() << finding;
    QVERIFY2(checker.findings().isEmpty(),
             qPrintable(QStringLiteral("%1 English texts, listed above").arg(checker.findings().size())));
}

// Help > User Guide opens the Norwegian guide, compiled in beside the English one.
void TestTranslatedUi::userGuideInBokmal()
{
    QCOMPARE(UserGuide::sourceUrl(), QStringLiteral("qrc:/help/user-guide.nb.html"));
    UserGuide guide;
    QTRY_COMPARE(guide.browser()->documentTitle(), QStringLiteral("Brukerveiledning for Fjordplan"));
    QVERIFY(guide.browser()->toPlainText().contains(QStringLiteral("Fil > Åpne Narvik-eksempelet")));
    QCOMPARE(guide.windowTitle(), QStringLiteral("Brukerveiledning for Fjordplan"));
}

// File > Open (Ctrl+O) shows Qt's own file dialog where the desktop has none (offscreen, a bare X
// session): its labels, buttons, sidebar and column headers are Norwegian too, from our catalogue.
void TestTranslatedUi::fileDialogInBokmal()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The dialog deletes itself when it returns: a plain pointer would dangle (UBSan found it).
    QPointer<QFileDialog> dialog;
    bool found = false;
    // Whatever happens below, no dialog is left open to hang the test.
    QTimer::singleShot(15000, this, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    // The dialog runs its own event loop: inspect and close it from inside that loop.
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY((dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())));
        found = true;
        const auto closeIt = qScopeGuard([&] { dialog->reject(); });
        QTRY_VERIFY(dialog->isVisible());
        Checker checker({});
        checkWidgets(checker, dialog, QStringLiteral("file dialog"));
        for (const QString &finding : checker.findings())
            qWarning().noquote() << finding;
        QVERIFY2(checker.findings().isEmpty(), "English texts in the file dialog, listed above");
        QVERIFY(checker.checked() > 10);
        QStringList labels;
        for (QLabel *l : dialog->findChildren<QLabel *>())
            labels << l->text();
        QVERIFY2(labels.contains(QStringLiteral("Se i:")), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("Fil&navn:")), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("Filtype:")), qPrintable(labels.join(u'|')));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Avbryt"));
    });
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    QVERIFY(found);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

// A damaged project file: the message names table, column and row in Bokmål (the storage's detail
// lines go through the catalogue too), not only its first words.
void TestTranslatedUi::damagedFileMessageInBokmal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("damaged.fjordplan"));
    QVERIFY(storage::saveProject(makeNarvikSample(), file).isEmpty());
    {
        storage::SqliteConnection connection;
        QVERIFY(connection.open(file, storage::SqliteConnection::Mode::ReadWrite).isEmpty());
        QVERIFY(connection
                    .exec(QStringLiteral("UPDATE rack SET x_m = 'abc' WHERE id = "
                                         "(SELECT MIN(id) FROM rack)"))
                    .isEmpty());
    }
    const storage::OpenResult opened = storage::openProject(file);
    QVERIFY(!opened);
    QVERIFY2(opened.error.contains(QStringLiteral("tabell rack, kolonne x_m")), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(QStringLiteral("forventet et tall, fant teksten «abc»")),
             qPrintable(opened.error));
}

// Every dialog of the menus, each page of the tabbed ones, with its title and its choices.
void TestTranslatedUi::dialogsInBokmal()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSample();
    QTRY_VERIFY(window.document());
    Checker checker(dataNames(window.document()->project()));
    const auto checkDialog = [&](QDialog *dialog, const QString &where) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        checker.check(where + QStringLiteral(" title"), dialog->windowTitle());
        const QList<QTabWidget *> pages = dialog->findChildren<QTabWidget *>();
        if (pages.isEmpty())
            checkWidgets(checker, dialog, where);
        for (QTabWidget *tabs : pages)
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTRY_VERIFY(tabs->currentWidget()->isVisible());
                checkWidgets(checker, dialog, where + QLatin1Char(' ') + tabs->tabText(i));
            }
        for (QComboBox *combo : dialog->findChildren<QComboBox *>())
            for (int i = 0; i < combo->count(); ++i)
                checker.check(where + QStringLiteral(" choice"), combo->itemText(i));
        dialog->reject();
    };
    NewProjectDialog newProject(&window);
    checkDialog(&newProject, QStringLiteral("new project"));
    NetboxImportDialog netbox(&window);
    checkDialog(&netbox, QStringLiteral("NetBox import"));
    ServerConnectionDialog serverOpen(ServerConnectionDialog::Mode::Open, &window);
    checkDialog(&serverOpen, QStringLiteral("server open"));
    ServerConnectionDialog serverSave(ServerConnectionDialog::Mode::Save, &window);
    checkDialog(&serverSave, QStringLiteral("server save"));
    SettingsDialog settings(AppSettings{}, &window);
    checkDialog(&settings, QStringLiteral("preferences"));
    ShortcutsDialog shortcuts(&window, &window);
    checkDialog(&shortcuts, QStringLiteral("shortcuts"));
    ReportExportDialog exportReport(window.document(), &window);
    checkDialog(&exportReport, QStringLiteral("report export"));
    QVERIFY2(checker.checked() > 120, qPrintable(QString::number(checker.checked())));
    for (const QString &finding : checker.findings())
        qWarning().noquote() << finding;
    QVERIFY2(checker.findings().isEmpty(),
             qPrintable(QStringLiteral("%1 English texts, listed above").arg(checker.findings().size())));
}

QTEST_MAIN(TestTranslatedUi)
#include "tst_translatedui.moc"
