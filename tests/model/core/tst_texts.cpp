// Texts a user reads: counts with the right noun form, numbers without a negative zero.
#include "model/numbertext.h"
#include "model/plural.h"

#include <QTest>

using namespace fjord;

class TestTexts : public QObject {
    Q_OBJECT
private slots:
    void countsPickTheForm()
    {
        QCOMPARE(countOf(1, QStringLiteral("hall"), QStringLiteral("halls")), QStringLiteral("1 hall"));
        QCOMPARE(countOf(0, QStringLiteral("hall"), QStringLiteral("halls")), QStringLiteral("0 halls"));
        QCOMPARE(countOf(21, QStringLiteral("rack"), QStringLiteral("racks")), QStringLiteral("21 racks"));
        QCOMPARE(plural(1, QStringLiteral("Move %n object"), QStringLiteral("Move %n objects")),
                 QStringLiteral("Move 1 object"));
        QCOMPARE(plural(3, QStringLiteral("Move %n object to %1"), QStringLiteral("Move %n objects to %1"))
                     .arg(QStringLiteral("H1")),
                 QStringLiteral("Move 3 objects to H1"));
    }
    void noNegativeZero()
    {
        const QLocale c(QLocale::C);
        QCOMPARE(fixedText(-0.0, 1, c), QStringLiteral("0.0"));
        QCOMPARE(fixedText(-0.04, 1, c), QStringLiteral("0.0"));
        QCOMPARE(fixedText(-0.05, 1, c), QStringLiteral("-0.1"));
        QCOMPARE(fixedText(-0.4, 0, c), QStringLiteral("0"));
        QCOMPARE(fixedText(3.14159, 2, c), QStringLiteral("3.14"));
    }
};

QTEST_GUILESS_MAIN(TestTexts)
#include "tst_texts.moc"
