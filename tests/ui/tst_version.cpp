// One version, set once in CMake: both binaries print it, the About box shows it, and the desktop
// entry, the AppStream id and the running application agree on one desktop id.
#include "ui/dialogs/aboutbox.h"

#include <fjordplan/version.h>

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

class TestVersion : public QObject {
    Q_OBJECT
private slots:
    void binariesPrintTheVersion_data();
    void binariesPrintTheVersion();
    void aboutBoxNamesVersionAndLibraries();
    void desktopIdMatchesMetainfo();
};

void TestVersion::binariesPrintTheVersion_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QString>("name");
    QTest::newRow("cli") << QStringLiteral(FJORD_CLI) << QStringLiteral("fjordplan-cli");
    QTest::newRow("gui") << QStringLiteral(FJORD_GUI) << QStringLiteral("Fjordplan");
}

void TestVersion::binariesPrintTheVersion()
{
    QFETCH(QString, binary);
    QFETCH(QString, name);
    QProcess p;
    p.start(binary, {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    QCOMPARE(out, name + QLatin1Char(' ') + QStringLiteral(FJORD_VERSION));
    QVERIFY2(QStringLiteral(FJORD_VERSION).count(QLatin1Char('.')) == 2, "major.minor.patch");
}

void TestVersion::aboutBoxNamesVersionAndLibraries()
{
    const QString text = fjord::ui::aboutText();
    QVERIFY(text.contains(QStringLiteral("Fjordplan " FJORD_VERSION)));
    QVERIFY(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("Eigen 3.")));
    QVERIFY(text.contains(QStringLiteral("SQLite 3.")));
    QVERIFY(text.contains(QStringLiteral("LGPL-3.0")));
}

void TestVersion::desktopIdMatchesMetainfo()
{
    QFile metainfo(QStringLiteral(FJORD_PACKAGING "/io.fjordplan.Fjordplan.metainfo.xml"));
    QVERIFY2(metainfo.open(QIODevice::ReadOnly), qPrintable(metainfo.fileName()));
    QString id, launchable;
    for (QXmlStreamReader xml(&metainfo); !xml.atEnd();) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("id"))
            id = xml.readElementText();
        else if (xml.name() == QLatin1String("launchable"))
            launchable = xml.readElementText();
    }
    QCOMPARE(id, QStringLiteral(FJORD_DESKTOP_ID));
    QCOMPARE(launchable, id + QStringLiteral(".desktop"));
    QVERIFY2(QFile::exists(QStringLiteral(FJORD_PACKAGING "/") + launchable), qPrintable(launchable));
}

QTEST_MAIN(TestVersion)
#include "tst_version.moc"
