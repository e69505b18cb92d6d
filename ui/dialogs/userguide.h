#pragma once

#include <QDialog>

class QTextBrowser;

namespace fjord::ui {

// Help > User Guide: the guide shipped inside the program (docs/user-guide/user-guide.html, compiled in
// as a resource), so it opens offline and always matches the version. One window, not modal: the user
// reads it beside the project.
class UserGuide : public QDialog {
    Q_OBJECT
public:
    explicit UserGuide(QWidget *parent = nullptr);

    static QString sourceUrl(); // "qrc:/help/user-guide.html", or its translation (user-guide.nb.html)
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace fjord::ui
