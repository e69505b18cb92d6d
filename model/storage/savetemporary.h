#pragma once

#include <QString>

namespace fjord::storage {

// The hidden temporary file of one save in progress: "<dir>/.<name>.XXXXXX.saving" beside the
// target (same file system, so that the final rename is atomic). The file is created exclusively
// and held under an exclusive flock() until this object is destroyed, so that another process can
// tell a live save from the leftovers of a killed one: the kernel drops the lock when its holder
// dies, even by SIGKILL or a power cut (a file from before a reboot is never locked).
//
// Why a lock and not an age: a save of a large project on a slow disk can take longer than any
// fixed age, and a killed save should be cleaned up by the very next open, not minutes later.
class SaveTemporary {
public:
    explicit SaveTemporary(const QString &targetPath);
    ~SaveTemporary(); // releases the lock; never removes the file (see discard())
    SaveTemporary(const SaveTemporary &) = delete;
    SaveTemporary &operator=(const SaveTemporary &) = delete;

    bool isValid() const { return m_fd >= 0; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // Removes the file (and a journal SQLite may have left beside it) while still locked.
    void discard();

private:
    QString m_path;
    QString m_error;
    int m_fd = -1;
};

// Removes the temporary files of saves of `targetPath` that were killed: only names that match
// the target's own pattern (".<name>.XXXXXX.saving" and its "-journal") in the target's folder,
// and only files no live save holds locked. Best effort (a read-only folder keeps them); returns
// how many files were removed. Called by every save and every open of the project.
int removeStaleSaveTemporaries(const QString &targetPath);

} // namespace fjord::storage
