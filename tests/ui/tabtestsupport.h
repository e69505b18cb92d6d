#pragma once
// What the analysis-tab tests share: opening a tab on the analysis test project, typing into an
// editor as a user does, and checking that the whole tab renders.

#include "analysistestproject.h"

#include "model/document/projectdocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QTest>
#include <QTextDocumentFragment>
#include <QWidget>

namespace fjord::test {

// A document on analysisTestProject() and `Tab` on it, shown at a desktop size.
template <typename Tab> void openTab(ProjectDocument *&doc, Tab *&tab, QSize size = {1400, 900})
{
    doc = new ProjectDocument(analysisTestProject());
    tab = new Tab(doc);
    tab->resize(size);
    tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(tab));
}

// Types a value into an editor like a user: focus, select all, type, Enter.
inline void typeInto(QWidget *box, const QString &text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

// What a rich-text label shows, as plain text with ordinary spaces (figures keep their units on one
// line with non-breaking spaces).
inline QString shown(const QLabel *label)
{
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText().replace(QChar(0xa0), u' ');
}

// The tab renders at its size with more than a blank screen's colours; FJORD_GRAB_DIR keeps the
// screenshot (as `fileName`) for a visual review.
inline void verifyTabRenders(QWidget *tab, ProjectDocument *doc, const QString &fileName)
{
    doc->recomputeNow();
    QCoreApplication::processEvents();
    const QImage image = tab->grab().toImage();
    QCOMPARE(image.size(), tab->size());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, "the tab looks empty");
    const QString dir = qEnvironmentVariable("FJORD_GRAB_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + u'/' + fileName));
}

} // namespace fjord::test
