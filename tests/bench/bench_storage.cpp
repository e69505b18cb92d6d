// Speed of the project file: save and open of a campus with 20,000 racks (two feeds each),
// plus the EPW import of the Chicago TMY3 file. Prints milliseconds; not a CTest test.
// Build in Release for meaningful figures: cmake --build <dir> --target bench_storage
#include "../storage/testproject.h"
#include "model/storage/epwreader.h"
#include "model/storage/projectfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <numeric>

using namespace fjord;

namespace {

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// Best and median wall-clock time of `runs` runs of `work`, and the best CPU time (the CPU time
// is the steadier figure on a machine shared with other jobs), in ms.
void time(const char *what, int runs, const std::function<bool()> &work)
{
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        if (!work()) {
            std::printf("%-40s FAILED\n", what);
            return;
        }
        cpu.append(cpuMs() - c0);
        wall.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-40s wall best %7.1f ms, median %7.1f ms; cpu best %7.1f ms (%d runs)\n", what,
                wall.first(), wall.at(wall.size() / 2), cpu.first(), runs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int racks = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.fjordplan"));
    const Project project = test::largeProject(racks);
    std::printf("project: %d racks, %lld feeds, 8760-hour climate and custom profile\n", racks,
                qlonglong(std::accumulate(project.scenarios.first().racks.begin(),
                                          project.scenarios.first().racks.end(), qsizetype(0),
                                          [](qsizetype n, const Rack &r) { return n + r.feeds.size(); })));

    time("saveProject (atomic, fsync, rename)", 5, [&] {
        const QString error = storage::saveProject(project, file);
        if (!error.isEmpty())
            std::printf("%s\n", qPrintable(error));
        return error.isEmpty();
    });
    std::printf("file size: %.1f MB\n", QFileInfo(file).size() / 1e6);
    storage::OpenResult opened;
    time("openProject (checks, quick_check, read)", 5, [&] {
        opened = storage::openProject(file);
        if (!opened)
            std::printf("%s\n", qPrintable(opened.error));
        return bool(opened);
    });
    std::printf("round trip equal: %s\n", opened && *opened.project == project ? "yes" : "NO");

    const QString epw =
        QStringLiteral(FJORD_SHARED_DATA "/weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw");
    if (QFileInfo::exists(epw))
        time("readEpw (Chicago TMY3, 8760 rows)", 5, [&] { return bool(storage::readEpw(epw)); });
    return 0;
}
