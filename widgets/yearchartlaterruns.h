#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QPixmap>
#include <QPointF>

class QChart;
class QXYSeries;

namespace Annals {

/*!
 * The second and later runs of a line split at gaps (YearChartCanvas::runsOf), drawn in its
 * chart as QtCharts 6.4 draws the line's first run, a QLineSeries with visible points: the
 * same pen, points of the series' marker size, selected points half as large again as their
 * configured size in the series' selected colour, all inside the plot area, placed through
 * that series' axes.
 *
 * Why not a series per run: QtCharts gives every series of a chart a legend marker with its
 * own QTextDocument, hidden or not, and lays every series on an axis out again when the axis
 * moves. A hundred keywords, each split at the six gaps between report years, were 700
 * series; with this item they are 100.
 */
class YearChartLaterRuns : public QGraphicsItem
{
public:
    struct Run
    {
        QList<QPointF> points; ///< in values: (year, value)
        QList<int> selected; ///< indices into points drawn as selected
        bool operator==(const Run &other) const = default;
    };

    /// A child item of \a chart, stacked with the series, following the pen, colours and
    /// axes of \a firstRun. Owned by the chart: delete it before \a firstRun goes.
    YearChartLaterRuns(QChart *chart, QXYSeries *firstRun);

    /// \a selectedSize: the size a selected point is configured with, as for a series.
    void setRuns(const QList<Run> &runs, double selectedSize);
    QList<Run> runs() const { return m_runs; }
    /// Call when the chart's geometry or its plot area changed.
    void relayout();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    /// A point of \a radius in \a color as drawEllipse() draws it, made again when they change.
    const QPixmap &pointStamp(const QColor &color, double radius, qreal devicePixelRatio,
                              bool antialiased);

    QChart *m_chart;
    QXYSeries *m_firstRun;
    QList<Run> m_runs;
    double m_selectedSize = 0;
    QRectF m_bounds;
    QPixmap m_stamp;
    QColor m_stampColor;
    double m_stampRadius = 0;
    bool m_stampAntialiased = false;
};

} // namespace Annals
