#include "model/storage/pgmigrations.h"

#include "model/storage/migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace fjord::storage {

namespace {

// Column types: whole words outside string literals and quoted identifiers.
QString translateTypes(QString code)
{
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    code.replace(real, QStringLiteral("DOUBLE PRECISION"));
    code.replace(integer, QStringLiteral("BIGINT"));
    code.replace(blob, QStringLiteral("BYTEA"));
    return code;
}

} // namespace

QStringList postgresStatements(const QString &script)
{
    QStringList statements;
    QString statement; // translated so far
    QString plain;     // code outside literals, not yet translated
    const auto flushPlain = [&] {
        statement += translateTypes(plain);
        plain.clear();
    };
    const auto endStatement = [&] {
        flushPlain();
        const QString s = statement.trimmed();
        if (!s.isEmpty() && !s.startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive))
            statements << s;
        statement.clear();
    };
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') { // a line comment: dropped
            while (i < n && script.at(i) != u'\n')
                ++i;
            plain += u'\n';
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            plain += u' ';
        } else if (c == u'\'' || c == u'"') { // a literal or quoted identifier: copied as it is
            flushPlain();
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) { // doubled quote inside
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            statement += script.mid(i, j - i + 1);
            i = j;
        } else if (c == u';') {
            endStatement();
        } else {
            plain += c;
        }
    }
    endStatement();
    return statements;
}

QStringList postgresMigration(int version, QString *error)
{
    const QStringList scripts = migrationScripts();
    if (version < 1 || version > scripts.size()) {
        *error = QStringLiteral("there is no migration %1").arg(version);
        return {};
    }
    const QString sqlitePath = scripts.at(version - 1);
    const QString dialectPath = QStringLiteral(":/migrations/postgresql/") + QFileInfo(sqlitePath).fileName();
    QFile file(QFile::exists(dialectPath) ? dialectPath : sqlitePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read migration %1").arg(file.fileName());
        return {};
    }
    return postgresStatements(QString::fromUtf8(file.readAll()));
}

PgError migrateServerSchema(PgConnection &connection, const QString &schema, int fromVersion, int toVersion)
{
    // Unqualified names in the scripts are the project's tables: the schema goes first on the path.
    PgError e = connection.exec(QStringLiteral("SET LOCAL search_path TO %1").arg(quoteIdentifier(schema)));
    for (int version = fromVersion + 1; !e.isError() && version <= toVersion; ++version) {
        QString readError;
        const QStringList statements = postgresMigration(version, &readError);
        if (!readError.isEmpty())
            return {readError, QStringLiteral("fjord-migration")};
        for (const QString &sql : statements) {
            e = connection.exec(sql);
            if (e.isError()) {
                e.message = QStringLiteral("migration to schema %1 failed on PostgreSQL: %2 (in: %3)")
                                .arg(version)
                                .arg(e.message, sql.simplified().left(120));
                break;
            }
        }
    }
    if (!e.isError())
        e = connection.exec(QStringLiteral("SET LOCAL search_path TO DEFAULT"));
    return e;
}

} // namespace fjord::storage
