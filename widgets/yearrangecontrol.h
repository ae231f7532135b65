#pragma once

#include <QWidget>

class QSpinBox;
class QToolButton;

namespace Annals {

/// "Years [from] – [to] [All]": the range every view is limited to.
class YearRangeControl : public QWidget
{
    Q_OBJECT

public:
    explicit YearRangeControl(QWidget *parent = nullptr);

    /// The years that exist; the range is kept inside them.
    void setBounds(int first, int last);
    /// Shows \a first..\a last without emitting rangeEdited().
    void setRange(int first, int last);
    int first() const;
    int last() const;
    QSpinBox *fromBox() const { return m_from; }
    QSpinBox *toBox() const { return m_to; }

Q_SIGNALS:
    /// The user changed the range.
    void rangeEdited(int first, int last);

private:
    void emitEdited();

    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    QToolButton *m_all = nullptr;
    bool m_updating = false;
};

} // namespace Annals
