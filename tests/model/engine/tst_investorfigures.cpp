// METHOD §8.1 and §8.3 on known cash flows: NPV, IRR (unique, absent, two roots), payback, and the
// replacement, depreciation and residual value of a toy asset.

#include "model/engine/assets.h"
#include "model/engine/investor.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace fjord;
using namespace fjord::engine;

namespace {

// The IRR as the engine found it before its faster bracketing: NPV at 4,001 rates evenly spaced in
// log(1 + r) from −99 % to 1000 %, one bisection per sign change. The engine must agree exactly.
IrrResult scanIrr(const QList<double> &cashFlow)
{
    IrrResult result;
    const bool positive = std::any_of(cashFlow.begin(), cashFlow.end(), [](double v) { return v > 0; });
    const bool negative = std::any_of(cashFlow.begin(), cashFlow.end(), [](double v) { return v < 0; });
    if (!positive || !negative) {
        result.absentReason = QStringLiteral("no sign change");
        return result;
    }
    const double lo = std::log(1.0 - 0.99), hi = std::log(1.0 + 10.0);
    QList<std::pair<double, double>> brackets;
    double previousRate = -0.99, previousNpv = netPresentValue(cashFlow, -0.99);
    for (int i = 1; i <= 4000; ++i) {
        const double rate = std::exp(lo + (hi - lo) * i / 4000) - 1.0;
        const double npv = netPresentValue(cashFlow, rate);
        if (npv == 0.0 || (npv > 0) != (previousNpv > 0))
            brackets.append({previousRate, rate});
        previousRate = rate;
        previousNpv = npv;
    }
    if (brackets.size() != 1) {
        result.absentReason = QStringLiteral("%1 roots").arg(brackets.size());
        return result;
    }
    auto [a, b] = brackets.front();
    double fa = netPresentValue(cashFlow, a);
    while (b - a > 1e-10) {
        const double m = 0.5 * (a + b);
        const double fm = netPresentValue(cashFlow, m);
        if ((fm > 0) == (fa > 0)) {
            a = m;
            fa = fm;
        } else {
            b = m;
        }
    }
    result.rate = 0.5 * (a + b);
    return result;
}

} // namespace

class TestInvestorFigures : public QObject {
    Q_OBJECT

private slots:
    void npvOfAKnownCashFlow()
    {
        // −1000 now, 600 and 700 later at 10 %: −1000 + 545.4545… + 578.5124… = 123.9669…
        QVERIFY(std::abs(netPresentValue({-1000, 600, 700}, 0.10) - (-1000 + 600 / 1.1 + 700 / 1.21)) < 1e-9);
        QCOMPARE(netPresentValue({-1000, 600, 700}, 0.0), 300.0);
        QCOMPARE(netPresentValue({}, 0.1), 0.0);
    }

    void irrOfAnAnnuityMatchesTheClosedForm()
    {
        // An annuity of 5 payments at 10 %: PMT = P · r / (1 − (1 + r)^−5).
        const double payment = 1000 * 0.1 / (1 - std::pow(1.1, -5));
        const IrrResult r = internalRateOfReturn({-1000, payment, payment, payment, payment, payment});
        QVERIFY2(r.rate.has_value(), qPrintable(r.absentReason));
        QVERIFY(std::abs(*r.rate - 0.10) < 1e-9);
        QVERIFY(r.absentReason.isEmpty());
    }

    void irrOfOnePeriod()
    {
        const IrrResult r = internalRateOfReturn({-100, 135});
        QVERIFY(r.rate.has_value());
        QVERIFY(std::abs(*r.rate - 0.35) < 1e-9);
        // A loss: −100 then 40 → −60 %.
        const IrrResult loss = internalRateOfReturn({-100, 40});
        QVERIFY(loss.rate.has_value());
        QVERIFY(std::abs(*loss.rate + 0.60) < 1e-9);
    }

