// Edit > Preferences, the Help menu and the remembered window, driven like a user: the dialog's
// choices reach the views (power unit, currency, theme), the autosave timer and new projects, and
// persist; the user guide and the shortcut list open from their keys; the window comes back where
// it was left. Runs offscreen.
#include "model/document/projectdocument.h"
#include "ui/app/language.h"
#include "ui/dialogs/newprojectdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/dialogs/userguide.h"
#include "ui/mainwindow/kpistatus.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/overview/keyfigurecard.h"
#include "ui/settings/appsettings.h"
#include "ui/settings/displayunits.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>

using namespace fjord;
using fjord::ui::MainWindow;

class TestPreferences : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unitsAndCurrencyReachTheViewsAndPersist();
    void autosaveIntervalFollowsTheSetting();
    void newProjectsStartWithTheDefaults();
    void darkThemeRecoloursWindowAndCharts();
    void restoreDefaultsButtonResetsTheFields();
    void userGuideOpensWithF1AndFollowsLinks();
    void shortcutListShowsTheActionsKeys();
    void windowComesBackWhereItWasLeft();

private:
    static ui::SettingsDialog *openPreferences(MainWindow &window);
    static void choose(QComboBox *combo, const QString &text);
    static void clickOk(ui::SettingsDialog *dialog);
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FjordplanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
}

void TestPreferences::init()
{
    QSettings().clear(); // every test starts from the defaults, whatever an earlier run left
}

void TestPreferences::cleanup()
{
    ui::units::apply(ui::AppSettings{}); // the process-wide units back to MW and codes
    QSettings().clear();
}

ui::SettingsDialog *TestPreferences::openPreferences(MainWindow &window)
{
    window.activateWindow(); // as a user clicks back into it after a dialog
    // Not checked here: a window that never gets focus shows as the missing dialog below.
    static_cast<void>(QTest::qWaitFor([&] { return window.isActiveWindow(); }));
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier); // Ctrl+, as on every desktop
    ui::SettingsDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (dialog = window.findChild<ui::SettingsDialog *>()) && dialog->isVisible(); });
    return shown ? dialog : nullptr; // the caller checks
}

void TestPreferences::choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    // As with the keyboard: focus the box and step to the entry.
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentText(), text);
}

