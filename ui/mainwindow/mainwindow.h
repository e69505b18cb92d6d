#pragma once

#include <QMainWindow>

namespace fjord::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace fjord::ui
