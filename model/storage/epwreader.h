#pragma once

#include "model/climate.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fjord::storage {

struct EpwResult {
    std::optional<Climate> climate;
    QString error;        // "<file>:<line>: <reason>" when the file cannot be used
    QStringList warnings; // repaired values, dropped leap day, ...
    explicit operator bool() const { return climate.has_value(); }
};

// Reads an EnergyPlus weather file (8 header lines, 8760 or 8784 rows of 35 fields).
EpwResult readEpw(const QString &path);

} // namespace fjord::storage
