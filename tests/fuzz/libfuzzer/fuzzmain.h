#pragma once

// What the libFuzzer targets share: a QCoreApplication (the SQLite driver is a Qt plugin), a
// scratch directory of their own for the files the readers open (removed when the run ends), and
// the abort that makes libFuzzer keep an input that broke a check of fuzzchecks.h.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fjord::fuzz {

inline QTemporaryDir &scratch()
{
    // TMPDIR chooses where (scripts/fuzz.sh points it into its own scratch directory).
    static QTemporaryDir dir;
    return dir;
}

inline void initialise(int *argc, char ***argv)
{
    // Never destroyed: libFuzzer ends with exit(), and a QCoreApplication destroyed among the
    // static destructors crashes in Qt's own (already destroyed) globals.
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    if (!scratch().isValid()) {
        std::fprintf(stderr, "fuzz: no scratch directory (%s)\n", qPrintable(scratch().errorString()));
        std::exit(2);
    }
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A failed check: print it and abort, so that libFuzzer saves the input as a crash.
inline void require(const QString &failure)
{
    if (failure.isEmpty())
        return;
    std::fprintf(stderr, "fuzz check failed: %s\n", qPrintable(failure));
    std::abort();
}

} // namespace fjord::fuzz
