// The committed translations (translations/*.ts): (a) every message is translated, none is unfinished,
// obsolete or vanished, and a translation keeps the source's placeholders (%1, %n, %L1), HTML tags and
// accelerator (&); Bokmål has two plural forms. (b) lupdate run over the sources into a copy of the
// committed file finds no new or changed text: the committed file is up to date.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context, source, comment, type;
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot be read");
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            if (!m.source.isNull())
                out << m;
            m = Message{
                context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            m.translations << xml.readElementText();
        }
    }
    if (!m.source.isNull())
        out << m;
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

// What must survive translation, sorted: placeholders, HTML tags, accelerators.
QStringList placeholders(const QString &text)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("%(?:L?\\d{1,2}|n|v|m)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}
QStringList tags(const QString &text)
{
    QStringList out;
    // HTML's tags only: "<empty>" and "<opened>" are words in angle brackets, translated.
    static const QRegularExpression re(QStringLiteral(
        "</?(?:a|b|i|u|p|br|hr|h[1-6]|table|tr|td|th|ul|ol|li|span|div|nav|small|sup|sub)\\b"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured().toLower();
    out.sort();
    return out;
}
int accelerators(const QString &text)
{
    // "&x" but not "&&" and not an entity ("&nbsp;", "&lt;", "&#9632;").
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?![&#]|[a-zA-Z]+;)(?=\\S)"));
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QString id(const Message &m)
{
    return m.context + QStringLiteral(" | ") + m.source +
           (m.comment.isEmpty() ? QString() : QStringLiteral(" | ") + m.comment);
}

QStringList tsFiles()
{
    return QString::fromUtf8(FJORD_TS_FILES).split(u';', Qt::SkipEmptyParts);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyMessageTranslated_data();
    void everyMessageTranslated();
    void upToDateWithTheSources_data();
    void upToDateWithTheSources();
    void checksCatchMistakes();
};

void TestTranslations::everyMessageTranslated_data()
{
    QTest::addColumn<QString>("ts");
    for (const QString &ts : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
}

void TestTranslations::everyMessageTranslated()
{
    QFETCH(QString, ts);
    QString language, error;
    const QList<Message> messages = readTs(ts, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 1000, qPrintable(QString::number(messages.size())));
    const int forms = language.startsWith(QLatin1String("nb")) ? 2 : 0;
    QVERIFY2(forms > 0, qPrintable(QStringLiteral("unexpected language %1").arg(language)));
    QStringList bad;
    for (const Message &m : messages) {
        if (!m.type.isEmpty()) { // unfinished, obsolete, vanished
            bad << QStringLiteral("%1 (%2)").arg(id(m), m.type);
            continue;
        }
        if (m.numerus && m.translations.size() != forms)
            bad << QStringLiteral("%1: %2 plural forms, not %3")
                       .arg(id(m))
                       .arg(m.translations.size())
                       .arg(forms);
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                bad << id(m) + QStringLiteral(": empty");
            else if (placeholders(t) != placeholders(m.source))
                bad << QStringLiteral("%1: placeholders %2 became %3 in \"%4\"")
                           .arg(id(m), placeholders(m.source).join(u','), placeholders(t).join(u','), t);
            else if (tags(t) != tags(m.source))
                bad << QStringLiteral("%1: HTML tags changed in \"%2\"").arg(id(m), t);
            else if (accelerators(t) != accelerators(m.source))
                bad << QStringLiteral("%1: accelerators changed in \"%2\"").arg(id(m), t);
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
}

void TestTranslations::upToDateWithTheSources_data()
{
    everyMessageTranslated_data();
}

void TestTranslations::upToDateWithTheSources()
{
    QFETCH(QString, ts);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    QStringList args = QString::fromUtf8(FJORD_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    args << QStringLiteral("@") + QString::fromUtf8(FJORD_LUPDATE_INPUTS) << QStringLiteral("-ts") << copy;
    lupdate.start(QString::fromUtf8(FJORD_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(150000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString language, error;
    const QList<Message> committed = readTs(ts, &language, &error);
    const QList<Message> updated = readTs(copy, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> before, after;
    for (const Message &m : committed)
        before << id(m);
    for (const Message &m : updated)
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
            after << id(m);
    QStringList news = (after - before).values(), gone = (before - after).values();
    news.sort();
    gone.sort();
    QVERIFY2(news.isEmpty() && gone.isEmpty(),
             qPrintable(QStringLiteral(
                            "%1 is not up to date: run `cmake --build <build> --target update_translations`, "
                            "translate, commit.\nNew in the sources:\n  %2\nNo longer in the sources:\n  %3")
                            .arg(ts, news.join(QStringLiteral("\n  ")), gone.join(QStringLiteral("\n  ")))));
}

// The checks above would catch a dropped placeholder, a lost tag or accelerator.
void TestTranslations::checksCatchMistakes()
{
    QVERIFY(placeholders(QStringLiteral("Rack %1 of %2")) != placeholders(QStringLiteral("Rack %1")));
    QCOMPARE(placeholders(QStringLiteral("%n racks, %L1 kW")),
             placeholders(QStringLiteral("%L1 kW, %n racker")));
    QVERIFY(tags(QStringLiteral("<b>%1</b>")) != tags(QStringLiteral("%1")));
    QCOMPARE(accelerators(QStringLiteral("&Save")), 1);
    QCOMPARE(accelerators(QStringLiteral("Cooling && Energy")), 0);
    QCOMPARE(accelerators(QStringLiteral("a&nbsp;b &lt; c &#9632;")), 0);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
