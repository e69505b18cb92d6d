#pragma once

#include <QLabel>
#include <QStringList>

namespace fjord::test {

// Visible one-line labels whose text is wider than the label: cut off on screen, as
// "what - where" lines for a test message (word-wrapped and rich-text labels reflow: left out).
inline QStringList clippedLabels(QWidget *window)
{
    QStringList out;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
            Qt::mightBeRichText(label->text()) || !label->pixmap().isNull())
            continue;
        const int needed = label->fontMetrics().horizontalAdvance(label->text()) +
                           label->contentsMargins().left() + label->contentsMargins().right() +
                           2 * label->margin() + 2 * label->frameWidth();
        if (needed > label->width() + 1)
            out << QStringLiteral("%1 (%2 < %3 px, in %4)")
                       .arg(label->text())
                       .arg(label->width())
                       .arg(needed)
                       .arg(label->parentWidget()
                                ? QString::fromLatin1(label->parentWidget()->metaObject()->className())
                                : QString());
    }
    return out;
}

} // namespace fjord::test
