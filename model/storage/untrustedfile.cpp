#include "model/storage/untrustedfile.h"
#include "model/tr.h"

#include <QStringList>

#include <sqlite3.h>

namespace fjord::storage {

namespace {

// Runs `sql` and calls `row` for each result row until it returns false; returns SQLite's
// error message or {}.
template <typename Row> QString query(sqlite3 *db, const QString &sql, Row row)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db));
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        if (!row(statement))
            break;
    QString error;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return error;
}

QString text(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
}

// The ordinary tables of the file (not SQLite's own).
QString tables(sqlite3 *db, QStringList *names)
{
    return query(db,
                 QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                "'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
                 [&](sqlite3_stmt *s) {
                     names->append(text(s, 0));
                     return true;
                 });
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString literal(const QString &value)
{
    return u'\'' + QString(value).replace(u'\'', QStringLiteral("''")) + u'\'';
}

bool hasColumn(sqlite3 *db, const QString &table, const char *column, QString *error)
{
    bool found = false;
    *error = query(db,
                   QStringLiteral("SELECT 1 FROM pragma_table_info(%1) WHERE name = '%2'")
                       .arg(literal(table), QLatin1String(column)),
                   [&](sqlite3_stmt *) {
                       found = true;
                       return false;
                   });
    return found;
}

} // namespace

QString checkSchemaObjects(sqlite3 *db)
{
    QString found;
    const QString error = query(db,
                                QStringLiteral("SELECT type, name FROM sqlite_schema WHERE type NOT IN "
                                               "('table', 'index') LIMIT 1"),
                                [&](sqlite3_stmt *s) {
                                    found = StorageTr::tr("a %1 '%2'").arg(text(s, 0), text(s, 1).left(60));
                                    return false;
                                });
    if (!error.isEmpty())
        return StorageTr::tr("damaged file (%1)").arg(error);
    if (!found.isEmpty())
        return StorageTr::tr("not a Fjordplan project as written by Fjordplan: it contains %1 (project "
                             "files hold tables only)")
            .arg(found);
    return {};
}

QString checkRowBudget(sqlite3 *db)
{
    QStringList names;
    QString error = tables(db, &names);
    for (const QString &table : names) {
        if (!error.isEmpty())
            break;
        // count(*) over "SELECT 1 ... LIMIT budget+1" stops early on a huge table.
        qint64 rows = 0;
        error = query(db,
                      QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT %2)")
                          .arg(quoted(table))
                          .arg(budget::MaxRowsPerTable + 1),
                      [&](sqlite3_stmt *s) {
                          rows = sqlite3_column_int64(s, 0);
                          return false;
                      });
        if (error.isEmpty() && rows > budget::MaxRowsPerTable)
            return StorageTr::tr("table %1 has more than %2 rows, more than any project needs")
                .arg(table.left(60))
                .arg(budget::MaxRowsPerTable);
    }
    return error.isEmpty() ? QString() : StorageTr::tr("damaged file (%1)").arg(error);
}

QString checkIds(sqlite3 *db)
{
    qint64 nextId = 0;
    QString error = query(db, QStringLiteral("SELECT next_id FROM project"), [&](sqlite3_stmt *s) {
        nextId = sqlite3_column_int64(s, 0);
        return false;
    });
    QStringList names;
    if (error.isEmpty())
        error = tables(db, &names);
    QStringList projectLevel;  // "SELECT id FROM t" of tables without a scenario
    QStringList scenarioLevel; // "SELECT scenario_pos, id FROM t"
    for (const QString &table : names) {
        if (!error.isEmpty())
            break;
        if (!hasColumn(db, table, "id", &error) || !error.isEmpty())
            continue;
        const bool inScenario = hasColumn(db, table, "scenario_pos", &error);
        QString bad;
        error =
            query(db,
                  QStringLiteral("SELECT id FROM %1 WHERE typeof(id) = 'integer' AND (id < 1 OR id >= %2) "
                                 "LIMIT 1")
                      .arg(quoted(table))
                      .arg(nextId),
                  [&](sqlite3_stmt *s) {
                      bad = QString::number(sqlite3_column_int64(s, 0));
                      return false;
                  });
        if (error.isEmpty() && !bad.isEmpty())
            return StorageTr::tr("table %1, column id: id %2 is outside 1 … %3 (project.next_id %4)")
                .arg(table.left(60), bad)
                .arg(nextId - 1)
                .arg(nextId);
        if (inScenario)
            scenarioLevel << QStringLiteral("SELECT scenario_pos AS s, id FROM %1").arg(quoted(table));
        else
            projectLevel << QStringLiteral("SELECT id FROM %1").arg(quoted(table));
    }
    if (!error.isEmpty())
        return StorageTr::tr("damaged file (%1)").arg(error);
    const auto duplicate = [&](const QStringList &selects, const QString &groupBy) -> QString {
        if (selects.isEmpty())
            return {};
        QString id;
        error = query(db,
                      QStringLiteral("SELECT id FROM (%1) GROUP BY %2 HAVING count(*) > 1 LIMIT 1")
                          .arg(selects.join(QStringLiteral(" UNION ALL ")), groupBy),
                      [&](sqlite3_stmt *s) {
                          id = QString::number(sqlite3_column_int64(s, 0));
                          return false;
                      });
        return id;
    };
    QString id = duplicate(projectLevel, QStringLiteral("id"));
    if (id.isEmpty() && error.isEmpty())
        id = duplicate(scenarioLevel, QStringLiteral("s, id"));
    if (!error.isEmpty())
        return StorageTr::tr("damaged file (%1)").arg(error);
    if (!id.isEmpty())
        return StorageTr::tr("id %1 belongs to more than one object (ids are unique)").arg(id);
    return {};
}

} // namespace fjord::storage
