#pragma once

#include "model/project.h"

namespace fjord {

// Typical units of a currency per EUR for the currencies the UI offers (DOMAIN.md: 1 EUR ≈
// 11.5 NOK, 1 USD = 0.92 EUR). 0 for a currency it does not know.
double typicalPerEur(const QString &currency);

// Converts every amount of money in the project (unit costs, rack prices, opex, energy, PPA,
// certificate and heat prices) from the catalogue's currency and rate to `currency` at `perEur`
// units per EUR, and records the new currency and rate.
void convertCurrency(Project &project, const QString &currency, double perEur);

} // namespace fjord
