#include "ui/risk/sweeprunner.h"

#include <algorithm>

namespace fjord::ui {

SweepRunner::SweepRunner(QObject *parent) : StudyWorker(parent) {}

SweepRunner::~SweepRunner()
{
    stopWorker();
}

bool SweepRunner::start(Request request, QString *error)
{
    if (isRunning())
        return false;
    SweepGrid grid(request.parameters);
    if (const QString why = sweepGridError(request.project, request.scenarioId, grid); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_grid = std::move(grid);
    m_rows.clear();
    return launch([this, request = std::move(request)](int generation) { work(request, generation); });
}

void SweepRunner::work(const Request &request, int generation)
{
    const SweepGrid grid(request.parameters);
    const qint64 total = grid.variantCount();
    const qint64 chunk = request.chunkVariants > 0 ? request.chunkVariants : std::max<qint64>(4, total / 10);
    bool cancelled = false;
    for (qint64 first = 0; first < total; first += chunk) {
        if (cancelRequested()) {
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
    postEnd(generation, [this, cancelled] { emit finished(cancelled); });
}

} // namespace fjord::ui