    void noIrrWithoutASignChange()
    {
        const IrrResult r = internalRateOfReturn({100, 50, 20});
        QVERIFY(!r.rate.has_value());
        QVERIFY2(r.absentReason.contains(QStringLiteral("never changes sign")), qPrintable(r.absentReason));
        QVERIFY(!internalRateOfReturn({-100, -50}).rate.has_value());
    }

    void noIrrWhenNoRateReachesZero()
    {
        // −100 + 50x − 10x² (x = 1/(1 + r)) peaks at −37.5: the NPV is negative at every rate.
        const IrrResult r = internalRateOfReturn({-100, 50, -10});
        QVERIFY(!r.rate.has_value());
        QVERIFY2(r.absentReason.contains(QStringLiteral("no rate")), qPrintable(r.absentReason));
    }

    // The engine brackets the root by binary search when the cash flow changes sign once and scans
    // otherwise: on every shape it must give the old full scan's answer, to the bit.
    void irrAgreesWithTheFullScanOnManyShapes()
    {
        std::mt19937 random(20261207);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        int withRate = 0, withoutRate = 0, singleChange = 0;
        for (int run = 0; run < 3000; ++run) {
            const int years = 1 + int(unit(random) * 40);
            const int shape = run % 6;
            QList<double> flow(years + 1);
            for (int y = 0; y <= years; ++y) {
                const double earn = 50 + 150 * unit(random);
                switch (shape) {
                case 0: // invest, then earn (one sign change)
                    flow[y] = y == 0 ? -1000 * (0.2 + unit(random)) : earn;
                    break;
                case 1: // invest over several years, earn, replacement dips below zero
                    flow[y] = y < 3 ? -400 * unit(random) : (y % 7 == 0 ? -600 * unit(random) : earn);
                    break;
                case 2: // barely earns anything: the root lies below −99 % or the NPV never reaches 0
                    flow[y] = y == 0 ? -1e6 : unit(random);
                    break;
                case 3: // random signs
                    flow[y] = (unit(random) - 0.5) * 1000;
                    break;
                case 4: // zeros in between, one change
                    flow[y] = y == 0 ? -500 : (unit(random) < 0.4 ? 0.0 : earn);
                    break;
                default: // earn, then pay back (a loan seen from the borrower)
                    flow[y] = y == 0 ? 1000 : -earn;
                    break;
                }
            }
            const IrrResult fast = internalRateOfReturn(flow), scan = scanIrr(flow);
            QCOMPARE(fast.rate.has_value(), scan.rate.has_value());
            if (scan.rate) {
                QCOMPARE(*fast.rate, *scan.rate); // exactly
                ++withRate;
            } else {
                const QString expected = scan.absentReason == QLatin1String("no sign change")
                                             ? QStringLiteral("never changes sign")
                                         : scan.absentReason == QLatin1String("0 roots")
                                             ? QStringLiteral("no rate")
                                             : QStringLiteral("several rates");
                QVERIFY2(fast.absentReason.contains(expected), qPrintable(fast.absentReason));
                ++withoutRate;
            }
            singleChange += shape == 0 || shape == 4 || shape == 5;
        }
        QVERIFY(withRate > 1000 && withoutRate > 200 && singleChange > 1000);
    }

    void twoRootsAreReportedNotGuessed()
    {
        // −100 + 230x − 132x² = 0 at x = 10/11 and x = 5/6: r = 10 % and r = 20 %.
        const QList<double> flow{-100, 230, -132};
        QVERIFY(std::abs(netPresentValue(flow, 0.10)) < 1e-9);
        QVERIFY(std::abs(netPresentValue(flow, 0.20)) < 1e-9);
        const IrrResult r = internalRateOfReturn(flow);
        QVERIFY(!r.rate.has_value());
        QVERIFY2(r.absentReason.contains(QStringLiteral("10.0 %")) &&
                     r.absentReason.contains(QStringLiteral("20.0 %")),
                 qPrintable(r.absentReason));
    }

