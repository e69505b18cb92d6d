#include "app/cli/cliargs.h"

namespace fjord::cli {

CliArgs::CliArgs(const QStringList &args, const QSet<QString> &valued, const QSet<QString> &flags,
                 const QSet<QString> &repeatable)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_positionals.append(a);
            continue;
        }
        QString name = a.mid(2), value;
        const bool inlineValue = name.contains(QLatin1Char('='));
        if (inlineValue) {
            value = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
        }
        if (flags.contains(name) && !inlineValue) {
            m_flags.insert(name);
        } else if (valued.contains(name) || repeatable.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = QStringLiteral("option --%1 needs a value").arg(name);
                    return;
                }
                value = args[++i];
            }
            if (m_values.contains(name) && !repeatable.contains(name)) {
                m_error = QStringLiteral("option --%1 is given twice").arg(name);
                return;
            }
            m_values[name].append(value);
        } else {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return;
        }
    }
}

} // namespace fjord::cli
