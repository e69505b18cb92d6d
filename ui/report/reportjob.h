#pragma once

#include "model/project.h"
#include "ui/report/investorreport.h"

#include <QObject>

#include <atomic>

class QThread;

namespace fjord::ui {

// Writes a report on a thread of its own, so the GUI stays live: progress in percent, cancel, and
// finished() on the GUI thread with the outcome. A cancelled report leaves no file behind.
// The charts and plans of the report are drawn on the GUI thread at the worker's request, so the
// GUI thread must run its event loop while the job runs (a dialog's exec() does).
class ReportJob : public QObject {
    Q_OBJECT
public:
    ReportJob(Project project, ReportOptions options, QString path, QObject *parent = nullptr);
    ~ReportJob() override; // cancels a running report and waits for it (serving its drawing meanwhile)

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int percent() const { return m_percent; }
    const ReportOutcome &outcome() const { return m_outcome; } // once finished

signals:
    void progressChanged(int percent);
    void finished();

private:
    void waitForWorker();

    Project m_project;
    ReportOptions m_options;
    QString m_path;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
    bool m_running = false;
    int m_percent = 0;
    ReportOutcome m_outcome;
};

} // namespace fjord::ui
