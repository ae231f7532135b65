#include "yearchartcanvas.h"

#include "uifonts.h"
#include "yearcharttooltip.h"
#include "yearselection.h"
#include "yeartableroles.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QItemSelectionModel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace Annals {

YearChartCanvas::YearChartCanvas(QWidget *parent)
    // Given its chart at construction: QChartView(parent) makes a default chart, and
    // setChart() releases that one without deleting it (a leak of a whole chart per view).
    : QChartView(new QChart, parent)
{
    m_chart = chart();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(UiFonts::font(8));
    m_chart->legend()->setShowToolTips(true);
    m_chart->setTitleFont(UiFonts::font(10.5));
    setRenderHint(QPainter::Antialiasing);
    // QtCharts draws point markers (larger still when selected) beyond the bounding rects of
    // its series items, so a partial repaint after a layout change leaves pieces of old
    // markers behind. These charts are small: repaint the whole view every time.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);

    m_overlay = std::make_unique<YearChartOverlay>(m_chart);
    applyPalette();

    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        updateYearTicks();
        m_overlay->relayout();
        for (const PlotItems &items : std::as_const(m_items)) {
            if (items.laterRuns)
                items.laterRuns->relayout();
        }
        // QtCharts places a point's configured size relative to the plot it had when the
        // size was set: set before the first layout, a selected marker is drawn off its
        // point (and out of sight). Apply the sizes again on the laid-out plot.
        updateHighlight(true);
    });
}

YearChartCanvas::~YearChartCanvas() = default;

void YearChartCanvas::setModel(QAbstractItemModel *model, QItemSelectionModel *selection)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_model = model;
    m_selection = selection;
    if (model) {
        const auto rebuildLater = [this] { scheduleRebuild(); };
        m_connections = {
            connect(model, &QAbstractItemModel::modelReset, this, rebuildLater),
            connect(model, &QAbstractItemModel::dataChanged, this,
                    &YearChartCanvas::scheduleValueRefresh),
            connect(model, &QAbstractItemModel::headerDataChanged, this, rebuildLater),
            connect(model, &QAbstractItemModel::rowsInserted, this, rebuildLater),
            connect(model, &QAbstractItemModel::rowsRemoved, this, rebuildLater),
            connect(model, &QAbstractItemModel::columnsInserted, this, rebuildLater),
            connect(model, &QAbstractItemModel::columnsRemoved, this, rebuildLater),
        };
    }
    if (selection) {
        m_connections.append(connect(selection, &QItemSelectionModel::selectionChanged, this,
                                     [this] { updateHighlight(); }));
    }
    rebuild();
}

void YearChartCanvas::setPlots(const QList<PlotSpec> &plots)
{
    if (plots == m_plots)
        return;
    m_plots = plots;
    rebuild();
}

void YearChartCanvas::setYearRange(int first, int last)
{
    if (first == m_firstYear && last == m_lastYear)
        return;
    m_firstYear = first;
    m_lastYear = last;
    if (m_rebuildPending)
        return; // the rebuild takes the new range
    // The series hold the model's years: a range inside them only moves the axes.
    if (m_built && first >= m_dataFirstYear && last <= m_dataLastYear)
        applyYearRange();
    else
        rebuild();
}

void YearChartCanvas::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void YearChartCanvas::setAxisTitles(const QString &primary, const QString &secondary)
{
    m_primaryTitle = primary;
    m_secondaryTitle = secondary;
    if (m_primaryAxis)
        m_primaryAxis->setTitleText(primary);
    if (m_secondaryAxis)
        m_secondaryAxis->setTitleText(secondary);
}

void YearChartCanvas::setLogarithmic(bool logarithmic)
{
    if (logarithmic == m_logarithmic)
        return;
    m_logarithmic = logarithmic;
    rebuild();
}

void YearChartCanvas::setMarkers(const QList<YearMarker> &markers)
{
    if (markers != m_overlay->markers())
        m_overlay->setMarkers(markers);
}

