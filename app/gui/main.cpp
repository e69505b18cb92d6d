#include "ui/mainwindow/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    fjord::ui::MainWindow window;
    window.show();
    return app.exec();
}
