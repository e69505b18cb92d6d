#pragma once

#include "model/engine/montecarlo.h"

#include <QTableWidget>

namespace fjord::ui {

// The Monte Carlo summary: per output (NPV, IRR, levelised cost, PUE, REF) its P10, P50, P90, mean
// and the P50's standard error with units, then the probability of a negative NPV and the runs done.
// Each value cell also holds the unformatted number (Qt::UserRole) for exact comparisons.
class RiskSummaryTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Output, P10, P50, P90, Mean, P50StdError, ColumnCount };
    enum Row { NpvBelowZeroRow = RiskOutputCount, RunsRow, RowCount };

    explicit RiskSummaryTable(QWidget *parent = nullptr);

    // `runsAsked`: the study's size, to say "1,200 of 10,000" while it runs or after a cancel.
    void showSummary(const MonteCarloSummary &summary, int runsAsked, const QString &currency);
    void clearSummary(); // no study yet: the cells say so
};

} // namespace fjord::ui
