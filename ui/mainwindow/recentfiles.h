#pragma once

#include <QStringList>

namespace fjord::ui {

// The recently opened project files, most recent first, kept in QSettings ("recentFiles").
// Files that no longer exist are dropped when the list is read.
class RecentFiles {
public:
    static constexpr int MaxFiles = 10;
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace fjord::ui
