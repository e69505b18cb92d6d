#include "model/storage/netboxcsv.h"
#include "model/tr.h"

#include <QFile>

namespace fjord::storage {

namespace {

// Splits the text into records; returns an error for an unterminated quote.
QString parse(const QString &text, const QString &file, QList<QStringList> &records, QList<int> &lines)
{
    QStringList fields;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (closing quote seen)
    int line = 1, recordLine = 1;
    auto endField = [&] {
        fields.append(wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(fields.size() == 1 && fields[0].isEmpty())) {
            records.append(fields);
            lines.append(recordLine);
        }
        fields.clear();
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
                wasQuoted = true;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            field.clear();
        } else if (c == u',') {
            endField();
        } else if (c == u'\n') {
            endRecord();
            recordLine = ++line;
        } else if (c != u'\r') {
            if (wasQuoted && !c.isSpace())
                return StorageTr::tr("%1:%2: text after a closing quote").arg(file).arg(line);
            field += c;
        }
    }
    if (quoted)
        return StorageTr::tr("%1:%2: a quoted field is never closed").arg(file).arg(recordLine);
    endRecord();
    return {};
}

} // namespace

NetboxCsv readNetboxCsv(const QString &path)
{
    NetboxCsv csv;
    csv.file = path;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        csv.error = StorageTr::tr("%1: cannot open: %2").arg(path, f.errorString());
        return csv;
    }
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QList<int> lines;
    csv.error = parse(text, path, records, lines);
    if (!csv.error.isEmpty())
        return csv;
    if (records.isEmpty()) {
        csv.error = StorageTr::tr("%1:1: the file is empty (expected a NetBox CSV header)").arg(path);
        return csv;
    }
    for (const QString &h : records.first())
        csv.header.append(h.trimmed().toLower());
    for (int i = 1; i < records.size(); ++i) {
        if (records[i].size() != csv.header.size()) {
            csv.error = StorageTr::tr("%1:%2: %3 fields, but the header has %4")
                            .arg(path)
                            .arg(lines[i])
                            .arg(records[i].size())
                            .arg(csv.header.size());
            return csv;
        }
        csv.rows.append(records[i]);
        csv.lines.append(lines[i]);
    }
    return csv;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace fjord::storage
