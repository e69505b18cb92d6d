#include "model/storage/savetemporary.h"
#include "model/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fjord::storage {

namespace {

constexpr char Suffix[] = ".saving";
constexpr char JournalSuffix[] = "-journal";

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// The path still names the file open as `fd` (a cleaner may have removed it between the
// exclusive creation and the lock).
bool stillNamed(int fd, const QByteArray &path)
{
    struct stat opened {};
    struct stat named {};
    return ::fstat(fd, &opened) == 0 && ::lstat(path.constData(), &named) == 0 &&
           opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

} // namespace

SaveTemporary::SaveTemporary(const QString &targetPath)
{
    const QFileInfo target(targetPath);
    const QString prefix = target.absolutePath() + QStringLiteral("/.") + target.fileName();
    // A few attempts: each only fails again if a cleaner raced this very file, which is rare.
    for (int attempt = 0; attempt < 5; ++attempt) {
        QByteArray name = QFile::encodeName(prefix) + ".XXXXXX" + Suffix;
        const int fd = ::mkstemps(name.data(), int(sizeof(Suffix) - 1)); // O_EXCL, mode 0600
        if (fd < 0) {
            m_error = errnoText();
            return;
        }
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        if (::flock(fd, LOCK_EX) != 0) {
            m_error = errnoText();
            ::close(fd);
            ::unlink(name.constData());
            return;
        }
        if (stillNamed(fd, name)) {
            m_fd = fd;
            m_path = QFile::decodeName(name);
            return;
        }
        ::close(fd); // removed under us by a cleaner that saw it unlocked: take another name
    }
    m_error = StorageTr::tr("the temporary file keeps disappearing");
}

SaveTemporary::~SaveTemporary()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

void SaveTemporary::discard()
{
    if (m_path.isEmpty())
        return;
    QFile::remove(m_path + QLatin1String(JournalSuffix));
    QFile::remove(m_path);
}

int removeStaleSaveTemporaries(const QString &targetPath)
{
    const QFileInfo target(targetPath);
    const QDir dir = target.absoluteDir();
    // Exactly the names SaveTemporary makes for this target: mkstemps fills XXXXXX from [A-Za-z0-9].
    const QRegularExpression own(QStringLiteral("^\\.%1\\.[A-Za-z0-9]{6}\\.saving(-journal)?$")
                                     .arg(QRegularExpression::escape(target.fileName())));
    const QStringList names = dir.entryList({QStringLiteral(".*.saving*")},
                                            QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    int removed = 0;
    QStringList journals;
    for (const QString &name : names) {
        const QRegularExpressionMatch match = own.match(name);
        if (!match.hasMatch())
            continue;
        if (!match.captured(1).isEmpty()) {
            journals << name;
            continue;
        }
        const QByteArray path = QFile::encodeName(dir.filePath(name));
        const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            continue;
        struct stat st {};
        // Unlocked means its writer is gone. Unlink while holding the lock, so that no new save
        // can take it over meanwhile (a new save never reuses an existing name: O_EXCL).
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0 &&
            stillNamed(fd, path) && ::unlink(path.constData()) == 0)
            ++removed;
        ::close(fd);
    }
    // A journal belongs to the database of the same name; remove it once that one is gone.
    for (const QString &journal : journals) {
        const QString database = journal.chopped(int(sizeof(JournalSuffix) - 1));
        if (!dir.exists(database) && QFile::remove(dir.filePath(journal)))
            ++removed;
    }
    return removed;
}

} // namespace fjord::storage
