#pragma once

#include "targetmark.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QItemSelectionModel;

namespace Annals {

/*!
 * \brief Targets and outcomes of one indicator by year: each target drawn as what it is (see
 * TargetMark::Shape), each outcome as a dot in its status's colour.
 *
 * Linked like the year charts: it highlights the years of the shared year selection and a
 * click selects the year under the mouse (in \a model's rows, via YearSelection); hovering
 * shows the mark's tooltip.
 */
class TargetChart : public QWidget
{
    Q_OBJECT

public:
    explicit TargetChart(QWidget *parent = nullptr);

    /// The year table whose rows the shared selection selects, and that selection.
    void setYearSelection(QAbstractItemModel *model, QItemSelectionModel *selection);
    void setMarks(const QList<TargetMark> &marks);
    QList<TargetMark> marks() const { return m_marks; }
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setUnit(const QString &unit);

    /// Where \a year at \a value is drawn, in widget coordinates.
    QPointF positionOf(double year, double value) const;
    /// The year of the mark under \a position, if any.
    std::optional<int> yearAt(const QPoint &position) const;
    /// The years drawn as selected.
    QList<int> highlightedYears() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotArea() const;
    void updateRanges();
    void drawAxes(QPainter &painter, const QRectF &plot) const;
    void drawMark(QPainter &painter, const TargetMark &mark) const;
    void drawLegend(QPainter &painter) const;

    QAbstractItemModel *m_model = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    QList<TargetMark> m_marks;
    QString m_title;
    QString m_unit;
    int m_firstYear = 0;
    int m_lastYear = 0;
    double m_minValue = 0;
    double m_maxValue = 1;
};

} // namespace Annals