void YearChartCanvas::endBatch()
{
    if (--m_batchDepth == 0 && m_rebuildPending)
        rebuild();
}

void YearChartCanvas::scheduleRebuild()
{
    // Several model signals often arrive together; rebuild once.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_rebuildPending)
            rebuild();
    });
}

void YearChartCanvas::scheduleValueRefresh()
{
    if (m_refreshPending || m_rebuildPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshPending && !m_rebuildPending)
            refreshValues();
        m_refreshPending = false;
    });
}

QAbstractAxis *YearChartCanvas::axisFor(PlotAxis axis) const
{
    return axis == PlotAxis::Secondary ? static_cast<QAbstractAxis *>(m_secondaryAxis)
                                       : m_primaryAxis;
}

void YearChartCanvas::attachToAxes(QAbstractSeries *series, PlotAxis axis)
{
    series->attachAxis(m_yearAxis);
    series->attachAxis(axisFor(axis));
}

QXYSeries *YearChartCanvas::anchorFor(PlotAxis axis) const
{
    return axis == PlotAxis::Secondary && m_secondaryAnchor ? m_secondaryAnchor
                                                            : m_primaryAnchor;
}

void YearChartCanvas::addAnchors()
{
    const auto anchor = [this](PlotAxis axis) {
        auto *series = new QLineSeries;
        series->setPen(Qt::NoPen);
        m_chart->addSeries(series);
        attachToAxes(series, axis);
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
        return series;
    };
    m_primaryAnchor = anchor(PlotAxis::Primary);
    m_secondaryAnchor = m_secondaryAxis ? anchor(PlotAxis::Secondary) : nullptr;
    m_overlay->setAnchor(m_primaryAnchor);
}

