#include "ui/tabs/layoutdiffcolours.h"

#include "ui/app/language.h"
#include "ui/tabs/comparetab.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace fjord::ui {

namespace {

// Legend order: the changes first, unchanged last.
constexpr std::array<RackDiffClass, RackDiffClassCount> LegendOrder{
    RackDiffClass::Added,   RackDiffClass::Removed, RackDiffClass::Moved,
    RackDiffClass::Retyped, RackDiffClass::Refed,   RackDiffClass::Unchanged};

} // namespace

QColor layoutDiffColour(RackDiffClass c)
{
    switch (c) {
    case RackDiffClass::Unchanged:
        return QColor(0xd4, 0xd8, 0xdc);
    case RackDiffClass::Added:
        return QColor(0x1a, 0x9a, 0x3a);
    case RackDiffClass::Removed:
        return QColor(0xd0, 0x30, 0x30);
    case RackDiffClass::Moved:
        return QColor(0x2f, 0x6f, 0xd0);
    case RackDiffClass::Retyped:
        return QColor(0x8e, 0x44, 0xad);
    case RackDiffClass::Refed:
        return QColor(0x00, 0xa5, 0xb5); // not orange: that is the selection
    }
    return Qt::gray;
}

QHash<Id, QColor> layoutDiffRackColours(const QHash<Id, RackDiffClass> &classes)
{
    QHash<Id, QColor> out;
    out.reserve(classes.size());
    for (auto it = classes.cbegin(); it != classes.cend(); ++it)
        out.insert(it.key(), layoutDiffColour(it.value()));
    return out;
}

QList<std::pair<QColor, QString>> layoutDiffLegend(const LayoutDiff &diff)
{
    const QLocale locale = displayLocale();
    QList<std::pair<QColor, QString>> out;
    for (RackDiffClass c : LegendOrder)
        out.append({layoutDiffColour(c),
                    CompareTab::tr("%1: %2").arg(rackDiffLabel(c), locale.toString(diff.count(c)))});
    return out;
}

QString layoutDiffLegendHtml(const LayoutDiff &diff)
{
    QStringList parts;
    for (const auto &[colour, text] : layoutDiffLegend(diff))
        parts.append(QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                         .arg(colour.name(), text.toHtmlEscaped()));
    return CompareTab::tr("Racks in B against A:") + QStringLiteral("&nbsp;&nbsp;") +
           parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp; "));
}

} // namespace fjord::ui
