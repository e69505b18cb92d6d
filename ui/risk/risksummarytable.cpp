#include "ui/risk/risksummarytable.h"
#include "model/plural.h"

#include "ui/risk/riskformat.h"
#include "ui/tabs/moneyformat.h"

#include <QHeaderView>

namespace fjord::ui {

namespace {
QTableWidgetItem *cell(const QString &text, QVariant raw = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, raw);
    return item;
}
} // namespace

RiskSummaryTable::RiskSummaryTable(QWidget *parent) : QTableWidget(RowCount, ColumnCount, parent)
{
    setObjectName(QStringLiteral("riskSummary"));
    setHorizontalHeaderLabels({tr("Output"), tr("P10"), tr("P50"), tr("P90"), tr("Mean"), tr("SE of P50")});
    horizontalHeaderItem(P50StdError)
        ->setToolTip(tr("Standard error of the P50 from the runs: how far the median may still move"));
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Output, QHeaderView::Stretch);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    clearSummary();
}

void RiskSummaryTable::clearSummary()
{
    for (int r = 0; r < RowCount; ++r)
        for (int c = 1; c < ColumnCount; ++c)
            setItem(r, c, cell(QStringLiteral("–")));
    for (int i = 0; i < RiskOutputCount; ++i)
        setItem(i, Output, new QTableWidgetItem(riskformat::outputLabel(RiskOutput(i))));
    setItem(NpvBelowZeroRow, Output, new QTableWidgetItem(tr("P(NPV < 0)")));
    setItem(RunsRow, Output, new QTableWidgetItem(tr("Runs done")));
    for (int r = 0; r < RowCount; ++r)
        item(r, Output)->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
}

void RiskSummaryTable::showSummary(const MonteCarloSummary &summary, int runsAsked, const QString &currency)
{
    const QLocale locale;
    for (int i = 0; i < RiskOutputCount; ++i) {
        const RiskOutput output = RiskOutput(i);
        const Percentiles &p = summary.outputs[size_t(i)];
        QString label = QStringLiteral("%1 (%2)").arg(riskformat::outputLabel(output),
                                                      riskformat::outputUnit(output, currency));
        if (p.missing > 0) // runs without an IRR are left out of its statistics: say how many
            label += plural(p.missing, tr(", %n run without"), tr(", %n runs without"));
        item(i, Output)->setText(label);
        if (p.count == 0) {
            for (int c = P10; c < ColumnCount; ++c)
                setItem(i, c, cell(tr("none")));
            continue;
        }
        const auto put = [&](int column, double v) {
            // Cost per GPU-hour as a bare number: its unit is in the row's label, and the column stays
            // narrow.
            const QString text = output == RiskOutput::LevelisedPerGpuHour
                                     ? locale.toString(v, 'f', 2)
                                     : riskformat::value(output, v, currency, locale);
            setItem(i, column, cell(text, v));
        };
        put(P10, p.p10);
        put(P50, p.p50);
        put(P90, p.p90);
        put(Mean, p.mean);
        put(P50StdError, p.p50StdError);
    }
    setItem(
        NpvBelowZeroRow, P50,
        cell(moneyformat::percent(summary.probabilityNpvBelowZero, locale), summary.probabilityNpvBelowZero));
    setItem(
        RunsRow, P50,
        cell(tr("%1 of %2").arg(locale.toString(summary.runs), locale.toString(runsAsked)), summary.runs));
}

} // namespace fjord::ui
