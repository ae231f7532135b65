// YearChartCanvas: the value axes fitted to the data shown (linear with nice numbers, or
// logarithmic with enough labelled powers) and the year axis' tick interval.

#include "yearchartcanvas.h"

#include "axisrange.h"

#include <QChart>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Annals {

std::pair<double, double> YearChartCanvas::valueRange(PlotAxis axis) const
{
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const PlotItems &items : m_items) {
        if (items.spec.axis != axis)
            continue;
        for (int row = 0; row < m_rowYears.size(); ++row) {
            const int year = m_rowYears.at(row);
            if (year < m_firstYear || year > m_lastYear)
                continue;
            const std::optional<double> value = row < items.values.size()
                                                    ? items.values.at(row)
                                                    : std::nullopt;
            if (value && std::isfinite(*value)) {
                low = std::min(low, *value);
                high = std::max(high, *value);
            }
        }
    }
    return {low, high};
}

void YearChartCanvas::updateValueAxes()
{
    // Every change of an axis' range re-lays out each series attached to it: with a hundred
    // keyword lines, the nice numbers are found on a detached axis and set once.
    if (m_yearAxis->min() != m_firstYear - 0.5 || m_yearAxis->max() != m_lastYear + 0.5)
        m_yearAxis->setRange(m_firstYear - 0.5, m_lastYear + 0.5);
    const auto fit = [](QValueAxis *axis, std::pair<double, double> range) {
        const auto [low, high] = AxisRange::linear(range.first, range.second);
        QValueAxis scratch;
        scratch.setTickCount(axis->tickCount());
        scratch.setRange(low, high);
        scratch.applyNiceNumbers();
        double min = scratch.min();
        double max = scratch.max();
        int ticks = scratch.tickCount();
        // Nice numbers round outwards; never hand QtCharts a range it cannot draw.
        if (!AxisRange::isDrawable(min, max)) {
            min = low;
            max = high;
            ticks = axis->tickCount();
        }
        if (axis->min() != min || axis->max() != max)
            axis->setRange(min, max);
        if (axis->tickCount() != ticks)
            axis->setTickCount(ticks);
        const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
        axis->setLabelFormat(step >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    };
    if (auto *linear = qobject_cast<QValueAxis *>(m_primaryAxis)) {
        fit(linear, valueRange(PlotAxis::Primary));
    } else if (auto *log = qobject_cast<QLogValueAxis *>(m_primaryAxis)) {
        auto [low, high] = valueRange(PlotAxis::Primary);
        if (!(low <= high) || high <= 0) {
            low = 1;
            high = 10;
        }
        // 1.5e308 made the top power 10^309, infinite: QtCharts then recursed without end.
        high = std::min(high, AxisRange::maxMagnitude);
        low = std::max(low, high / 1e6);
        // Powers of ten label a range of a few hundreds with 100 and 1000 only: under two
        // decades, powers of two label it (64, 128, 256, 512).
        const double base = std::log10(high / low) >= 2 ? 10 : 2;
        const auto logOf = [base](double value) { return std::log(value) / std::log(base); };
        const double top = std::ceil(logOf(high) - 1e-9);
        // At least four labelled powers: a narrow range reaches down further.
        const double bottom = std::min(std::floor(logOf(low) + 1e-9), top - 3);
        const double first = std::pow(base, bottom);
        const double last = std::pow(base, top);
        const bool drawable = AxisRange::isDrawable(first, last) && first > 0;
        log->setBase(drawable ? base : 10);
        log->setRange(drawable ? first : 1, drawable ? last : 10);
    }
    if (m_secondaryAxis)
        fit(m_secondaryAxis, valueRange(PlotAxis::Secondary));
    for (const PlotItems &items : std::as_const(m_items)) {
        if (items.laterRuns)
            items.laterRuns->update(); // placed through the axes at paint time
    }
}

void YearChartCanvas::updateYearTicks()
{
    if (!m_yearAxis || m_lastYear < m_firstYear)
        return;
    const double width = m_chart->plotArea().width();
    const int years = m_lastYear - m_firstYear + 1;
    const double pixelsPerYear = width > 0 ? width / years : 40;
    int interval = 1;
    for (int candidate : {1, 2, 5, 10, 20, 50}) {
        interval = candidate;
        if (pixelsPerYear * candidate >= 42)
            break;
    }
    const double anchor = std::ceil(double(m_firstYear) / interval) * interval;
    if (m_yearAxis->tickType() == QValueAxis::TicksDynamic && m_yearAxis->tickAnchor() == anchor
        && m_yearAxis->tickInterval() == interval)
        return;
    m_yearAxis->setTickType(QValueAxis::TicksDynamic);
    m_yearAxis->setTickAnchor(anchor);
    m_yearAxis->setTickInterval(interval);
}

} // namespace Annals
