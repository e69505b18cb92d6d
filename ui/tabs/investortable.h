#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace fjord {
struct CostCatalogue;
struct FinanceResults;
} // namespace fjord

namespace fjord::ui {

// The investor figures of METHOD §8.3 as text, the same in the Finance tab and the investor report:
// one row per figure for the campus and each stage as a stand-alone investment, then the figures
// that exist for the campus only. Every value carries its unit; an absent IRR or payback says why.
struct InvestorTable {
    QStringList header;            // figure, "Campus", the stage names
    QList<QStringList> rows;       // NPV, IRR, payback, discounted payback, revenue, free cash flow
    QList<QStringList> campusRows; // {figure, value}: replacements, residual, levelised, tokens
    QStringList irrNotes;          // "Stage 2: no IRR: <reason>" for every absent IRR
    int irrRow = 1;                // index of the IRR row in `rows`
};

// `fullIrrReasons`: the IRR cell reads "no IRR: <reason>" (a wrapping table); otherwise "no IRR" with
// the reason in irrNotes (a table whose cells are cut at their width).
InvestorTable investorTable(const FinanceResults &finance, const CostCatalogue &costs, const QLocale &locale,
                            bool fullIrrReasons);

} // namespace fjord::ui
