#include "ui/report/htmlreport.h"
#include "model/tr.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <cmath>

namespace fjord::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// "03-capital-expenditure" from the third section "Capital expenditure".
QString slug(int section, const QString &title)
{
    QString s = title.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    s.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return QStringLiteral("%1-%2")
        .arg(section, 2, 10, QLatin1Char('0'))
        .arg(s.isEmpty() ? QStringLiteral("section") : s);
}

const char *const Style = R"(
body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;color:#1d242c;background:#8a939c;margin:0}
main{max-width:52rem;margin:1.5rem auto;background:#fff;padding:2.5rem 3rem;box-shadow:0 2px 8px #0004}
.cover{border-top:8px solid #1f5f9f;padding-top:3rem}
.cover h1{font-size:2rem;margin:0 0 .5rem}
.cover .subtitle{color:#1f5f9f;font-size:1.2rem;margin:0 0 1rem}
.cover p.line{color:#5c6670;margin:.15rem 0}
h2{font-size:1.35rem;margin:2rem 0 .6rem;padding-bottom:.3rem;border-bottom:2px solid #1f5f9f}
h3{font-size:1.05rem;color:#1f5f9f;margin:1.2rem 0 .4rem}
p{font-size:.9rem;line-height:1.4}
p.note{font-size:.75rem;color:#5c6670}
nav ol{font-size:.95rem;line-height:1.7}
nav a{color:#1f5f9f;text-decoration:none}
.tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:.5rem;margin:.6rem 0}
.tile{background:#eef1f4;border-left:3px solid #1f5f9f;padding:.45rem .6rem}
.tile .value{font-size:1.25rem;font-weight:bold}
.tile .label{font-size:.68rem;color:#5c6670}
table{border-collapse:collapse;width:100%;font-size:.75rem;margin:.5rem 0 1rem}
th{background:#eef1f4;color:#5c6670;text-align:right;padding:.25rem .4rem}
td{text-align:right;padding:.2rem .4rem;border-bottom:1px solid #eef1f4}
th:first-child,td:first-child{text-align:left}
tr:nth-child(even) td{background:#f7f8fa}
td.better{background:#dcf2e0;color:#0f6a2a;font-weight:bold}
figure{margin:.8rem 0}
figure svg{width:100%;height:auto;display:block}
figcaption{font-size:.72rem;color:#5c6670}
)";

const QString ContentsMark = QStringLiteral("<!--contents-->");

} // namespace

HtmlReport::HtmlReport(const QString &title, const QLocale &locale, bool drawFigures)
    : ReportSink(locale), m_title(title), m_drawFigures(drawFigures)
{
}

QStringList HtmlReport::headings() const
{
    QStringList out;
    for (const ContentsEntry &e : m_headings)
        out << e.title;
    return out;
}

QByteArray HtmlReport::html() const
{
    QString contents = QStringLiteral("<nav><h2>%1</h2><ol>").arg(esc(ReportTr::tr("Contents")));
    for (const ContentsEntry &e : m_headings)
        contents += QStringLiteral("<li><a href=\"#s%1\">%2</a></li>").arg(e.page).arg(esc(e.title));
    contents += QStringLiteral("</ol></nav>\n");
    QString body = m_body;
    body.replace(ContentsMark, contents);
    const QString lang = locale().bcp47Name();
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<title>%2</title><style>%3</style></head>\n<body><main>\n%4</main></body></html>\n")
        .arg(lang, esc(m_title), QString::fromUtf8(Style), body)
        .toUtf8();
}

void HtmlReport::cover(const QString &title, const QString &subtitle, const QStringList &lines)
{
    m_body += QStringLiteral("<header class=\"cover\"><h1>%1</h1><p class=\"subtitle\">%2</p>")
                  .arg(esc(title), esc(subtitle));
    for (const QString &l : lines)
        if (!l.isEmpty())
            m_body += QStringLiteral("<p class=\"line\">%1</p>").arg(esc(l));
    m_body += QStringLiteral("</header>\n");
}

void HtmlReport::contents()
{
    m_body += ContentsMark; // filled in html(), once every heading is known
}

void HtmlReport::heading(const QString &text, double)
{
    m_headings.append({text, int(m_headings.size()) + 1});
    m_tablesInSection = 0;
    m_body += QStringLiteral("<h2 id=\"s%1\">%2</h2>\n").arg(m_headings.size()).arg(esc(text));
}

void HtmlReport::subheading(const QString &text)
{
    m_body += QStringLiteral("<h3>%1</h3>\n").arg(esc(text));
}

void HtmlReport::paragraph(const QString &text)
{
    m_body += QStringLiteral("<p>%1</p>\n").arg(esc(text));
}

void HtmlReport::note(const QString &text)
{
    m_body += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(text));
}

void HtmlReport::keyFigures(const QList<std::pair<QString, QString>> &figures)
{
    if (figures.isEmpty())
        return;
    m_body += QStringLiteral("<div class=\"tiles\">");
    for (const auto &[label, value] : figures)
        m_body += QStringLiteral(
                      "<div class=\"tile\"><div class=\"value\">%1</div><div class=\"label\">%2</div></div>")
                      .arg(esc(value), esc(label));
    m_body += QStringLiteral("</div>\n");
}

void HtmlReport::table(const ReportTable &t)
{
    QString name = slug(int(m_headings.size()),
                        m_headings.isEmpty() ? ReportTr::tr("Summary") : m_headings.last().title);
    if (++m_tablesInSection > 1)
        name += QStringLiteral("-%1").arg(m_tablesInSection);
    m_tables.append({name, t});
    m_body += QStringLiteral("<table><thead><tr>");
    for (const QString &h : t.header)
        m_body += QStringLiteral("<th>%1</th>").arg(esc(h));
    m_body += QStringLiteral("</tr></thead><tbody>\n");
    for (int r = 0; r < t.rows.size(); ++r) {
        m_body += QStringLiteral("<tr>");
        for (int c = 0; c < t.header.size(); ++c)
            m_body += t.better.contains({r, c})
                          ? QStringLiteral("<td class=\"better\">%1</td>").arg(esc(t.rows[r].value(c)))
                          : QStringLiteral("<td>%1</td>").arg(esc(t.rows[r].value(c)));
        m_body += QStringLiteral("</tr>\n");
    }
    m_body += QStringLiteral("</tbody></table>\n");
}

void HtmlReport::figure(double heightPt, const Draw &draw, const QString &caption)
{
    if (!m_drawFigures)
        return;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSize size(int(ContentWidthPt), int(std::ceil(heightPt)));
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(72); // one unit = one point, as on the canvas
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(caption);
    QPainter painter(&svg);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF area(0, 0, ContentWidthPt, heightPt);
    onGuiThread([&] { draw(&painter, area); });
    painter.end();
    QString text = QString::fromUtf8(buffer.data());
    text = text.mid(std::max<qsizetype>(0, text.indexOf(QStringLiteral("<svg")))); // no XML prologue inline
    m_body += QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>\n").arg(text, esc(caption));
}

} // namespace fjord::ui
