#include "model/sample/rackcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fjord {

QList<RackType> builtInRackCatalogue()
{
    QFile file(QStringLiteral(":/fjordplan/catalogue/racktypes.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("built-in rack catalogue missing from the resources");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QList<RackType> types;
    for (const QJsonValue &v : root.value(QLatin1String("rack_types")).toArray()) {
        const QJsonObject o = v.toObject();
        RackType t;
        t.name = o.value(QLatin1String("name")).toString();
        t.vendor = o.value(QLatin1String("vendor")).toString();
        t.cooling = o.value(QLatin1String("cooling")).toString() == QLatin1String("air")
                        ? CoolingMethod::Air
                        : CoolingMethod::Liquid;
        t.designPowerW = o.value(QLatin1String("design_power_kw")).toDouble() * 1e3;
        t.gpus = o.value(QLatin1String("gpus")).toInt();
        t.liquidFraction = o.value(QLatin1String("liquid_fraction")).toDouble();
        t.powerFactor = o.value(QLatin1String("power_factor")).toDouble();
        t.threePhase = o.value(QLatin1String("three_phase")).toBool();
        t.feedsPerSide = o.value(QLatin1String("feeds_per_side")).toInt();
        t.massKg = o.value(QLatin1String("mass_kg")).toDouble();
        t.widthM = o.value(QLatin1String("width_mm")).toDouble() / 1e3;
        t.depthM = o.value(QLatin1String("depth_mm")).toDouble() / 1e3;
        t.unitCost = o.value(QLatin1String("unit_cost")).toDouble();
        t.source = o.value(QLatin1String("source")).toString();
        t.peakPowerW = o.value(QLatin1String("peak_power_kw")).toDouble(0.0) * 1e3; // absent: = design
        types.append(t);
    }
    return types;
}

} // namespace fjord
