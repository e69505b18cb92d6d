#include "ui/widgets/detachwidget.h"

#include <QLayout>
#include <QWidget>

namespace fjord::ui {

void detachWidget(QWidget *child, QWidget *stopAt)
{
    QWidget *holder = child->parentWidget();
    child->hide();
    child->setParent(nullptr);
    for (QWidget *w = holder; w && w != stopAt; w = w->parentWidget()) {
        if (w->layout())
            w->layout()->invalidate();
        w->updateGeometry();
    }
}

} // namespace fjord::ui
