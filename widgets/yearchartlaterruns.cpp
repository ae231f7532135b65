#include "yearchartlaterruns.h"

#include <QChart>
#include <QPainter>
#include <QXYSeries>

#include <algorithm>

namespace Annals {

namespace {

// QtCharts stacks a chart's items by kind: axes at 3, series at 4, the legend at 5.
constexpr double seriesZ = 4;

} // namespace

YearChartLaterRuns::YearChartLaterRuns(QChart *chart, QXYSeries *firstRun)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_firstRun(firstRun)
{
    setZValue(seriesZ);
    setAcceptedMouseButtons(Qt::NoButton);
    relayout();
}

void YearChartLaterRuns::setRuns(const QList<Run> &runs, double selectedSize)
{
    if (runs == m_runs && selectedSize == m_selectedSize)
        return;
    m_runs = runs;
    if (selectedSize != m_selectedSize) {
        m_selectedSize = selectedSize;
        relayout(); // the bounds hold the largest point
    }
    update();
}

void YearChartLaterRuns::relayout()
{
    // The plot area, and around it the largest point that can be drawn on its edge.
    const double margin = std::max(m_firstRun->markerSize(), m_selectedSize * 1.5) + 2;
    const QRectF bounds = m_chart->plotArea().adjusted(-margin, -margin, margin, margin);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

QRectF YearChartLaterRuns::boundingRect() const
{
    return m_bounds;
}

void YearChartLaterRuns::paint(QPainter *painter, const QStyleOptionGraphicsItem *,
                               QWidget *)
{
    if (!m_firstRun->isVisible() || m_runs.isEmpty())
        return;
    const QRectF plot = m_chart->plotArea();
    const auto position = [this](const QPointF &value) {
        return m_chart->mapToPosition(value, m_firstRun);
    };
    painter->save();
    painter->setClipRect(plot);
    const QPen pen = m_firstRun->pen();
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    QList<QList<QPointF>> positions;
    for (const Run &run : std::as_const(m_runs)) {
        QList<QPointF> placed;
        placed.reserve(run.points.size());
        for (const QPointF &point : run.points)
            placed.append(position(point));
        // As QtCharts: a solid line segment by segment (the raster engine strokes a short
        // line far faster than one long polyline), a dashed one whole, for its pattern.
        if (pen.style() != Qt::SolidLine) {
            painter->drawPolyline(placed.constData(), int(placed.size()));
        } else {
            for (qsizetype i = 1; i < placed.size(); ++i)
                painter->drawLine(placed.at(i - 1), placed.at(i));
        }
        positions.append(placed);
    }
    painter->setPen(Qt::NoPen);
    const QColor selectedColor = m_firstRun->selectedColor().isValid()
                                     ? m_firstRun->selectedColor()
                                     : pen.color();
    for (qsizetype r = 0; r < m_runs.size(); ++r) {
        const QList<QPointF> &placed = positions.at(r);
        for (qsizetype i = 0; i < placed.size(); ++i) {
            const bool selected = m_runs.at(r).selected.contains(int(i));
            if (selected && !plot.contains(placed.at(i)))
                continue; // as QtCharts: a configured point is drawn only inside the plot
            const double radius = selected ? m_selectedSize * 1.5 : m_firstRun->markerSize();
            painter->setBrush(selected ? selectedColor : pen.color());
            painter->drawEllipse(placed.at(i), radius, radius);
        }
    }
    painter->restore();
}

} // namespace Annals
