#include "yearchartlaterruns.h"

#include <QChart>
#include <QPaintEngine>
#include <QPainter>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

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
    // On the screen (a raster engine, not scaled), a point is one stamp drawn again and again:
    // antialiased ellipses were two thirds of painting a hundred keyword lines. Vector exports
    // (SVG, PDF) and scaled renders draw ellipses.
    const bool stamped = painter->paintEngine()->type() == QPaintEngine::Raster
                         && painter->worldTransform().type() <= QTransform::TxTranslate;
    const double radius = m_firstRun->markerSize();
    const QPixmap *stamp = nullptr;
    if (stamped) {
        stamp = &pointStamp(pen.color(), radius, painter->device()->devicePixelRatioF(),
                            painter->testRenderHint(QPainter::Antialiasing));
    }
    painter->setBrush(pen.color());
    for (qsizetype r = 0; r < m_runs.size(); ++r) {
        const QList<QPointF> &placed = positions.at(r);
        for (qsizetype i = 0; i < placed.size(); ++i) {
            if (m_runs.at(r).selected.contains(int(i)))
                continue; // drawn last, over the others
            if (stamp) {
                const QSizeF half = stamp->deviceIndependentSize() / 2;
                painter->drawPixmap(placed.at(i) - QPointF(half.width(), half.height()),
                                    *stamp);
            } else {
                painter->drawEllipse(placed.at(i), radius, radius);
            }
        }
    }
    painter->setBrush(selectedColor);
    const double selectedRadius = m_selectedSize * 1.5;
    for (qsizetype r = 0; r < m_runs.size(); ++r) {
        for (int i : m_runs.at(r).selected) {
            const QPointF at = positions.at(r).value(i);
            if (plot.contains(at)) // as QtCharts: a configured point only inside the plot
                painter->drawEllipse(at, selectedRadius, selectedRadius);
        }
    }
    painter->restore();
}

const QPixmap &YearChartLaterRuns::pointStamp(const QColor &color, double radius,
                                              qreal devicePixelRatio, bool antialiased)
{
    if (!m_stamp.isNull() && color == m_stampColor && radius == m_stampRadius
        && devicePixelRatio == m_stamp.devicePixelRatio()
        && antialiased == m_stampAntialiased) {
        return m_stamp;
    }
    // Even sides, the centre on a pixel corner: drawn at a point rounded to whole pixels,
    // it is where drawEllipse() would draw it within half a pixel.
    const int side = 2 * int(std::ceil(radius)) + 2;
    m_stamp = QPixmap(QSize(side, side) * devicePixelRatio);
    m_stamp.setDevicePixelRatio(devicePixelRatio);
    m_stamp.fill(Qt::transparent);
    QPainter stampPainter(&m_stamp);
    stampPainter.setRenderHint(QPainter::Antialiasing, antialiased);
    stampPainter.setPen(Qt::NoPen);
    stampPainter.setBrush(color);
    stampPainter.drawEllipse(QPointF(side / 2.0, side / 2.0), radius, radius);
    m_stampColor = color;
    m_stampRadius = radius;
    m_stampAntialiased = antialiased;
    return m_stamp;
}

} // namespace Annals
