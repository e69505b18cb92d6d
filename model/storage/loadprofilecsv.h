#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace fjord::storage {

// A custom hourly load profile from a CSV file (issue 11): 8760 utilisation values, one per line,
// either alone or as the last column ("hour,utilisation" or "timestamp;utilisation"); a header line
// without a number is skipped, blank lines too. A value is a fraction 0..1, or a percentage when
// the header names % or any value exceeds 1 (then all are read as 0..100 %). 8784 rows (a leap year)
// drop 29 February.
struct LoadProfileCsvResult {
    std::optional<QList<double>> hourly; // HoursPerYear fractions 0..1
    QString error;                       // "<file>:<line>: <reason>" when it cannot be used
    explicit operator bool() const { return hourly.has_value(); }
};

LoadProfileCsvResult readLoadProfileCsv(const QString &path);

} // namespace fjord::storage
