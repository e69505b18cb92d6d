#include "ui/mainwindow/overview/keyfigurecard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fjord::ui {

namespace {
const QColor Accent(0x2f, 0x5d, 0x8a);
const QColor Alarm(0xc6, 0x28, 0x28);
} // namespace

KeyFigureCard::KeyFigureCard(const QString &objectName, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(this)), m_caption(new QLabel(this))
{
    setObjectName(objectName);
    m_value->setObjectName(QStringLiteral("value"));
    m_caption->setObjectName(QStringLiteral("caption"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.55);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    QPalette muted = m_caption->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_caption->setPalette(muted);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(0);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addStretch(1);
    setAlarming(false);
}

void KeyFigureCard::setFigure(const QString &value, const QString &caption, const QString &toolTip)
{
    m_value->setText(value);
    m_caption->setText(caption);
    setToolTip(toolTip);
}

void KeyFigureCard::setAlarming(bool alarming)
{
    // A tinted tile with a coloured bar on its left edge (the report's key-figure tiles).
    setStyleSheet(
        QStringLiteral("fjord--ui--KeyFigureCard { background: %1; border-left: 3px solid %2; }")
            .arg(palette().color(QPalette::AlternateBase).name(), (alarming ? Alarm : Accent).name()));
    QPalette p = m_value->palette();
    p.setColor(QPalette::WindowText, alarming ? Alarm : palette().color(QPalette::Text));
    m_value->setPalette(p);
}

QString KeyFigureCard::value() const
{
    return m_value->text();
}

QString KeyFigureCard::caption() const
{
    return m_caption->text();
}

} // namespace fjord::ui
