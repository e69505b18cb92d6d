// Property test of the project file (issue 17, item 5): seeded random projects (the complete test
// project or the Narvik sample, with racks dropped at random, names in other scripts and doubles
// with all 52 mantissa bits in use) are saved and opened again; the opened project must equal the
// saved one in every field (Project::operator== compares every member; doubles compare exactly, and
// the check below also compares their bit patterns, which tells -0.0 from 0.0).
// The seed is printed; FJORD_PROPERTY_SEED=<n> replays a run, FJORD_PROPERTY_PROJECTS=<n> runs more.
#include "model/sample/narviksample.h"
#include "model/storage/projectfile.h"
#include "testproject.h"
#include "tests/propertyrun.h"

#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <random>

using namespace fjord;
using fjord::test::propertyCount;
using fjord::test::propertySeed;

namespace {

class Randomiser {
public:
    explicit Randomiser(std::mt19937 &rng) : m_rng(rng) {}

    int pick(int n) { return n <= 0 ? 0 : std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }

    // x moved towards zero by up to one part in a million: every mantissa bit in use, and a value
    // in a range [lo, hi] with lo <= 0 or lo < x stays in it.
    void jitter(double &x) { x *= 1.0 - uniform(0.0, 1e-6); }
    void jitter(QList<double> &xs)
    {
        for (double &x : xs)
            jitter(x);
    }

    // A name with a random tail of letters from other scripts, quotes and an emoji.
    void rename(QString &name)
    {
        static const QString letters = QStringLiteral("aZ09 æøåÆØÅ€'\"%_;,-ßñЖж中文🙂\\");
        const int n = 1 + pick(6);
        for (int i = 0; i < n; ++i) {
            const int at = pick(int(letters.size()));
            // keep a surrogate pair whole
            if (letters.at(at).isLowSurrogate())
                name += letters.mid(at - 1, 2);
            else if (letters.at(at).isHighSurrogate())
                name += letters.mid(at, 2);
            else
                name += letters.at(at);
        }
        name = name.trimmed();
    }

