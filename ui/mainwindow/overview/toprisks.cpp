#include "ui/mainwindow/overview/toprisks.h"

#include "model/document/projectdocument.h"
#include "model/risks.h"
#include "ui/app/language.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace fjord::ui {

namespace {

QColor levelColour(Risk::Level level)
{
    switch (level) {
    case Risk::Level::High:
        return {0xc6, 0x28, 0x28};
    case Risk::Level::Moderate:
        return {0xe0, 0x8a, 0x00};
    case Risk::Level::Note:
        break;
    }
    return {0x5b, 0x7d, 0x9e};
}

QIcon levelIcon(Risk::Level level)
{
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(levelColour(level));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(dot);
}

} // namespace

TopRisksList::TopRisksList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("overviewTopRisks"));
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
}

void TopRisksList::refresh(const ProjectDocument &document)
{
    clear();
    // Numbers as every other view writes them (the C locale would print 1720 h and 0.5 in Bokmål).
    QList<Risk> risks =
        assessRisks(document.project(), document.scenario(), document.results(), displayLocale());
    // Highest level first; the rules' own order (stable) within a level.
    std::stable_sort(risks.begin(), risks.end(),
                     [](const Risk &a, const Risk &b) { return int(a.level) > int(b.level); });
    if (risks.isEmpty()) {
        addItem(tr("No risk flagged by the report's rules."));
        return;
    }
    for (int i = 0; i < std::min<qsizetype>(Shown, risks.size()); ++i) {
        const Risk &risk = risks.at(i);
        QString level = riskLevelName(risk.level);
        level[0] = level[0].toUpper();
        auto *item = new QListWidgetItem(levelIcon(risk.level), tr("%1 · %2").arg(level, risk.title));
        item->setToolTip(risk.detail);
        item->setData(Qt::UserRole, risk.code);
        addItem(item);
    }
    if (risks.size() > Shown)
        addItem(tr("… and %n more in the report's risk section.", nullptr, int(risks.size() - Shown)));
}

} // namespace fjord::ui
