#include "model/storage/serverlocation.h"
#include "model/tr.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace fjord::storage {

namespace {
// libpq connection keywords a Fjordplan URL may carry besides host, port, user and project
// (https://www.postgresql.org/docs/15/libpq-connect.html). Anything else is refused so that a
// typo never silently connects somewhere else.
const QSet<QString> &passedKeywords()
{
    static const QSet<QString> keys{QStringLiteral("service"),
                                    QStringLiteral("sslmode"),
                                    QStringLiteral("sslrootcert"),
                                    QStringLiteral("sslcert"),
                                    QStringLiteral("sslkey"),
                                    QStringLiteral("connect_timeout"),
                                    QStringLiteral("passfile"),
                                    QStringLiteral("application_name"),
                                    QStringLiteral("target_session_attrs")};
    return keys;
}
} // namespace

bool isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

bool isValidProjectKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,40}$"));
    return pattern.match(key).hasMatch();
}

ServerLocationParse parseServerUrl(const QString &text, bool needProject)
{
    ServerLocationParse r;
    const auto fail = [&](const QString &reason) {
        // The message repeats the URL without any password it may hold.
        QUrl shown(text);
        shown.setPassword({});
        r.error = QStringLiteral("%1: %2").arg(shown.toString(), reason);
        return r;
    };
    if (!isServerUrl(text))
        return fail(ServerTr::tr("not a PostgreSQL URL (expected postgresql://host/database?project=KEY)"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(ServerTr::tr("malformed URL (%1)").arg(url.errorString()));
    ServerLocation loc;
    loc.host = url.host();
    loc.port = url.port(-1);
    loc.user = url.userName();
    loc.password = url.password();
    loc.database = url.path().mid(1);
    if (loc.database.contains(QLatin1Char('/')))
        return fail(ServerTr::tr("the path must be just the database name"));
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("project"))
            loc.project = value;
        else if (key == QLatin1String("host"))
            loc.host = value;
        else if (key == QLatin1String("port")) {
            bool ok = false;
            loc.port = value.toInt(&ok);
            if (!ok || loc.port <= 0 || loc.port > 65535)
                return fail(ServerTr::tr("port '%1' is not a port number").arg(value));
        } else if (key == QLatin1String("user"))
            loc.user = value;
        else if (key == QLatin1String("dbname"))
            loc.database = value;
        else if (passedKeywords().contains(key)) {
            if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
                return fail(ServerTr::tr("the value of %1 may not contain ';' or spaces").arg(key));
            options << key + QLatin1Char('=') + value;
        } else
            return fail(
                QStringLiteral("unknown parameter '%1' (allowed: project, host, port, user, dbname, %2)")
                    .arg(key, QStringList(passedKeywords().values()).join(QStringLiteral(", "))));
    }
    options.sort();
    loc.options = options.join(QLatin1Char(';'));
    if (needProject && loc.project.isEmpty())
        return fail(ServerTr::tr("no project named (add ?project=KEY)"));
    if (!loc.project.isEmpty() && !isValidProjectKey(loc.project))
        return fail(ServerTr::tr("project key '%1' must be 1-40 characters of a-z, 0-9 and _")
                        .arg(loc.project.left(60)));
    r.location = loc;
    return r;
}

QString ServerLocation::displayUrl() const
{
    // Built by hand: QUrl drops the "//" of an empty authority (a Unix socket given as ?host=).
    const bool socketDir = host.startsWith(QLatin1Char('/'));
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    if (!socketDir)
        url += host;
    if (port > 0)
        url += QLatin1Char(':') + QString::number(port);
    url += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QUrlQuery query;
    if (socketDir)
        query.addQueryItem(QStringLiteral("host"), host);
    for (const QString &option : options.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        query.addQueryItem(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
    if (!project.isEmpty())
        query.addQueryItem(QStringLiteral("project"), project);
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    return url;
}

ServerLocation ServerLocation::withProject(const QString &key) const
{
    ServerLocation other = *this;
    other.project = key;
    return other;
}

} // namespace fjord::storage
