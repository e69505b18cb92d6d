#include "ui/dialogs/userguide.h"

#include "ui/app/language.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fjord::ui {

QString UserGuide::sourceUrl()
{
    // The guide in the window's language where there is one (user-guide.nb.html), else English.
    const QString translated = QStringLiteral(":/help/user-guide.%1.html").arg(currentLanguage());
    return QFile::exists(translated) ? QStringLiteral("qrc") + translated
                                     : QStringLiteral("qrc:/help/user-guide.html");
}

UserGuide::UserGuide(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Fjordplan User Guide"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setOpenExternalLinks(true); // links inside the guide stay here, the web opens outside
    m_browser->setSource(QUrl(sourceUrl()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *back = buttons->addButton(tr("Back"), QDialogButtonBox::ActionRole);
    back->setObjectName(QStringLiteral("userGuideBack"));
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 680);
}

} // namespace fjord::ui