void TestPreferences::clickOk(ui::SettingsDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestPreferences::unitsAndCurrencyReachTheViewsAndPersist()
{
    MainWindow window;
    window.setAskBeforeDiscard(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSample();
    window.document()->recomputeNow();
    auto statusText = [&] { return window.findChild<ui::KpiStatus *>()->text(); };
    auto cardText = [&](const char *name) {
        return window.findChild<ui::KeyFigureCard *>(QLatin1String(name))
            ->findChild<QLabel *>(QStringLiteral("value"))
            ->text();
    };
    QTRY_VERIFY(statusText().contains(u" MW"_qs));
    QVERIFY(cardText("cardCapex").startsWith(u"EUR "_qs));
    const QString mwFigure = cardText("cardItCapacity");
    QVERIFY2(mwFigure.endsWith(u" MW"_qs), qPrintable(mwFigure));
    window.tabs()->setCurrentIndex(2); // the views are rebuilt: the tab must stay

    ui::SettingsDialog *dialog = openPreferences(window);
    QVERIFY(dialog);
    choose(dialog->findChild<QComboBox *>(QStringLiteral("powerUnitCombo")), u"kW (kilowatts)"_qs);
    choose(dialog->findChild<QComboBox *>(QStringLiteral("currencyCombo")), u"Symbol (€ 1.42 bn)"_qs);
    clickOk(dialog);

    // The status bar, the Overview's cards and stage table show kW and €, from the same W.
    QTRY_VERIFY2(statusText().contains(u" kW"_qs), qPrintable(statusText()));
    QVERIFY(!statusText().contains(u" MW"_qs));
    QCOMPARE(window.tabs()->currentIndex(), 2);
    const double itW =
        window.document()->results().stages.at(window.document()->currentStageIndex()).itCapacityW;
    QCOMPARE(cardText("cardItCapacity"), QLocale().toString(itW / 1e3, 'f', 0) + u" kW"_qs);
    QVERIFY2(cardText("cardCapex").startsWith(u"€ "_qs), qPrintable(cardText("cardCapex")));
    auto *stages = window.findChild<QTableWidget *>(QStringLiteral("overviewStageTable"));
    QVERIFY(stages->horizontalHeaderItem(4)->text().contains(u"(kW)"_qs));
    QVERIFY(stages->horizontalHeaderItem(10)->text().contains(u"(M €)"_qs));
    // The Expansion table's results and the charts of power on the other tabs follow too; the
    // grid added per stage is an input and keeps its own unit.
    auto *expansion = window.findChild<QTableWidget *>(QStringLiteral("stageTable"));
    QVERIFY(expansion);
    QCOMPARE(expansion->horizontalHeaderItem(6)->text(), u"IT capacity (kW)"_qs);
    QCOMPARE(expansion->horizontalHeaderItem(2)->text(), u"Grid added (MW)"_qs);
    const double firstItW = window.document()->results().stages.at(0).itCapacityW;
    QCOMPARE(expansion->item(0, 6)->text(), QLocale().toString(firstItW / 1e3, 'f', 0));
    const auto axisTitle = [&](const char *chartName) {
        auto *view = window.findChild<QChartView *>(QLatin1String(chartName));
        return view ? view->chart()->axes(Qt::Vertical).value(0)->titleText() : QString();
    };
    for (const char *chart : {"weekChart", "supplyWeekChart", "capacityChart", "capacityTimeChart"})
        QCOMPARE(axisTitle(chart), u"Power (kW)"_qs);
    QCOMPARE(axisTitle("allocationChart"), u"IT capacity (kW)"_qs);
    auto *allocation = window.findChild<QTableWidget *>(QStringLiteral("allocationTable"));
    QVERIFY(allocation);
    QCOMPARE(allocation->horizontalHeaderItem(1)->text(), u"IT capacity (kW)"_qs);
    auto *tenants = window.findChild<QTableWidget *>(QStringLiteral("tenantTable"));
    QVERIFY(tenants);
    QCOMPARE(tenants->horizontalHeaderItem(tenants->columnCount() - 1)->text(), u"Allocated (kW)"_qs);

    // Kept for the next session.
    const ui::AppSettings stored = ui::AppSettings::load();
    QCOMPARE(stored.powerUnit, ui::PowerUnit::kW);
    QCOMPARE(stored.currencyStyle, ui::CurrencyStyle::Symbol);
    QCOMPARE(window.settings(), stored);
}

void TestPreferences::autosaveIntervalFollowsTheSetting()
{
    MainWindow window;
    window.setAskBeforeDiscard(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSample();
    auto *timer = window.findChild<QTimer *>();
    QCOMPARE(window.autosaveIntervalMs(), 2 * 60 * 1000);

    ui::SettingsDialog *dialog = openPreferences(window);
    QVERIFY(dialog);
    auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("autosaveSpin"));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, u"7"_qs);
    clickOk(dialog);
    QTRY_COMPARE(window.autosaveIntervalMs(), 7 * 60 * 1000);
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 7 * 60 * 1000);

    dialog = openPreferences(window);
    QVERIFY(dialog);
    spin = dialog->findChild<QSpinBox *>(QStringLiteral("autosaveSpin"));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, u"0"_qs);
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(spin->text(), u"Off"_qs); // 0 reads as "Off", not "0 min"
    clickOk(dialog);
    QTRY_VERIFY(!timer->isActive());
    QCOMPARE(ui::AppSettings::load().autosaveMinutes, 0);
}