void YearChartCanvas::rebuild()
{
    if (m_batchDepth > 0) {
        m_rebuildPending = true; // endBatch() rebuilds, with everything the batch set
        return;
    }
    m_rebuildPending = false;
    m_refreshPending = false;
    m_built = false;
    m_overlay->setAnchor(nullptr);
    for (PlotItems &items : m_items)
        delete std::exchange(items.laterRuns, nullptr); // before the series it follows
    m_chart->removeAllSeries();
    m_primaryAnchor = nullptr;
    m_secondaryAnchor = nullptr;
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // gives up ownership
        delete axis;
    }
    m_items.clear();
    m_barAxis = nullptr;
    m_secondaryAxis = nullptr;

    m_rowYears.clear();
    m_dataFirstYear = m_firstYear;
    m_dataLastYear = m_lastYear;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_rowYears.append(YearSelection::yearOfRow(m_model, row));
        for (int year : std::as_const(m_rowYears)) {
            m_dataFirstYear = std::min(m_dataFirstYear, year);
            m_dataLastYear = std::max(m_dataLastYear, year);
        }
    }

    m_yearAxis = new QValueAxis;
    m_yearAxis->setLabelFormat(QStringLiteral("%d"));
    m_yearAxis->setLabelsFont(UiFonts::font(8.5));
    m_yearAxis->setGridLineVisible(false);
    m_chart->addAxis(m_yearAxis, Qt::AlignBottom);

    if (m_logarithmic) {
        auto *log = new QLogValueAxis;
        log->setBase(10);
        log->setLabelFormat(QStringLiteral("%g"));
        log->setMinorTickCount(-1);
        m_primaryAxis = log;
    } else {
        m_primaryAxis = new QValueAxis;
    }
    m_primaryAxis->setTitleText(m_primaryTitle);
    m_primaryAxis->setTitleFont(UiFonts::font(8.5));
    m_primaryAxis->setLabelsFont(UiFonts::font(8.5));
    m_chart->addAxis(m_primaryAxis, Qt::AlignLeft);

    bool needsSecondary = false;
    for (const PlotSpec &spec : std::as_const(m_plots))
        needsSecondary |= spec.axis == PlotAxis::Secondary;
    if (needsSecondary) {
        m_secondaryAxis = new QValueAxis;
        m_secondaryAxis->setTitleText(m_secondaryTitle);
        m_secondaryAxis->setTitleFont(UiFonts::font(8.5));
        m_secondaryAxis->setLabelsFont(UiFonts::font(8.5));
        m_secondaryAxis->setGridLineVisible(false);
        m_chart->addAxis(m_secondaryAxis, Qt::AlignRight);
    }

    for (QAbstractAxis *axis : m_chart->axes())
        styleAxis(axis);
    if (!m_model || m_lastYear < m_firstYear) {
        m_overlay->setBreaks({});
        addAnchors();
        applyYearRange();
        return;
    }
    // Long legends (many keywords) go beside the plot, where they can wrap into rows.
    m_chart->legend()->setAlignment(m_plots.size() > 4 ? Qt::AlignRight : Qt::AlignBottom);
    QList<PlotItems *> bars;
    m_items.reserve(m_plots.size()); // pointers into m_items stay valid
    QHash<QString, int> columnOfId; // read once: a hundred plots of six hundred columns
    for (int column = 0; column < m_model->columnCount(); ++column) {
        columnOfId.insert(
            m_model->headerData(column, Qt::Horizontal, YearTableRoles::ColumnId).toString(),
            column);
    }
    for (const PlotSpec &spec : std::as_const(m_plots)) {
        PlotItems items;
        items.spec = spec;
        items.column = columnOfId.value(spec.columnId, -1);
        loadValues(items);
        m_items.append(items);
    }
    for (PlotItems &items : m_items) {
        if (items.spec.style == PlotStyle::Bars)
            bars.append(&items);
    }
    updateValueAxes(); // from the model alone; bars need the axis range for missing years
    if (!bars.isEmpty())
        buildBars(bars); // first, so bars lead the legend and lie under the lines
    QList<int> breaks;
    for (PlotItems &items : m_items) {
        if (items.spec.style != PlotStyle::Bars)
            setRuns(items, runsOf(items));
        for (const QVariant &year : m_model->headerData(items.column, Qt::Horizontal,
                                                        YearTableRoles::SeriesBreaks)
                                        .toList()) {
            if (!breaks.contains(year.toInt()))
                breaks.append(year.toInt());
        }
    }
    std::sort(breaks.begin(), breaks.end());
    m_overlay->setBreaks(breaks);
    addAnchors();
    m_built = true;
    applyYearRange();
}

void YearChartCanvas::applyYearRange()
{
    m_overlay->setYearRange(m_firstYear, m_lastYear);
    if (m_barAxis && m_lastYear >= m_firstYear)
        m_barAxis->setRange(QString::number(m_firstYear), QString::number(m_lastYear));
    const QAbstractAxis *barValues = nullptr;
    for (const PlotItems &items : std::as_const(m_items)) {
        if (items.barSet)
            barValues = axisFor(items.spec.axis);
    }
    updateValueAxes();
    // A missing year's bar sits at a log axis' minimum, which follows the range.
    if (qobject_cast<const QLogValueAxis *>(barValues)) {
        for (PlotItems &items : m_items) {
            if (items.barSet)
                fillBars(items);
        }
    }
    updateYearTicks();
    updateHighlight();
}

void YearChartCanvas::refreshValues()
{
    for (PlotItems &items : m_items) {
        loadValues(items);
        if (items.barSet)
            fillBars(items);
        else
            setRuns(items, runsOf(items));
    }
    updateValueAxes();
    // Not forced: setRuns() and fillBars() dropped the selection of what they replaced, and
    // the highlight of points that kept their values stands (re-applying it makes QtCharts
    // lay out every series again, which was a third of reopening a 100-keyword project).
    updateHighlight();
}

