#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace fjord::cli {

// The arguments of one verb: positionals and --name value options (or --name=value). An option in
// `repeatable` may be given several times; any other, given twice, is an error.
// Unknown options are an error, so a typo never silently does something else.
class CliArgs {
public:
    // `valued`: options that take a value; `flags`: options without one.
    CliArgs(const QStringList &args, const QSet<QString> &valued, const QSet<QString> &flags = {},
            const QSet<QString> &repeatable = {});

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QStringList positionals() const { return m_positionals; }
    QString positional(int i) const { return m_positionals.value(i); }
    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    // Every value of an option given more than once (--param A=1 --param B=2), in order.
    QStringList values(const QString &name) const { return m_values.value(name); }

private:
    QStringList m_positionals;
    QHash<QString, QStringList> m_values;
    QSet<QString> m_flags;
    QString m_error;
};

} // namespace fjord::cli
