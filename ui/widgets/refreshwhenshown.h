#pragma once

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

namespace fjord::ui {

// For views that are costly to redraw (the Report and Compare tabs): marks the view stale on a
// change and redraws it a moment after the last change while it is shown, or when it is next shown.
class RefreshWhenShown : public QObject {
    Q_OBJECT
public:
    RefreshWhenShown(QWidget *view, int delayMs, std::function<void()> refresh);

    void markStale(); // a change: redraw soon if shown, else when shown
    void refreshed(); // the view was just redrawn (stops a pending redraw)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    QTimer *m_timer;
    bool m_stale = true;
};

} // namespace fjord::ui
