#pragma once
#include <QString>

class QWidget;

namespace fjord::ui {

// The About box's text: the version (set once in CMake) and the libraries with their licences.
QString aboutText();
void showAboutBox(QWidget *parent);

} // namespace fjord::ui