void TestPreferences::newProjectsStartWithTheDefaults()
{
    MainWindow window;
    window.setAskBeforeDiscard(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ui::SettingsDialog *dialog = openPreferences(window);
    QVERIFY(dialog);
    choose(dialog->findChild<QComboBox *>(QStringLiteral("continuousLoadCombo")),
           u"NEC: 80 % of the rating"_qs);
    auto *aisle = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("minAisleSpin"));
    aisle->setFocus();
    aisle->selectAll();
    QTest::keyClicks(aisle, QLocale().toString(1.5, 'f', 2));
    auto *warn = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("imbalanceWarnSpin"));
    warn->setFocus();
    warn->selectAll();
    QTest::keyClicks(warn, u"15"_qs);
    QTest::keyClick(warn, Qt::Key_Tab);
    // The error threshold cannot go below the warning one.
    QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("imbalanceErrorSpin"))->minimum(), 15.0);
    clickOk(dialog);
    QTRY_COMPARE(window.settings().newProjectDefaults.continuousLoad, ContinuousLoadRule::Nec80);

    QTimer::singleShot(0, this, [] {
        auto *choose = qobject_cast<ui::NewProjectDialog *>(QApplication::activeModalWidget());
        if (!choose)
            return;
        QTest::mouseClick(choose->findChild<QDialogButtonBox *>(QStringLiteral("newProjectButtons"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    QVERIFY(window.document());
    const ProjectSettings &settings = window.document()->project().settings;
    QCOMPARE(settings.continuousLoad, ContinuousLoadRule::Nec80);
    QCOMPARE(settings.minAisleWidthM, 1.5);
    QCOMPARE(settings.imbalanceWarnPct, 15.0);
    QCOMPARE(settings.imbalanceErrorPct, ProjectSettings{}.imbalanceErrorPct);
}

void TestPreferences::darkThemeRecoloursWindowAndCharts()
{
    const QPalette original = QApplication::palette();
    MainWindow window;
    window.setAskBeforeDiscard(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSample();
    QVERIFY(window.palette().color(QPalette::Window).lightness() > 128);

    ui::SettingsDialog *dialog = openPreferences(window);
    QVERIFY(dialog);
    choose(dialog->findChild<QComboBox *>(QStringLiteral("themeCombo")), u"Dark"_qs);
    clickOk(dialog);
    QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 128);
    QVERIFY(window.palette().color(QPalette::WindowText).lightness() > 128); // text stays readable
    // The charts are rebuilt dark too (a white chart on a dark window glares).
    window.tabs()->setCurrentIndex(0);
    const auto charts = window.tabs()->currentWidget()->findChildren<QChartView *>();
    QVERIFY(!charts.isEmpty());
    for (QChartView *view : charts)
        QCOMPARE(view->chart()->theme(), QChart::ChartThemeDark);

    dialog = openPreferences(window);
    QVERIFY(dialog);
    choose(dialog->findChild<QComboBox *>(QStringLiteral("themeCombo")), u"As the system"_qs);
    clickOk(dialog);
    QTRY_COMPARE(QApplication::palette().color(QPalette::Window), original.color(QPalette::Window));
}

void TestPreferences::restoreDefaultsButtonResetsTheFields()
{
    ui::AppSettings changed;
    changed.powerUnit = ui::PowerUnit::kW;
    changed.autosaveMinutes = 30;
    changed.newProjectDefaults.priorityCapacityTarget = 0.25;
    ui::SettingsDialog dialog(changed);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.settings(), changed);
    // The languages offered are those compiled in, each named in itself, after "as the system".
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(language);
    QStringList codes;
    for (int i = 1; i < language->count(); ++i)
        codes << language->itemData(i).toString();
    QCOMPARE(language->itemData(0).toString(), QString());
    QCOMPARE(codes, ui::availableLanguages());
    QCOMPARE(language->itemText(language->findData(u"en"_qs)), u"English"_qs);
    QCOMPARE(language->itemText(language->findData(u"nb"_qs)), u"Norsk bokmål"_qs);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(dialog.settings(), ui::AppSettings{});
}

void TestPreferences::userGuideOpensWithF1AndFollowsLinks()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    ui::UserGuide *guide = nullptr;
    QTRY_VERIFY((guide = window.findChild<ui::UserGuide *>()) && guide->isVisible());
    QTextBrowser *browser = guide->browser();
    QTRY_VERIFY(browser->toPlainText().contains(u"Opening the Narvik sample"_qs));
    QVERIFY(browser->toPlainText().contains(u"Planning a campus of your own"_qs));

    // Click the contents entry "Report: what an investor reads": the guide scrolls to that section.
    QTextCursor link = browser->document()->find(u"Report: what an investor reads"_qs);
    QVERIFY(!link.isNull());
    browser->setTextCursor(link);
    browser->ensureCursorVisible();
    QCOMPARE(browser->verticalScrollBar()->value(), 0);
    const QRect at = browser->cursorRect(link);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at.center() - QPoint(at.width() + 20, 0));
    QTRY_VERIFY(browser->verticalScrollBar()->value() > 0);
    QTRY_VERIFY(browser->source().fragment() == u"report"_qs);
    auto *back = guide->findChild<QPushButton *>(QStringLiteral("userGuideBack"));
    QVERIFY(back->isEnabled());

    // Asked again, the same window comes forward (not a second one).
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(window.findChildren<ui::UserGuide *>().size(), 1);
}

void TestPreferences::shortcutListShowsTheActionsKeys()
{
    MainWindow window;
    window.setAskBeforeDiscard(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSample();
    window.findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
    ui::ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ui::ShortcutsDialog *>()) && dialog->isVisible());
    QTableWidget *table = dialog->table();
    QHash<QString, QString> keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    // Read from the actions themselves: the ones a user expects, with the keys Qt would act on.
    const auto keyOf = [](const char *name) {
        return QKeySequence(QString::fromLatin1(name)).toString(QKeySequence::NativeText);
    };
    QVERIFY2(keys.value(u"Undo"_qs).contains(keyOf("Ctrl+Z")), qPrintable(keys.value(u"Undo"_qs)));
    QVERIFY(keys.value(u"Redo"_qs).contains(keyOf("Ctrl+Y")));
    QVERIFY(keys.value(u"Save As"_qs).contains(keyOf("Ctrl+Shift+S")));
    QVERIFY(keys.value(u"Preferences"_qs).contains(keyOf("Ctrl+,")));
    QVERIFY(keys.value(u"Fjordplan User Guide"_qs).contains(keyOf("F1")));
    QVERIFY(keys.value(u"Rotate"_qs).contains(u"R"_qs)); // the floor plan's actions too
    QVERIFY(keys.contains(u"Floor plan: fit the campus"_qs));
}

