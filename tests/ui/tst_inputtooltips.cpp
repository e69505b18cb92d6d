// Every number input says, when hovered, what it is and in which unit: walks every tab of the
// Narvik sample and the inspector for each kind of object, hovers each visible spin box as a user
// would (a tooltip event on its text field) and reads what the tooltip shows. Runs offscreen.
#include "model/document/projectdocument.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/power/powertab.h"
#include "ui/widgets/inputtooltips.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolTip>

using namespace fjord;
using fjord::ui::MainWindow;

class TestInputToolTips : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void composesFromLabelAndUnit();
    void everyInputOfTheSampleNamesItsQuantityAndUnit();

private:
    // The visible spin boxes under `root` not checked yet; each one's failure is added to `bad`.
    void checkInputs(QWidget *root, const QString &where, QStringList &bad);
    QSet<const QWidget *> m_checked;
};

void TestInputToolTips::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FjordplanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_inputtooltips"));
}

void TestInputToolTips::composesFromLabelAndUnit()
{
    QWidget form;
    auto *layout = new QFormLayout(&form);
    auto *approach = new QDoubleSpinBox;
    approach->setSuffix(QStringLiteral(" K"));
    layout->addRow(QStringLiteral("Dry-cooler &approach:"), approach);
    auto *described = new QDoubleSpinBox;
    described->setSuffix(QStringLiteral(" MW"));
    described->setToolTip(QStringLiteral("Heat the offtake takes at most"));
    layout->addRow(QStringLiteral("Capacity"), described);
    auto *row = new QHBoxLayout; // a field inside a row layout still finds its label
    auto *range = new QSpinBox;
    range->setSuffix(QStringLiteral(" years"));
    row->addWidget(range);
    row->addWidget(new QLabel(QStringLiteral("(return 40 °C)")));
    layout->addRow(QStringLiteral("Life"), row);

    QCOMPARE(ui::InputToolTips::toolTipFor(approach), u"Dry-cooler approach, in K"_qs);
    QCOMPARE(ui::InputToolTips::toolTipFor(described), u"Heat the offtake takes at most (in MW)"_qs);
    QCOMPARE(ui::InputToolTips::toolTipFor(range), u"Life, in years"_qs);
    described->setToolTip(QStringLiteral("Heat the offtake takes at most, MW"));
    QCOMPARE(ui::InputToolTips::toolTipFor(described), described->toolTip()); // the unit is not repeated
}

void TestInputToolTips::checkInputs(QWidget *root, const QString &where, QStringList &bad)
{
    for (QAbstractSpinBox *box : root->findChildren<QAbstractSpinBox *>()) {
        if (!box->isVisible() || m_checked.contains(box))
            continue;
        m_checked.insert(box);
        // Hover the text field, as the pointer would.
        QWidget *field = box->findChild<QLineEdit *>();
        const QPoint at = field->rect().center();
        QHelpEvent hover(QEvent::ToolTip, at, field->mapToGlobal(at));
        QApplication::sendEvent(field, &hover);
        const QString shown = box->toolTip();
        const QString name =
            where + u' ' +
            (box->objectName().isEmpty() ? QString::fromLatin1(box->metaObject()->className())
                                         : box->objectName());
        QString suffix;
        if (auto *d = qobject_cast<QDoubleSpinBox *>(box))
            suffix = d->suffix().trimmed();
        if (auto *i = qobject_cast<QSpinBox *>(box))
            suffix = i->suffix().trimmed();
        if (shown.isEmpty() || shown.startsWith(u"Value "_qs))
            bad << name + u": says nothing about what it is"_qs;
        else if (!suffix.isEmpty() && !shown.contains(suffix))
            bad << name + u": \""_qs + shown + u"\" has no unit "_qs + suffix;
        else if (!QToolTip::isVisible() || QToolTip::text() != shown)
            bad << name + u": the tooltip did not show"_qs;
        QToolTip::hideText();
    }
}

void TestInputToolTips::everyInputOfTheSampleNamesItsQuantityAndUnit()
{
    MainWindow window;
    window.setAskBeforeDiscard(false);
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSample();
    ProjectDocument *doc = window.document();
    QStringList bad;
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        QTRY_VERIFY(window.tabs()->currentWidget()->isVisible());
        QCoreApplication::processEvents(); // a tab fills its editors when first shown
        checkInputs(&window, window.tabs()->tabText(i).remove(u'&'), bad);
    }
    // The inspector, for each kind of object.
    const Scenario &s = doc->scenario();
    window.tabs()->setCurrentIndex(1); // Layout
    for (const QList<Id> &selection :
         {QList<Id>{s.halls.first().id}, QList<Id>{s.rows.first().id}, QList<Id>{s.racks.first().id},
          QList<Id>{s.racks.first().id, s.racks.last().id}}) {
        doc->setSelection(selection);
        QCoreApplication::processEvents();
        checkInputs(&window, u"inspector"_qs, bad);
    }
    auto *power = window.findChild<ui::PowerTab *>();
    window.tabs()->setCurrentWidget(power);
    QSet<PowerNodeKind> kinds;
    for (const PowerNode &n : s.powerNodes) {
        if (kinds.contains(n.kind))
            continue;
        kinds.insert(n.kind);
        power->selectNode(n.id);
        QCoreApplication::processEvents();
        checkInputs(&window, u"power inspector"_qs, bad);
    }
    QVERIFY2(m_checked.size() > 60,
             qPrintable(QString::number(m_checked.size()))); // the walk saw the editors

    // The preferences dialog too.
    ui::SettingsDialog preferences(window.settings(), &window);
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    checkInputs(&preferences, u"preferences"_qs, bad);

    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
}

QTEST_MAIN(TestInputToolTips)
#include "tst_inputtooltips.moc"
