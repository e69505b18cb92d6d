#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace fjord::cli {

// The arguments of one verb: positionals and --name value options (or --name=value).
// Unknown options are an error, so a typo never silently does something else.
class CliArgs {
public:
    // `valued`: options that take a value; `flags`: options without one.
    CliArgs(const QStringList &args, const QSet<QString> &valued, const QSet<QString> &flags = {});

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QStringList positionals() const { return m_positionals; }
    QString positional(int i) const { return m_positionals.value(i); }
    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }

private:
    QStringList m_positionals;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QString m_error;
};

} // namespace fjord::cli