void TestPreferences::windowComesBackWhereItWasLeft()
{
    QRect left;
    {
        MainWindow window;
        window.setAskBeforeDiscard(false);
        window.resize(760, 560); // inside the offscreen screen, so nothing is clamped
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openSample();
        auto *tree = window.findChild<QDockWidget *>(QStringLiteral("projectDock"));
        // The user puts the project tree at the bottom.
        QTRY_VERIFY(tree->isVisible());
        window.addDockWidget(Qt::BottomDockWidgetArea, tree);
        QCOMPARE(window.dockWidgetArea(tree), Qt::BottomDockWidgetArea);
        left = window.geometry();
        QVERIFY(window.close());
    }
    MainWindow again;
    again.setAskBeforeDiscard(false);
    again.restoreWindowLayout();
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), left.size());
    again.openSample();
    auto *tree = again.findChild<QDockWidget *>(QStringLiteral("projectDock"));
    QTRY_COMPARE(again.dockWidgetArea(tree), Qt::BottomDockWidgetArea);

    // Without a saved layout a window takes most of the screen, never more.
    QSettings().clear();
    MainWindow fresh;
    const QSize available = fresh.screen()->availableSize();
    QVERIFY(fresh.width() <= available.width() && fresh.width() >= available.width() * 9 / 10);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
