#include "yearchart.h"

#include "yearchartcanvas.h"

#include <QGraphicsScene>
#include <QVBoxLayout>

namespace Annals {

YearChart::YearChart(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new YearChartCanvas(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas);
    setMinimumSize(260, 180);
    m_canvas->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_canvas, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        Q_EMIT contextMenuRequested(m_canvas->viewport()->mapToGlobal(at));
    });
}

YearChart::Batch::Batch(YearChart *chart)
    : m_chart(chart)
{
    m_chart->m_canvas->beginBatch();
}

YearChart::Batch::~Batch()
{
    m_chart->m_canvas->endBatch();
}

void YearChart::setModel(QAbstractItemModel *model, QItemSelectionModel *selection)
{
    m_canvas->setModel(model, selection);
}

void YearChart::setPlots(const QList<PlotSpec> &plots)
{
    m_plots = plots;
    m_canvas->setPlots(plots);
}

void YearChart::setYearRange(int first, int last)
{
    m_canvas->setYearRange(first, last);
}

void YearChart::setTitle(const QString &title)
{
    m_title = title;
    m_canvas->setTitle(title);
}

void YearChart::setAxisTitles(const QString &primary, const QString &secondary)
{
    m_canvas->setAxisTitles(primary, secondary);
}

void YearChart::setLogarithmic(bool logarithmic)
{
    m_canvas->setLogarithmic(logarithmic);
}

void YearChart::setMarkers(const QList<YearMarker> &markers)
{
    m_markers = markers;
    m_canvas->setMarkers(markers);
}

void YearChart::setRelativeView(FigureTransform::Mode mode, int baseYear)
{
    m_canvas->setRelativeView(mode, baseYear);
}

FigureTransform::Mode YearChart::relativeMode() const
{
    return m_canvas->relativeMode();
}

int YearChart::relativeBaseYear() const
{
    return m_canvas->relativeBaseYear();
}

std::optional<double> YearChart::plottedValue(const QString &columnId, int year) const
{
    return m_canvas->plottedValue(columnId, year);
}

QString YearChart::axisTitle(PlotAxis axis) const
{
    return m_canvas->axisTitle(axis);
}

QList<int> YearChart::highlightedYears() const
{
    return m_canvas->highlightedYears();
}

QPoint YearChart::positionOf(int year, double value, PlotAxis axis) const
{
    return m_canvas->positionOf(year, value, axis);
}

std::optional<int> YearChart::yearAt(const QPoint &position) const
{
    return m_canvas->yearAt(position);
}

QWidget *YearChart::plotWidget() const
{
    return m_canvas->viewport();
}

QString YearChart::tooltipFor(int year) const
{
    return m_canvas->tooltipFor(year);
}

QStringList YearChart::legendTexts() const
{
    return m_canvas->legendTexts();
}

int YearChart::segmentCount(const QString &columnId) const
{
    return m_canvas->segmentCount(columnId);
}

QList<int> YearChart::selectedPointYears(const QString &columnId) const
{
    return m_canvas->selectedPointYears(columnId);
}

QList<int> YearChart::breakMarks() const
{
    return m_canvas->breakMarks();
}

QList<MarkerLabel> YearChart::markerLabels() const
{
    return m_canvas->markerLabels();
}

void YearChart::renderChart(QPainter *painter, const QRectF &target)
{
    m_canvas->scene()->render(painter, target, m_canvas->sceneRect());
}

QPointF YearChart::renderedPositionOf(int year, double value, PlotAxis axis,
                                      const QRectF &target) const
{
    const QPointF scene = m_canvas->mapToScene(positionOf(year, value, axis));
    const QRectF source = m_canvas->sceneRect();
    // renderChart() keeps the aspect ratio, centring the scene in the target.
    const double factor = std::min(target.width() / source.width(),
                                   target.height() / source.height());
    const QPointF offset(target.left() + (target.width() - source.width() * factor) / 2,
                         target.top() + (target.height() - source.height() * factor) / 2);
    return offset + (scene - source.topLeft()) * factor;
}

} // namespace Annals
