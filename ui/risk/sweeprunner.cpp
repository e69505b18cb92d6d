#include "ui/risk/sweeprunner.h"

#include <QMetaObject>

#include <algorithm>

namespace fjord::ui {

SweepRunner::SweepRunner(QObject *parent) : QObject(parent) {}

SweepRunner::~SweepRunner()
{
    m_cancel = true;
    joinWorker();
}

void SweepRunner::joinWorker()
{
    if (m_thread.joinable())
        m_thread.join();
}

template <class F> void SweepRunner::post(int generation, F apply)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, apply = std::move(apply)]() mutable {
            if (generation == m_generation)
                apply();
        },
        Qt::QueuedConnection);
}

bool SweepRunner::start(Request request, QString *error)
{
    if (m_running)
        return false;
    SweepGrid grid(request.parameters);
    if (const QString why = sweepGridError(request.project, request.scenarioId, grid); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    joinWorker(); // the previous worker posted its end: it is returning
    m_grid = std::move(grid);
    m_rows.clear();
    m_cancel = false;
    m_running = true;
    const int generation = ++m_generation;
    m_thread = std::thread([this, request = std::move(request), generation] { work(request, generation); });
    return true;
}

void SweepRunner::cancel()
{
    m_cancel = true;
}

void SweepRunner::work(const Request &request, int generation)
{
    const SweepGrid grid(request.parameters);
    const qint64 total = grid.variantCount();
    const qint64 chunk = request.chunkVariants > 0 ? request.chunkVariants : std::max<qint64>(4, total / 10);
    bool cancelled = false;
    for (qint64 first = 0; first < total; first += chunk) {
        if (m_cancel) {
            cancelled = true;
            break;
        }
        ParameterSweepOptions options;
        options.firstVariant = first;
        options.variantCount = std::min(chunk, total - first);
        options.threads = request.threads;
        QList<SweepRow> rows = runParameterSweep(request.project, request.scenarioId,
                                                 request.project.site.climate, grid, options);
        const int done = int(first + rows.size());
        post(generation, [this, rows = std::move(rows), done, total] {
            m_rows.append(rows);
            emit rowsAdded();
            emit progress(done, int(total));
        });
    }
    post(generation, [this, cancelled] {
        m_running = false;
        joinWorker();
        emit finished(cancelled);
    });
}

} // namespace fjord::ui
