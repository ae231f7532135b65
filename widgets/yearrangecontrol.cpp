#include "yearrangecontrol.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace Annals {

YearRangeControl::YearRangeControl(QWidget *parent)
    : QWidget(parent)
    , m_from(new QSpinBox(this))
    , m_to(new QSpinBox(this))
    , m_all(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    auto *label = new QLabel(tr("&Years"), this);
    label->setBuddy(m_from);
    layout->addWidget(label);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_all);
    m_from->setToolTip(tr("First year shown in every chart and the table"));
    m_to->setToolTip(tr("Last year shown in every chart and the table"));
    m_all->setText(tr("All"));
    m_all->setToolTip(tr("Show every year of the data"));

    connect(m_from, &QSpinBox::valueChanged, this, [this](int value) {
        if (value > m_to->value()) {
            const QSignalBlocker blocker(m_to);
            m_to->setValue(value);
        }
        emitEdited();
    });
    connect(m_to, &QSpinBox::valueChanged, this, [this](int value) {
        if (value < m_from->value()) {
            const QSignalBlocker blocker(m_from);
            m_from->setValue(value);
        }
        emitEdited();
    });
    connect(m_all, &QToolButton::clicked, this, [this] {
        {
            const QSignalBlocker fromBlocker(m_from);
            const QSignalBlocker toBlocker(m_to);
            m_from->setValue(m_from->minimum());
            m_to->setValue(m_to->maximum());
        }
        emitEdited();
    });
}

void YearRangeControl::setBounds(int first, int last)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setRange(first, last);
    m_to->setRange(first, last);
}

void YearRangeControl::setRange(int first, int last)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setValue(first);
    m_to->setValue(last);
}

int YearRangeControl::first() const
{
    return m_from->value();
}

int YearRangeControl::last() const
{
    return m_to->value();
}

void YearRangeControl::emitEdited()
{
    Q_EMIT rangeEdited(m_from->value(), m_to->value());
}

} // namespace Annals
