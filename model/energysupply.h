#pragma once

#include "model/ids.h"

#include <QList>
#include <QString>

namespace fjord {

// The public grid as a supplier (METHOD §6).
struct GridSupply {
    QString name;                     // "NO4 (Nord-Norge)"
    double renewableShare = 0.0;      // share of clean generation in the grid mix, 0..1
    double carbonKgPerKWh = 0.0;      // location-based intensity, kg CO2e/kWh
    double residualMixKgPerKWh = 0.0; // for market-based CUE, kg CO2e/kWh
    double pricePerMWh = 0.0;         // energy price incl. taxes, currency/MWh
    bool operator==(const GridSupply &) const = default;
};

enum class PpaTechnology { Hydro, Wind, Solar };

// A power purchase agreement with an hourly shape from its technology and the site climate.
struct Ppa {
    Id id = NoId;
    QString name;
    PpaTechnology technology = PpaTechnology::Hydro;
    Id stageId = NoId;        // stage from which it supplies
    double capacityW = 0.0;   // hydro/wind: contracted capacity, W
    double solarAreaM2 = 0.0; // solar: panel area, m² (efficiency 0.2)
    double pricePerMWh = 0.0;
    bool operator==(const Ppa &) const = default;
};

// Guarantees of origin bought per year (unbundled certificates).
struct GuaranteeOfOrigin {
    Id id = NoId;
    QString name;
    Id stageId = NoId;
    double mwhPerYear = 0.0;
    double pricePerMWh = 0.0;
    bool operator==(const GuaranteeOfOrigin &) const = default;
};

struct EnergySupply {
    GridSupply grid;
    QList<Ppa> ppas;
    QList<GuaranteeOfOrigin> guarantees;
    bool operator==(const EnergySupply &) const = default;
};

} // namespace fjord