void YearChartCanvas::updateHighlight(bool force)
{
    m_highlighted.clear();
    if (m_model && m_selection) {
        for (int row : YearSelection::selectedRows(m_selection))
            m_highlighted.append(YearSelection::yearOfRow(m_model, row));
    }
    const auto shown = [this](int year) {
        return year >= m_firstYear && year <= m_lastYear && m_highlighted.contains(year);
    };
    // Only the points whose state changes are touched: each call on a series makes QtCharts
    // update it, and a click must not cost a pass over a hundred series.
    for (PlotItems &items : m_items) {
        if (items.barSet) {
            QList<int> wanted;
            for (int year = m_dataFirstYear; year <= m_dataLastYear; ++year) {
                if (shown(year))
                    wanted.append(year - m_dataFirstYear);
            }
            if (force || wanted != items.selectedBars) {
                items.barSet->deselectBars(items.selectedBars);
                items.barSet->selectBars(wanted);
                items.selectedBars = wanted;
            }
        }
        bool laterRunsChanged = false;
        for (Segment &segment : items.segments) {
            QList<int> wanted;
            for (int i = 0; i < segment.years.size(); ++i) {
                if (shown(segment.years.at(i)))
                    wanted.append(i);
            }
            if (wanted == segment.selected && !(force && !wanted.isEmpty()))
                continue;
            QXYSeries *series = segment.series;
            if (!series) { // a later run
                segment.selected = wanted;
                laterRunsChanged = true;
                continue;
            }
            if (!segment.selected.isEmpty()) {
                series->deselectPoints(segment.selected);
                series->clearPointsConfiguration();
            }
            if (!wanted.isEmpty())
                series->selectPoints(wanted);
            for (int i : std::as_const(wanted))
                series->setPointConfiguration(i, QXYSeries::PointConfiguration::Size,
                                              selectedPointSize(series));
            segment.selected = wanted;
        }
        if (laterRunsChanged)
            updateLaterRuns(items);
    }
    m_overlay->setSelection(m_highlighted);
}

QPoint YearChartCanvas::positionOf(int year, double value, PlotAxis axis) const
{
    QXYSeries *anchor = anchorFor(axis);
    if (!anchor)
        return {};
    const QPointF inChart = m_chart->mapToPosition(QPointF(year, value), anchor);
    return mapFromScene(m_chart->mapToScene(inChart));
}

std::optional<int> YearChartCanvas::yearAt(const QPoint &viewportPosition) const
{
    const QPointF inChart = m_chart->mapFromScene(mapToScene(viewportPosition));
    if (!m_chart->plotArea().contains(inChart))
        return std::nullopt;
    return yearAtClamped(viewportPosition);
}

std::optional<int> YearChartCanvas::yearAtClamped(const QPoint &viewportPosition) const
{
    if (!m_primaryAnchor || m_lastYear < m_firstYear || m_chart->plotArea().isEmpty())
        return std::nullopt;
    const QPointF inChart = m_chart->mapFromScene(mapToScene(viewportPosition));
    const double x = m_chart->mapToValue(inChart, m_primaryAnchor).x();
    if (!std::isfinite(x))
        return std::nullopt;
    return int(std::clamp(std::lround(x), long(m_firstYear), long(m_lastYear)));
}

QString YearChartCanvas::tooltipFor(int year) const
{
    if (!m_model)
        return {};
    QList<PlottedColumn> columns;
    for (const PlotItems &items : m_items) {
        PlottedColumn plotted;
        plotted.column = items.column;
        plotted.spec = items.spec;
        if (items.spec.relative && m_mode != FigureTransform::Mode::Absolute) {
            plotted.mode = m_mode;
            plotted.baseYear = m_baseYear;
            plotted.relativeValue = valueOf(items, year);
        }
        columns.append(plotted);
    }
    return YearChartTooltip::html(*m_model, columns, year);
}

QStringList YearChartCanvas::legendTexts() const
{
    QStringList texts;
    for (QLegendMarker *marker : m_chart->legend()->markers()) {
        if (marker->isVisible())
            texts.append(marker->label());
    }
    return texts;
}

QList<int> YearChartCanvas::breakMarks() const
{
    return m_overlay->breaks();
}

void YearChartCanvas::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateYearTicks();
    m_overlay->relayout();
}

} // namespace Annals
