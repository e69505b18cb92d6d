#include "ui/mainwindow/mainwindow.h"

namespace fjord::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}

} // namespace fjord::ui
