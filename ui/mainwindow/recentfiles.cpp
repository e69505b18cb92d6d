#include "ui/mainwindow/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace fjord::ui {

namespace {
const QString Key = QStringLiteral("recentFiles");
}

QStringList RecentFiles::list()
{
    QStringList files = QSettings().value(Key).toStringList();
    files.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    return files;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = QSettings().value(Key).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxFiles)
        files.removeLast();
    QSettings().setValue(Key, files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = QSettings().value(Key).toStringList();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(Key, files);
}

void RecentFiles::clear()
{
    QSettings().remove(Key);
}

} // namespace fjord::ui
