#include "ui/widgets/refreshwhenshown.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace fjord::ui {

RefreshWhenShown::RefreshWhenShown(QWidget *view, int delayMs, std::function<void()> refresh)
    : QObject(view), m_view(view), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, std::move(refresh));
    view->installEventFilter(this);
}

void RefreshWhenShown::markStale()
{
    m_stale = true;
    if (m_view->isVisible())
        m_timer->start();
}

void RefreshWhenShown::refreshed()
{
    m_timer->stop();
    m_stale = false;
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale)
        m_timer->start();
    return false;
}

} // namespace fjord::ui
