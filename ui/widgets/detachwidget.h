#pragma once

class QWidget;

namespace fjord::ui {

// Takes `child` out of the layout it sits in (hidden, no parent) so another container can adopt
// it, and makes every holder up to `stopAt` recompute its size limits: they were cached with the
// child in them (a tab stayed 590 px tall at least, taller than a 1366×768 laptop screen gives it).
void detachWidget(QWidget *child, QWidget *stopAt);

} // namespace fjord::ui