    Project make()
    {
        Project p = pick(2) ? test::fullProject() : makeNarvikSample();
        rename(p.name);
        jitter(p.site.latitudeDeg);
        jitter(p.site.longitudeDeg);
        jitter(p.site.climate.dryBulbC);
        jitter(p.site.climate.dewPointC);
        jitter(p.site.climate.relHumidityPct);
        jitter(p.site.climate.pressurePa);
        jitter(p.site.climate.windSpeedMPerS);
        jitter(p.settings.minAisleWidthM);
        jitter(p.costs.taxRate);
        for (RackType &t : p.rackTypes) {
            rename(t.name);
            jitter(t.designPowerW);
            jitter(t.liquidFraction);
            jitter(t.powerFactor);
            jitter(t.massKg);
            jitter(t.unitCost);
            jitter(t.peakPowerW);
            jitter(t.priceChangePerYear);
        }
        for (Scenario &s : p.scenarios) {
            rename(s.name);
            for (Stage &st : s.stages)
                jitter(st.gridCapacityAddedW);
            for (Hall &h : s.halls) {
                rename(h.name);
                jitter(h.xM);
                jitter(h.yM);
            }
            // drop racks at random (nothing refers to a rack)
            const double keep = uniform(0.3, 1.0);
            s.racks.removeIf([&](const Rack &) { return uniform(0, 1) > keep; });
            for (Rack &r : s.racks) {
                if (pick(4) == 0)
                    rename(r.name);
                jitter(r.xM);
                jitter(r.yM);
            }
            for (PowerNode &n : s.powerNodes) {
                rename(n.name);
                jitter(n.ratingVa);
                jitter(n.ratingA);
                jitter(n.powerFactor);
                jitter(n.losses.linear);
                jitter(n.losses.quadratic);
            }
            for (CoolingSystem &c : s.coolingSystems) {
                jitter(c.dryCoolerApproachK);
                jitter(c.chillerEta);
                jitter(c.facilityPumpFraction);
            }
            for (LoadProfile &l : s.loadProfiles)
                jitter(l.hourly);
        }
        return p;
    }

private:
    std::mt19937 &m_rng;
};

// The first part of two projects that differs, for the failure message.
QString firstDifference(const Project &a, const Project &b)
{
    if (a.name != b.name || a.description != b.description || a.nextId != b.nextId)
        return QStringLiteral("project name, description or next id");
    if (!(a.site == b.site))
        return QStringLiteral("site");
    if (!(a.settings == b.settings))
        return QStringLiteral("settings");
    if (!(a.rackTypes == b.rackTypes))
        return QStringLiteral("rack types");
    if (!(a.costs == b.costs) || !(a.opex == b.opex))
        return QStringLiteral("costs or opex");
    if (a.scenarios.size() != b.scenarios.size())
        return QStringLiteral("number of scenarios");
    for (int i = 0; i < a.scenarios.size(); ++i) {
        const Scenario &x = a.scenarios[i], &y = b.scenarios[i];
        const QString s = QStringLiteral("scenario %1: ").arg(i);
        if (!(x.stages == y.stages))
            return s + QStringLiteral("stages");
        if (!(x.halls == y.halls))
            return s + QStringLiteral("halls");
        if (!(x.rows == y.rows))
            return s + QStringLiteral("rows");
        if (!(x.racks == y.racks))
            return s + QStringLiteral("racks");
        if (!(x.powerNodes == y.powerNodes) || !(x.redundancyGroups == y.redundancyGroups))
            return s + QStringLiteral("power nodes or redundancy groups");
        if (!(x.coolingSystems == y.coolingSystems))
            return s + QStringLiteral("cooling systems");
        if (!(x.loadProfiles == y.loadProfiles))
            return s + QStringLiteral("load profiles");
        if (!(x == y))
            return s + QStringLiteral("another field");
    }
    return a == b ? QString() : QStringLiteral("another field");
}

bool sameBits(const QList<double> &a, const QList<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (std::bit_cast<quint64>(a[i]) != std::bit_cast<quint64>(b[i]))
            return false;
    return true;
}

} // namespace

class TestRoundTripProperties : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qInfo("seed %u (FJORD_PROPERTY_SEED=%u replays this run)", propertySeed(), propertySeed());
    }

    void randomProjectsRoundTripExactly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("random.fjordplan"));
        std::mt19937 rng(propertySeed());
        Randomiser random(rng);
        const int n = propertyCount("FJORD_PROPERTY_PROJECTS", 25);
        for (int i = 0; i < n; ++i) {
            const Project p = random.make();
            const QString where = QStringLiteral("seed %1, project %2").arg(propertySeed()).arg(i);
            const QString saved = storage::saveProject(p, path);
            QVERIFY2(saved.isEmpty(), qPrintable(where + QStringLiteral(": ") + saved));
            const storage::OpenResult opened = storage::openProject(path);
            QVERIFY2(opened, qPrintable(where + QStringLiteral(": ") + opened.error));
            QVERIFY2(*opened.project == p, qPrintable(where + QStringLiteral(": differs in ") +
                                                      firstDifference(p, *opened.project)));
            // exact to the bit (operator== would let -0.0 pass for 0.0)
            QVERIFY2(sameBits(opened.project->site.climate.dryBulbC, p.site.climate.dryBulbC),
                     qPrintable(where));
            for (int s = 0; s < p.scenarios.size(); ++s)
                for (int r = 0; r < p.scenarios[s].racks.size(); ++r)
                    QVERIFY2(sameBits({p.scenarios[s].racks[r].xM, p.scenarios[s].racks[r].yM},
                                      {opened.project->scenarios[s].racks[r].xM,
                                       opened.project->scenarios[s].racks[r].yM}),
                             qPrintable(where));
        }
        qInfo("%d random projects saved and opened", n);
    }
};

QTEST_GUILESS_MAIN(TestRoundTripProperties)
#include "tst_roundtripproperties.moc"
