#include "ui/report/reportsink.h"

#include <QCoreApplication>
#include <QThread>

namespace fjord::ui {

void ReportSink::onGuiThread(const std::function<void()> &work)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        work();
    else // the worker waits: the painter and what `work` captures are used by one thread at a time
        QMetaObject::invokeMethod(app, work, Qt::BlockingQueuedConnection);
}

QLocale defaultReportLocale()
{
    const QLocale locale; // the system's, or the chosen language's (installTranslations)
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

} // namespace fjord::ui
