#include "ui/mainwindow/startpage.h"

#include "ui/mainwindow/recentfiles.h"

#include <QDateTime>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fjord::ui {

namespace {

QPushButton *bigButton(const QString &text, const QString &detail, QStyle::StandardPixmap icon,
                       QWidget *parent)
{
    auto *button =
        new QPushButton(parent->style()->standardIcon(icon), text + QLatin1Char('\n') + detail, parent);
    button->setIconSize(QSize(32, 32));
    button->setMinimumHeight(64);
    button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 8px 14px; }"));
    return button;
}

} // namespace

StartPage::StartPage(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *title = new QLabel(tr("Fjordplan"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Capacity planning for AI data-centre campuses: layout, power chain, "
                                   "cooling, energy and cost, stage by stage."),
                                this);
    subtitle->setWordWrap(true);

    auto *sample = bigButton(tr("Open the Narvik sample"),
                             tr("A 230 MW campus of GB300 NVL72 racks, expanding to 520 MW"),
                             QStyle::SP_DirHomeIcon, this);
    sample->setObjectName(QStringLiteral("openSampleButton"));
    auto *newProject = bigButton(tr("New project"), tr("An empty campus with the built-in rack catalogue"),
                                 QStyle::SP_FileIcon, this);
    newProject->setObjectName(QStringLiteral("newProjectButton"));
    auto *open = bigButton(tr("Open…"), tr("A Fjordplan project file (*.fjordplan)"),
                           QStyle::SP_DialogOpenButton, this);
    open->setObjectName(QStringLiteral("openButton"));
    connect(sample, &QPushButton::clicked, this, &StartPage::openSampleRequested);
    connect(newProject, &QPushButton::clicked, this, &StartPage::newProjectRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);

    auto *recentTitle = new QLabel(tr("Recent projects"), this);
    QFont sectionFont = recentTitle->font();
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.3);
    sectionFont.setBold(true);
    recentTitle->setFont(sectionFont);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setIconSize(QSize(24, 24));
    m_recent->setSpacing(2);
    m_emptyHint = new QLabel(tr("No recent projects yet. Open the Narvik sample to look around."), this);
    m_emptyHint->setEnabled(false);
    connect(m_recent, &QListWidget::itemActivated, this, &StartPage::activate);

    auto *actions = new QVBoxLayout;
    actions->setSpacing(10);
    actions->addWidget(sample);
    actions->addWidget(newProject);
    actions->addWidget(open);
    actions->addStretch();

    auto *recent = new QVBoxLayout;
    recent->addWidget(recentTitle);
    recent->addWidget(m_recent, 1);
    recent->addWidget(m_emptyHint);
    recent->addStretch();

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(actions, 2);
    columns->addLayout(recent, 3);

    auto *content = new QWidget(this);
    content->setMaximumWidth(1100);
    auto *inner = new QVBoxLayout(content);
    inner->addWidget(title);
    inner->addWidget(subtitle);
    inner->addSpacing(24);
    inner->addLayout(columns, 1);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 40, 48, 40);
    outer->addStretch(1);
    outer->addWidget(content, 10);
    outer->addStretch(1);
    refresh();
}

void StartPage::refresh()
{
    m_recent->clear();
    const QLocale locale;
    for (const QString &path : RecentFiles::list()) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon),
                                         info.completeBaseName() + QLatin1Char('\n') + info.absolutePath() +
                                             QStringLiteral("  ·  ") +
                                             locale.toString(info.lastModified(), QLocale::ShortFormat),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    m_emptyHint->setVisible(m_recent->count() == 0);
    m_recent->setVisible(m_recent->count() > 0); // no big empty box on first run
}

void StartPage::activate(QListWidgetItem *item)
{
    if (item)
        emit openFileRequested(item->data(Qt::UserRole).toString());
}

} // namespace fjord::ui
