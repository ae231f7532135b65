// YearChartCanvas: the series. Each plot's values become bars, or runs of points drawn as
// line or scatter series (a line's later runs by its YearChartLaterRuns item); a series is
// made once and its points are replaced in place when values change. Series hold every year
// of the model (the axes show the range), so a change of range leaves them alone.

#include "yearchartcanvas.h"

#include "yeartableroles.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>

#include <algorithm>

namespace Annals {

std::optional<double> YearChartCanvas::valueAtRow(int column, int row) const
{
    if (!m_model || column < 0 || row < 0)
        return std::nullopt;
    const QVariant value = m_model->index(row, column).data(YearTableRoles::Value);
    if (!value.isValid())
        return std::nullopt;
    return value.toDouble();
}

void YearChartCanvas::setRelativeView(FigureTransform::Mode mode, int baseYear)
{
    if (mode == m_mode && baseYear == m_baseYear)
        return;
    m_mode = mode;
    m_baseYear = baseYear;
    // The same series with other values: replaced in place, like an edit of the data.
    if (m_built && !m_rebuildPending)
        refreshValues();
}

std::optional<double> YearChartCanvas::plottedValue(const QString &columnId, int year) const
{
    for (const PlotItems &items : m_items) {
        if (items.spec.columnId == columnId)
            return valueOf(items, year);
    }
    return std::nullopt;
}

QString YearChartCanvas::axisTitle(PlotAxis axis) const
{
    return axis == PlotAxis::Secondary ? m_secondaryTitle : m_primaryTitle;
}

void YearChartCanvas::loadValues(PlotItems &items) const
{
    items.values.clear();
    if (m_rowYears.isEmpty())
        return;
    // FigureTransform works on consecutive years; rows need not be (nor be in order).
    const auto [low, high] = std::minmax_element(m_rowYears.cbegin(), m_rowYears.cend());
    const int first = *low;
    FigureTransform::Values values(*high - first + 1);
    for (int row = 0; row < m_rowYears.size(); ++row)
        values[m_rowYears.at(row) - first] = valueAtRow(items.column, row);
    if (items.spec.relative && m_mode != FigureTransform::Mode::Absolute && items.column >= 0) {
        QList<int> breaks;
        for (const QVariant &year : m_model->headerData(items.column, Qt::Horizontal,
                                                        YearTableRoles::SeriesBreaks)
                                        .toList())
            breaks.append(year.toInt());
        values = FigureTransform::apply(values, first, breaks, m_mode, m_baseYear);
    }
    items.values.reserve(m_rowYears.size());
    for (int year : std::as_const(m_rowYears))
        items.values.append(values.at(year - first));
}

std::optional<double> YearChartCanvas::valueOf(const PlotItems &items, int year) const
{
    const qsizetype row = m_rowYears.indexOf(year);
    return row >= 0 && row < items.values.size() ? items.values.at(row) : std::nullopt;
}

QList<YearChartCanvas::Run> YearChartCanvas::runsOf(const PlotItems &items) const
{
    // The one place that decides where a line breaks: at a year without a value (a line
    // cannot show a gap), on a log axis at a value it cannot draw, and at a series break
    // (the years before and after it measure different things).
    const QVariantList breaks
        = m_model->headerData(items.column, Qt::Horizontal, YearTableRoles::SeriesBreaks)
              .toList();
    QList<Run> runs;
    bool open = false;
    for (int row = 0; row < m_rowYears.size(); ++row) {
        const int year = m_rowYears.at(row);
        if (items.spec.style == PlotStyle::Line && breaks.contains(QVariant(year)))
            open = false;
        const std::optional<double> value = row < items.values.size() ? items.values.at(row)
                                                                      : std::nullopt;
        const bool drawable = value
                              && !(m_logarithmic && items.spec.axis == PlotAxis::Primary
                                   && *value <= 0);
        if (!drawable) {
            if (items.spec.style == PlotStyle::Line)
                open = false;
            continue;
        }
        if (!open)
            runs.append(Run());
        open = true;
        runs.last().years.append(year);
        runs.last().points.append(QPointF(year, *value));
    }
    return runs;
}

void YearChartCanvas::setRuns(PlotItems &items, const QList<Run> &runs)
{
    // Always a first run, a series: it keeps the legend entry when there is no data.
    if (items.segments.isEmpty())
        newSeries(items);
    const qsizetype before = items.segments.size();
    items.segments.resize(std::max<qsizetype>(1, runs.size()));
    bool laterRunsChanged = items.segments.size() != before;
    for (qsizetype i = 0; i < items.segments.size(); ++i) {
        Segment &segment = items.segments[i];
        const Run run = i < runs.size() ? runs.at(i) : Run();
        if (run.years == segment.years && run.points == segment.points)
            continue;
        if (QXYSeries *series = segment.series) {
            if (!segment.selected.isEmpty()) {
                series->deselectAllPoints();
                series->clearPointsConfiguration();
            }
            series->replace(run.points);
        } else {
            laterRunsChanged = true;
        }
        segment.selected.clear();
        segment.years = run.years;
        segment.points = run.points;
    }
    if (laterRunsChanged && (items.laterRuns || items.segments.size() > 1))
        updateLaterRuns(items);
}

void YearChartCanvas::updateLaterRuns(PlotItems &items)
{
    QXYSeries *first = items.segments.first().series;
    if (!items.laterRuns)
        items.laterRuns = new YearChartLaterRuns(m_chart, first);
    QList<YearChartLaterRuns::Run> later;
    for (qsizetype i = 1; i < items.segments.size(); ++i)
        later.append({items.segments.at(i).points, items.segments.at(i).selected});
    items.laterRuns->setRuns(later, selectedPointSize(first));
}

double YearChartCanvas::selectedPointSize(const QXYSeries *series)
{
    // The selected point grows, whatever the marker size of its series. QtCharts already
    // draws a selected line point half as large again as its configured size (a scatter point
    // it draws as configured), so lines need less.
    const bool line = series->type() == QAbstractSeries::SeriesTypeLine;
    return series->markerSize() * (line ? 1.1 : 1.6);
}

QXYSeries *YearChartCanvas::newSeries(PlotItems &items)
{
    const PlotSpec &spec = items.spec;
    const QColor color = seriesColor(spec.color);
    QXYSeries *series = nullptr;
    if (spec.style == PlotStyle::Points) {
        auto *scatter = new QScatterSeries;
        scatter->setMarkerSize(9);
        scatter->setBorderColor(isDark() ? color.lighter(130) : color.darker(140));
        series = scatter;
    } else {
        series = new QLineSeries;
        QPen pen(color, 2.2);
        pen.setStyle(spec.dashed ? Qt::DashLine : Qt::SolidLine);
        series->setPen(pen);
        series->setPointsVisible(true);
        series->setMarkerSize(6);
    }
    series->setName(spec.legend.isEmpty()
                        ? m_model->headerData(items.column, Qt::Horizontal).toString()
                        : spec.legend);
    series->setColor(color);
    // Selected points keep their series' hue, darker and larger, so several series
    // highlighted in one year stay tellable apart.
    series->setSelectedColor(emphasised(spec.color));
    m_chart->addSeries(series);
    attachToAxes(series, spec.axis);
    items.segments.append(Segment{series, {}, {}, {}});
    return series;
}

int YearChartCanvas::segmentCount(const QString &columnId) const
{
    for (const PlotItems &items : m_items) {
        if (items.spec.columnId != columnId)
            continue;
        // Segments hold every year of the model; count those the year range shows.
        int count = 0;
        for (const Segment &segment : items.segments) {
            count += std::any_of(segment.years.cbegin(), segment.years.cend(),
                                 [this](int year) {
                                     return year >= m_firstYear && year <= m_lastYear;
                                 })
                         ? 1
                         : 0;
        }
        return count;
    }
    return 0;
}

QList<int> YearChartCanvas::selectedPointYears(const QString &columnId) const
{
    QList<int> years;
    for (const PlotItems &items : m_items) {
        if (items.spec.columnId != columnId || items.segments.isEmpty())
            continue;
        // Read back from what draws them: the first run's series, the later runs' item.
        const QXYSeries *series = items.segments.first().series;
        for (int index : series->selectedPoints())
            years.append(qRound(series->at(index).x()));
        if (items.laterRuns) {
            for (const YearChartLaterRuns::Run &run : items.laterRuns->runs()) {
                for (int index : run.selected)
                    years.append(qRound(run.points.at(index).x()));
            }
        }
    }
    std::sort(years.begin(), years.end());
    return years;
}

void YearChartCanvas::buildBars(QList<PlotItems *> &bars)
{
    auto *series = new QBarSeries;
    series->setBarWidth(0.8);
    QStringList categories;
    for (int year = m_dataFirstYear; year <= m_dataLastYear; ++year)
        categories.append(QString::number(year));
    for (PlotItems *items : bars) {
        const QString legend = items->spec.legend.isEmpty()
                                   ? m_model->headerData(items->column, Qt::Horizontal)
                                         .toString()
                                   : items->spec.legend;
        auto *set = new QBarSet(legend);
        const QColor color = seriesColor(items->spec.color);
        set->setColor(color);
        set->setBorderColor(isDark() ? color.lighter(120) : color.darker(130));
        set->setSelectedColor(emphasised(items->spec.color));
        items->barSet = set;
        fillBars(*items);
        series->append(set);
    }
    m_chart->addSeries(series);
    // Bars need a category axis; it stays hidden and spans exactly the year axis (its range
    // follows the years shown), so bar centres sit on the same x positions as the line points.
    m_barAxis = new QBarCategoryAxis;
    m_barAxis->append(categories);
    m_barAxis->setVisible(false);
    m_chart->addAxis(m_barAxis, Qt::AlignBottom);
    series->attachAxis(m_barAxis);
    series->attachAxis(axisFor(bars.first()->spec.axis));
}

void YearChartCanvas::fillBars(PlotItems &items)
{
    // A missing year is a bar of no height: at the axis' own minimum on a log axis (any
    // lower value is drawn as a stub below the baseline).
    const auto *log = qobject_cast<QLogValueAxis *>(axisFor(items.spec.axis));
    const double none = log ? log->min() : 0.0;
    QList<qreal> values;
    for (int year = m_dataFirstYear; year <= m_dataLastYear; ++year)
        values.append(valueOf(items, year).value_or(none));
    QBarSet *set = items.barSet;
    if (set->count() != values.size()) {
        set->deselectAllBars();
        items.selectedBars.clear();
        set->remove(0, set->count());
        set->append(values);
        return;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (set->at(i) != values.at(i))
            set->replace(i, values.at(i));
    }
}

} // namespace Annals
