#include "ui/report/reportjob.h"

#include <QEventLoop>
#include <QThread>

#include <algorithm>

namespace fjord::ui {

ReportJob::ReportJob(Project project, ReportOptions options, QString path, QObject *parent)
    : QObject(parent), m_project(std::move(project)), m_options(std::move(options)), m_path(std::move(path))
{
}

ReportJob::~ReportJob()
{
    m_cancel = true;
    if (m_thread)
        disconnect(m_thread, nullptr, this, nullptr); // no finished() from an object being destroyed
    waitForWorker();
}

void ReportJob::start()
{
    if (m_running)
        return;
    waitForWorker();
    m_cancel = false;
    m_running = true;
    m_percent = 0;
    ReportOptions options = m_options;
    options.cancel = &m_cancel;
    options.progress = [this](double share) {
        const int percent = std::clamp(int(share * 100), 0, 100);
        QMetaObject::invokeMethod(
            this,
            [this, percent] {
                if (percent == m_percent)
                    return;
                m_percent = percent;
                emit progressChanged(percent);
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([this, options] { m_outcome = writeReport(m_project, options, m_path); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        m_running = false;
        emit finished();
    });
    m_thread->start();
}

void ReportJob::cancel()
{
    m_cancel = true;
}

void ReportJob::waitForWorker()
{
    if (!m_thread)
        return;
    if (!m_thread->isFinished()) {
        // Not wait(): the worker may be waiting for this thread to draw a chart.
        QEventLoop loop;
        connect(m_thread, &QThread::finished, &loop, &QEventLoop::quit);
        if (!m_thread->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace fjord::ui
