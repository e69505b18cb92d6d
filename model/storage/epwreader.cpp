#include "model/storage/epwreader.h"
#include "model/plural.h"
#include "model/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>
#include <cmath>
#include <limits>

namespace fjord::storage {

namespace {

constexpr int HeaderLines = 8;
constexpr int FieldsPerRow = 35;
constexpr qint64 MaxFileBytes = 64 * 1024 * 1024; // an hourly EPW is about 1.6 MB

// The six series the model keeps: EPW field number (1-based), missing-value code (a value at or
// above it is missing), plausible range of a present value, and a name for messages.
struct Column {
    int field;
    double missingAtOrAbove;
    double min;
    double max;
    const char *name;
};
constexpr std::array<Column, 6> Columns{{
    {7, 99.9, -90.0, 70.0, "dry-bulb temperature"},
    {8, 99.9, -90.0, 70.0, "dew-point temperature"},
    {9, 999.0, 0.0, 110.0, "relative humidity"},
    {10, 999999.0, 30000.0, 120000.0, "station pressure"},
    {14, 9999.0, 0.0, 2000.0, "global horizontal radiation"},
    {22, 999.0, 0.0, 100.0, "wind speed"},
}};

constexpr std::array<int, 12> DaysInMonth{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

struct Failure {
    QString message;
};

class Parser {
public:
    explicit Parser(QString path) : m_path(std::move(path)) {}

    [[noreturn]] void fail(int line, const QString &reason) const
    {
        throw Failure{QStringLiteral("%1:%2: %3").arg(m_path).arg(line).arg(reason)};
    }

    static QString decode(QByteArrayView bytes)
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8(bytes);
        return utf8.hasError() ? QString::fromLatin1(bytes) : text; // older files are often Latin-1
    }

    double number(int line, const QByteArray &field, const QString &what) const
    {
        bool ok = false;
        const double v = field.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            fail(line, StorageTr::tr("%1 is not a number: '%2'").arg(what, decode(field.left(40))));
        return v;
    }

    int integer(int line, const QByteArray &field, const QString &what) const
    {
        bool ok = false;
        const int v = field.trimmed().toInt(&ok);
        if (!ok)
            fail(line, StorageTr::tr("%1 is not a whole number: '%2'").arg(what, decode(field.left(40))));
        return v;
    }

    void readLocation(int line, const QByteArray &text, Climate &c) const
    {
        const QList<QByteArray> f = text.split(',');
        if (f.size() < 10)
            fail(line,
                 QStringLiteral("LOCATION needs 10 fields (city, region, country, source, WMO, latitude, "
                                "longitude, time zone, elevation), found %1")
                     .arg(f.size()));
        QStringList name;
        for (int i = 1; i <= 3; ++i)
            if (!f.at(i).trimmed().isEmpty())
                name << decode(f.at(i).trimmed());
        c.name = name.join(QStringLiteral(", "));
        c.source =
            QStringLiteral("EPW %1 (%2, WMO %3)")
                .arg(QFileInfo(m_path).fileName(), decode(f.at(4).trimmed()), decode(f.at(5).trimmed()));
        c.latitudeDeg = inRange(line, number(line, f.at(6), QStringLiteral("LOCATION latitude")), -90, 90,
                                QStringLiteral("LOCATION latitude"));
        c.longitudeDeg = inRange(line, number(line, f.at(7), QStringLiteral("LOCATION longitude")), -180, 180,
                                 QStringLiteral("LOCATION longitude"));
        c.timeZoneHours = inRange(line, number(line, f.at(8), QStringLiteral("LOCATION time zone")), -12, 14,
                                  QStringLiteral("LOCATION time zone"));
        c.elevationM = inRange(line, number(line, f.at(9), QStringLiteral("LOCATION elevation")), -1000,
                               9999.9, QStringLiteral("LOCATION elevation"));
    }

    double inRange(int line, double v, double min, double max, const QString &what) const
    {
        if (v < min || v > max)
            fail(line, StorageTr::tr("%1 %2 is outside %3..%4").arg(what).arg(v).arg(min).arg(max));
        return v;
    }

    EpwResult read();

private:
    // Fills NaN gaps linearly between the neighbouring valid hours (held flat at the ends).
    // Returns how many values were filled.
    int fill(QList<double> &series, const QList<int> &lines, const Column &column,
             QStringList &warnings) const;

    QString m_path;
};

int Parser::fill(QList<double> &series, const QList<int> &lines, const Column &column,
                 QStringList &warnings) const
{
    int filled = 0;
    int firstLine = 0;
    int previous = -1; // index of the last valid value
    const int n = int(series.size());
    for (int i = 0; i <= n; ++i) {
        if (i < n && std::isnan(series.at(i)))
            continue;
        // A gap runs from previous + 1 to i - 1.
        if (i - previous > 1) {
            if (previous < 0 && i == n)
                throw Failure{
                    StorageTr::tr("%1: every %2 value is missing").arg(m_path, QLatin1String(column.name))};
            for (int k = previous + 1; k < i; ++k) {
                double v;
                if (previous < 0)
                    v = series.at(i);
                else if (i == n)
                    v = series.at(previous);
                else
                    v = series.at(previous) +
                        (series.at(i) - series.at(previous)) * (k - previous) / double(i - previous);
                series[k] = v;
                if (filled++ == 0)
                    firstLine = lines.at(k);
            }
        }
        previous = i;
    }
    if (filled > 0)
        warnings << StorageTr::tr("%1:%2: %3 filled by linear interpolation (first here)")
                        .arg(m_path)
                        .arg(firstLine)
                        .arg(countOf(filled,
                                     StorageTr::tr("missing %1 value").arg(QLatin1String(column.name)),
                                     StorageTr::tr("missing %1 values").arg(QLatin1String(column.name))));
    return filled;
}

EpwResult Parser::read()
{
    EpwResult result;
    QFile file(m_path);
    if (!file.exists())
        throw Failure{m_path + StorageTr::tr(": no such file")};
    if (!QFileInfo(m_path).isFile()) // a directory, a FIFO or a device
        throw Failure{m_path + StorageTr::tr(": not a regular file")};
    if (!file.open(QIODevice::ReadOnly))
        throw Failure{m_path + StorageTr::tr(": cannot read: ") + file.errorString()};
    if (file.size() > MaxFileBytes)
        throw Failure{m_path +
                      StorageTr::tr(": too large for an hourly weather file (%1 bytes)").arg(file.size())};
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<QByteArray> lines = bytes.split('\n');
    for (QByteArray &l : lines)
        if (l.endsWith('\r'))
            l.chop(1);
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        throw Failure{m_path + StorageTr::tr(": empty file, not an EPW weather file")};
    if (!lines.first().startsWith("LOCATION"))
        fail(1, StorageTr::tr("not an EPW weather file (the first line must start with LOCATION)"));
    if (lines.size() < HeaderLines)
        fail(int(lines.size()), StorageTr::tr("the file ends inside the 8 header lines"));

    Climate c;
    readLocation(1, lines.first(), c);
    const QByteArray &periods = lines.at(HeaderLines - 1);
    if (!periods.startsWith("DATA PERIODS"))
        fail(HeaderLines, StorageTr::tr("expected the DATA PERIODS header line"));
    const QList<QByteArray> periodFields = periods.split(',');
    if (periodFields.size() > 2) {
        const int perHour =
            integer(HeaderLines, periodFields.at(2), QStringLiteral("DATA PERIODS records per hour"));
        if (perHour != 1)
            fail(HeaderLines,
                 StorageTr::tr("%1 records per hour; only hourly files (1 per hour) are supported")
                     .arg(perHour));
    }

    std::array<QList<double>, Columns.size()> series;
    for (auto &s : series)
        s.reserve(HoursPerYear);
    QList<int> lineOfHour; // file line of each kept hour, for warnings
    lineOfHour.reserve(HoursPerYear);
    int month = 1, day = 1, hour = 1; // the row expected next
    bool leap = false, complete = false;
    int rows = 0;
    for (int i = HeaderLines; i < lines.size(); ++i) {
        const int line = i + 1;
        const QByteArray &text = lines.at(i);
        if (complete)
            fail(line, StorageTr::tr("extra data row after 31 December hour 24"));
        const QList<QByteArray> f = text.split(',');
        if (f.size() != FieldsPerRow)
            fail(line, StorageTr::tr("%1 fields; an EPW data row has %2").arg(f.size()).arg(FieldsPerRow));
        const int m = integer(line, f.at(1), QStringLiteral("field 2 (month)"));
        const int d = integer(line, f.at(2), QStringLiteral("field 3 (day)"));
        const int h = integer(line, f.at(3), QStringLiteral("field 4 (hour)"));
        if (m != month || d != day || h != hour) {
            // A leap year shows 29 February where 1 March was expected.
            if (!leap && month == 3 && day == 1 && hour == 1 && m == 2 && d == 29 && h == 1) {
                leap = true;
                month = 2;
                day = 29;
            } else {
                fail(line, StorageTr::tr(
                               "expected %1/%2 hour %3, found %4/%5 hour %6 (rows out of order, missing or "
                               "repeated)")
                               .arg(month)
                               .arg(day)
                               .arg(hour)
                               .arg(m)
                               .arg(d)
                               .arg(h));
            }
        }
        ++rows;
        const bool leapDay = m == 2 && d == 29;
        std::array<double, Columns.size()> values;
        for (std::size_t k = 0; k < Columns.size(); ++k) {
            const Column &col = Columns[k];
            const QString what = QStringLiteral("field %1 (%2)").arg(col.field).arg(QLatin1String(col.name));
            double v = number(line, f.at(col.field - 1), what);
            if (v >= col.missingAtOrAbove) {
                v = std::numeric_limits<double>::quiet_NaN();
            } else {
                inRange(line, v, col.min, col.max, what);
            }
            values[k] = v;
        }
        if (!leapDay) {
            for (std::size_t k = 0; k < Columns.size(); ++k)
                series[k].append(values[k]);
            lineOfHour.append(line);
        }
        // Advance the expected date.
        if (++hour > 24) {
            hour = 1;
            const int days = month == 2 && leap ? 29 : DaysInMonth[month - 1];
            if (++day > days) {
                day = 1;
                if (++month > 12)
                    complete = true;
            }
        }
    }
    if (!complete)
        fail(int(lines.size()),
             StorageTr::tr("the file ends after %1 data rows, at %2/%3 hour %4; a year needs 8760 "
                           "rows (8784 in a leap year)")
                 .arg(rows)
                 .arg(month)
                 .arg(day)
                 .arg(hour));

    int filled = 0;
    for (std::size_t k = 0; k < Columns.size(); ++k)
        filled += fill(series[k], lineOfHour, Columns[k], result.warnings);
    if (leap)
        result.warnings
            << StorageTr::tr("%1: leap year: the 24 hours of 29 February were dropped").arg(m_path);
    c.filledValues = filled;
    c.dryBulbC = std::move(series[0]);
    c.dewPointC = std::move(series[1]);
    c.relHumidityPct = std::move(series[2]);
    c.pressurePa = std::move(series[3]);
    c.ghiWhPerM2 = std::move(series[4]);
    c.windSpeedMPerS = std::move(series[5]);
    result.climate = std::move(c);
    return result;
}

} // namespace

EpwResult readEpw(const QString &path)
{
    try {
        return Parser(path).read();
    } catch (const Failure &failure) {
        EpwResult result;
        result.error = failure.message;
        return result;
    }
}

} // namespace fjord::storage
