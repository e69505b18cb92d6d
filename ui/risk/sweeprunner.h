#pragma once

#include "model/engine/parametersweep.h"
#include "model/project.h"
#include "ui/risk/studyworker.h"

#include <QList>

namespace fjord::ui {

// Runs a parameter sweep (model/engine/parametersweep.h) off the GUI thread in chunks of variants,
// so the Risk tab's sweep chart fills in as it goes; Cancel keeps the variants done (always the
// first ones of the grid). Signals arrive on the runner's thread (queued from the worker).
class SweepRunner : public StudyWorker {
    Q_OBJECT
public:
    struct Request {
        Project project; // a copy: the worker never sees the document
        Id scenarioId = NoId;
        QList<SweepParameter> parameters;
        int chunkVariants = 0; // variants between refreshes; 0: about a tenth of the grid, at least 4
        int threads = 0;       // <= 0: every core
    };

    explicit SweepRunner(QObject *parent = nullptr);
    ~SweepRunner() override; // cancels and waits for the worker

    // Starts a sweep; false (nothing starts) while one runs or when the grid cannot be swept
    // (`error` says why). The previous rows are cleared.
    bool start(Request request, QString *error);

    const SweepGrid &grid() const { return m_grid; }
    const QList<SweepRow> &rows() const { return m_rows; } // variant i at index i

signals:
    void progress(int done, int total);
    void rowsAdded();
    void finished(bool cancelled);

private:
    void work(const Request &request, int generation);

    SweepGrid m_grid{{}};
    QList<SweepRow> m_rows;
};

} // namespace fjord::ui
