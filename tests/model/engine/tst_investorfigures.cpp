// METHOD §8.1 and §8.3 on known cash flows: NPV, IRR (unique, absent, two roots), payback, and the
// replacement, depreciation and residual value of a toy asset.

#include "model/engine/assets.h"
#include "model/engine/investor.h"

#include <QTest>

#include <cmath>

using namespace fjord;
using namespace fjord::engine;

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