    void paybackOfAToyProject()
    {
        // Cumulative −100, −70, −40, −10, +20: paid back in year index 4.
        QCOMPARE(paybackIndex({-100, 30, 30, 30, 30}), std::optional<int>(4));
        // Exactly zero counts as paid back.
        QCOMPARE(paybackIndex({-90, 30, 30, 30}), std::optional<int>(3));
        QCOMPARE(paybackIndex({-100, 30, 30}), std::optional<int>());
        QCOMPARE(paybackIndex({10, 10}), std::optional<int>(0));
        // A later dip (a replacement) does not undo the first payback.
        QCOMPARE(paybackIndex({-100, 120, -50, 10}), std::optional<int>(1));
        // Discounted at 10 %: −100, 60/1.1 = 54.5, 60/1.21 = 49.6 → cumulative ≥ 0 in year 2.
        QList<double> discounted;
        const QList<double> flow{-100, 60, 60};
        for (int i = 0; i < flow.size(); ++i)
            discounted << flow[i] / std::pow(1.1, i);
        QCOMPARE(paybackIndex(discounted), std::optional<int>(2));
    }

    void replacementsAndResidualOfAToyAsset()
    {
        // 100 bought in 2027, life 5, price −10 %/year, over 13 years (2027–2039): bought again in 2032
        // at 100·0.9^5 and 2037 at 100·0.9^10; the last one has served 3 of its 5 years at the end.
        const AssetSchedule s = scheduleAssets({{2027, 100.0, AssetLife{5, -0.10}}}, 2027, 13, true);
        QCOMPARE(s.capex.size(), 13);
        QCOMPARE(s.capex[0], 100.0);
        QVERIFY(std::abs(s.capex[5] - 100 * std::pow(0.9, 5)) < 1e-9);
        QVERIFY(std::abs(s.capex[10] - 100 * std::pow(0.9, 10)) < 1e-9);
        for (int i : {1, 2, 3, 4, 6, 7, 8, 9, 11, 12})
            QCOMPARE(s.capex[i], 0.0);
        QCOMPARE(s.replacement[0], 0.0);
        QCOMPARE(s.replacement[5], s.capex[5]);
        QVERIFY(std::abs(s.depreciation[0] - 20.0) < 1e-12);
        QVERIFY(std::abs(s.depreciation[7] - 100 * std::pow(0.9, 5) / 5) < 1e-12);
        QVERIFY(std::abs(s.residual - 100 * std::pow(0.9, 10) * 2 / 5) < 1e-9);
        // Depreciation plus residual gives back every purchase.
        double depreciated = s.residual, bought = 0;
        for (int i = 0; i < 13; ++i) {
            depreciated += s.depreciation[i];
            bought += s.capex[i];
        }
        QVERIFY(std::abs(depreciated - bought) < 1e-9);
    }

    void residualCanBeTurnedOffAndEndsAtZeroForAFullLife()
    {
        QCOMPARE(scheduleAssets({{2027, 100.0, AssetLife{5, 0}}}, 2027, 13, false).residual, 0.0);
        // Over exactly 15 years a 5-year asset is fully written off: no residual.
        QCOMPARE(scheduleAssets({{2027, 100.0, AssetLife{5, 0}}}, 2027, 15, true).residual, 0.0);
        // A 30-year building over 15 years keeps half its value.
        QVERIFY(std::abs(scheduleAssets({{2027, 300.0, AssetLife{30, 0}}}, 2027, 15, true).residual - 150) <
                1e-9);
        // A purchase in a later year starts its own clock.
        const AssetSchedule late = scheduleAssets({{2029, 100.0, AssetLife{5, 0}}}, 2027, 10, true);
        QCOMPARE(late.capex[2], 100.0);
        QCOMPARE(late.capex[7], 100.0);
        QCOMPARE(late.depreciation[1], 0.0);
        QVERIFY(std::abs(late.residual - 100 * 2.0 / 5) < 1e-9); // bought 2034, 3 of 5 years used
    }
};

QTEST_GUILESS_MAIN(TestInvestorFigures)
#include "tst_investorfigures.moc"
