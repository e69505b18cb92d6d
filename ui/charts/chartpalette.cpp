#include "ui/charts/chartpalette.h"

#include <QApplication>

#include <array>

namespace fjord::ui {

namespace {
// Tableau-like qualitative colours: distinguishable, and calm enough for an investor report.
constexpr std::array<QRgb, 8> Sequence{0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759,
                                       0x76b7b2, 0xedc948, 0xb07aa1, 0x9c755f};
} // namespace

QColor ChartPalette::endUse(EndUse use)
{
    switch (use) {
    case EndUse::It:
        return QColor(0x4e79a7);
    case EndUse::UpsLoss:
        return QColor(0xe15759);
    case EndUse::TransformerLoss:
        return QColor(0xff9d9a);
    case EndUse::DistributionLoss:
        return QColor(0xb07aa1);
    case EndUse::Chiller:
        return QColor(0xf28e2b);
    case EndUse::DryCoolerFans:
        return QColor(0x76b7b2);
    case EndUse::Pumps:
        return QColor(0x59a14f);
    case EndUse::CrahFans:
        return QColor(0xedc948);
    case EndUse::Aux:
        return QColor(0xbab0ac);
    }
    return Qt::gray;
}

QColor ChartPalette::source(Source source)
{
    switch (source) {
    case Source::Grid:
        return QColor(0x8c8c8c);
    case Source::Hydro:
        return QColor(0x1f77b4);
    case Source::Wind:
        return QColor(0x76b7b2);
    case Source::Solar:
        return QColor(0xedc948);
    case Source::Guarantees:
        return QColor(0x59a14f);
    case Source::Load:
        return QColor(0x222222);
    }
    return Qt::gray;
}

QColor ChartPalette::capex(Capex category)
{
    switch (category) {
    case Capex::It:
        return QColor(0x4e79a7);
    case Capex::Electrical:
        return QColor(0xe15759);
    case Capex::Mechanical:
        return QColor(0x76b7b2);
    case Capex::Building:
        return QColor(0x9c755f);
    case Capex::Grid:
        return QColor(0xf28e2b);
    case Capex::Soft:
        return QColor(0xb07aa1);
    case Capex::Contingency:
        return QColor(0xbab0ac);
    }
    return Qt::gray;
}

QColor ChartPalette::liquid()
{
    return QColor(0x1f77b4);
}
QColor ChartPalette::air()
{
    return QColor(0xa0cbe8);
}
QColor ChartPalette::ambient()
{
    return QColor(0x4e79a7);
}
QColor ChartPalette::heatReuse()
{
    return QColor(0xd62728);
}
QColor ChartPalette::limit()
{
    return QColor(0x222222);
}
QColor ChartPalette::pass()
{
    return QColor(0x2ca02c);
}
QColor ChartPalette::fail()
{
    return QColor(0xd62728);
}

QColor ChartPalette::indexed(int i)
{
    return QColor(Sequence[size_t(qAbs(i)) % Sequence.size()]);
}

QFont ChartPalette::titleFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(qMax(10.0, f.pointSizeF() + 2));
    f.setBold(true);
    return f;
}

QFont ChartPalette::labelFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(qMax(8.0, f.pointSizeF()));
    return f;
}

} // namespace fjord::ui
