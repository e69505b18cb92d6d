#pragma once

#include "model/ids.h"

#include <QString>

namespace fjord {

struct Climate;

// Which METHOD §3 model drives the dry-cooler fans of a cooling system's liquid loop.
enum class DryCoolerFanModel {
    FanLaw, // METHOD v1: s = (Tfwr − Tdesign)/(Tfwr − T), full speed at the fan design ambient
    Sized,  // METHOD v2: coolers sized once for Q_d at T_d and Tfwr,d; the default for new systems
};

// "Sized dry coolers (METHOD v2)" / "Fan law (METHOD v1)": how the GUI, CLI and report name the model.
QString fanModelLabel(DryCoolerFanModel model);

// A liquid cooling loop with dry coolers and chiller trim, plus the air side (CRAH) for the
// racks' air share. Defaults are METHOD §3. Temperatures °C, differences K, fractions 0..1.
struct CoolingSystem {
    Id id = NoId;
    QString name;
    double supplyC = 32.0;           // facility water supply Tfws (W32)
    double rangeK = 10.0;            // return − supply
    double dryCoolerApproachK = 8.0; // dry-cooler leaving water above ambient dry bulb
    double cduApproachK =
        3.0;                 // CDU secondary supply above facility supply (shown, not in the energy balance)
    double chillerEta = 0.5; // second-law efficiency of the trim chiller
    double condenserApproachK = 12.0; // chiller condensing above ambient
    double evaporatorOffsetK = 2.0;   // Tevap = supply − offset
    double copCap = 12.0;
    double dryCoolerFanCoeff = 0.02; // fan power per W rejected at full speed
    double fanDesignAmbientC = 25.0; // ambient at which the fans run at full speed
    double fanMinSpeed = 0.2;
    double facilityPumpFraction = 0.01; // of heat carried by the facility loop
    double cduPumpFraction = 0.005;     // of liquid heat
    double crahFanFraction = 0.04;      // of air heat
    double airSupplyC = 20.0;           // chilled-water supply of the air side
    bool adiabatic = false;             // evaporative assist on the dry coolers
    double adiabaticOnC = 22.0;
    double adiabaticEffectiveness = 0.7;
    double designAmbientC = 32.0;         // dry bulb the plant must still cool at full load
    bool designAmbientFromClimate = true; // use the climate's 0.4 % annual dry bulb instead of designAmbientC
    DryCoolerFanModel fanModel = DryCoolerFanModel::Sized; // files before schema 7 keep FanLaw
    double designReturnC = 42.0;     // Tfwr,d: the return the dry coolers were sized for (v2; W32 + 10 K)
    double dryCoolerCapacityW = 0.0; // installed heat rejection at the design ambient, W (0: not checked)

    double returnC() const { return supplyC + rangeK; }
    // The design ambient T_d the engine uses: designAmbientC, or the climate's 0.4 % annual dry bulb
    // when designAmbientFromClimate and the climate has a dry-bulb year.
    double effectiveDesignAmbientC(const Climate &climate) const;
    bool operator==(const CoolingSystem &) const = default;
};

// ASHRAE liquid-cooling class for a facility water supply temperature ("W32").
QString ashraeWClass(double supplyC);

// A district-heating offtake taking liquid heat (METHOD §5).
struct HeatOfftake {
    Id id = NoId;
    QString name;
    Id stageId = NoId;
    double capacityW = 0.0;    // maximum heat taken, W
    double minSupplyC = 0.0;   // water temperature it needs (0: own heat pump, always possible)
    double baseC = 15.0;       // heating stops above this ambient
    double designLowC = -20.0; // full demand at and below this ambient
    double minDemand = 0.2;    // summer base load (hot water), fraction of capacity
    double pricePerMWh = 0.0;  // heat sale price, currency/MWh

    bool operator==(const HeatOfftake &) const = default;
};

} // namespace fjord
