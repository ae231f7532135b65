#include "yearchartoverlay.h"

#include "uifonts.h"

#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPalette>
#include <QPen>
#include <QXYSeries>

#include <cmath>

namespace Annals {

namespace {

QColor translucent(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// Chart items stack by z: plot background 0, grid 2, series 4, legend 5.
constexpr double markerZ = 1.4;
constexpr double selectionZ = 1.5;
constexpr double brushZ = 1.6;
constexpr double labelZ = 6;

} // namespace

YearChartOverlay::YearChartOverlay(QChart *chart)
    : m_chart(chart)
    , m_selectionBand(new QGraphicsRectItem(chart))
    , m_brushBand(new QGraphicsRectItem(chart))
    , m_hoverLine(new QGraphicsLineItem(chart))
{
    m_selectionBand->setPen(Qt::NoPen);
    m_selectionBand->setZValue(selectionZ);
    m_brushBand->setZValue(brushZ);
    m_hoverLine->setZValue(labelZ);
    setPalette(QPalette());
}

YearChartOverlay::~YearChartOverlay() = default; // the items belong to the chart

void YearChartOverlay::setPalette(const QPalette &palette)
{
    m_selectionColor = palette.color(QPalette::Highlight);
    m_textColor = palette.color(QPalette::Text);
    m_labelBackground = palette.color(QPalette::Base);
    styleItems();
}

void YearChartOverlay::styleItems()
{
    m_selectionBand->setBrush(translucent(m_selectionColor, 55));
    m_brushBand->setBrush(translucent(m_selectionColor, 40));
    m_brushBand->setPen(QPen(m_selectionColor, 1, Qt::DashLine));
    m_hoverLine->setPen(QPen(translucent(m_textColor, 150), 1, Qt::DotLine));
    for (int i = 0; i < m_markers.size() && i < m_markerBands.size(); ++i) {
        const QColor own = m_markers.at(i).color;
        // Without a colour of its own a marker is drawn in the text colour, faintly.
        const QColor color = own.isValid() ? own : m_textColor;
        m_markerBands.at(i)->setBrush(translucent(color, 28));
        m_markerBands.at(i)->setPen(QPen(translucent(color, 160), 1, Qt::DashLine));
        m_markerLabels.at(i)->setBrush(m_textColor);
    }
    relayout();
}

void YearChartOverlay::setYearRange(int first, int last)
{
    m_firstYear = first;
    m_lastYear = last;
    relayout();
}

void YearChartOverlay::setSelection(const QList<int> &years)
{
    m_selection = years;
    relayout();
}

void YearChartOverlay::setMarkers(const QList<YearMarker> &markers)
{
    m_markers = markers;
    qDeleteAll(m_markerBands);
    m_markerBands.clear();
    qDeleteAll(m_markerLabels);
    m_markerLabels.clear();
    for (const YearMarker &marker : markers) {
        auto *band = new QGraphicsRectItem(m_chart);
        band->setZValue(markerZ);
        auto *label = new QGraphicsSimpleTextItem(marker.label, m_chart);
        label->setFont(UiFonts::font(7.5));
        label->setZValue(labelZ);
        m_markerBands.append(band);
        m_markerLabels.append(label);
    }
    styleItems();
}

void YearChartOverlay::showBrush(int first, int last)
{
    m_brush = std::make_pair(std::min(first, last), std::max(first, last));
    relayout();
}

void YearChartOverlay::hideBrush()
{
    m_brush.reset();
    relayout();
}

void YearChartOverlay::showHover(int year)
{
    m_hover = year;
    relayout();
}

void YearChartOverlay::hideHover()
{
    m_hover.reset();
    relayout();
}

void YearChartOverlay::setAnchor(QXYSeries *anchor)
{
    m_anchor = anchor;
    relayout();
}

double YearChartOverlay::xOf(double year) const
{
    if (!m_anchor)
        return m_chart->plotArea().left();
    return m_chart->mapToPosition(QPointF(year, 1), m_anchor).x();
}

void YearChartOverlay::placeBand(QGraphicsRectItem *band, int first, int last) const
{
    const QRectF plot = m_chart->plotArea();
    first = std::max(first, m_firstYear);
    last = std::min(last, m_lastYear);
    if (plot.isEmpty() || first > last || !m_anchor) {
        band->hide();
        return;
    }
    const double left = xOf(first - 0.5);
    band->setRect(QRectF(left, plot.top(), xOf(last + 0.5) - left, plot.height()));
    band->show();
}

void YearChartOverlay::relayout()
{
    if (m_selection.isEmpty())
        m_selectionBand->hide();
    else
        placeBand(m_selectionBand, m_selection.first(), m_selection.last());
    if (m_brush)
        placeBand(m_brushBand, m_brush->first, m_brush->second);
    else
        m_brushBand->hide();

    const QRectF plot = m_chart->plotArea();
    if (m_hover && !plot.isEmpty() && m_anchor) {
        const double x = xOf(*m_hover);
        m_hoverLine->setLine(x, plot.top(), x, plot.bottom());
        m_hoverLine->show();
    } else {
        m_hoverLine->hide();
    }

    for (int i = 0; i < m_markers.size(); ++i) {
        QGraphicsRectItem *band = m_markerBands.at(i);
        placeBand(band, m_markers.at(i).firstYear, m_markers.at(i).lastYear);
        QGraphicsSimpleTextItem *label = m_markerLabels.at(i);
        label->setVisible(band->isVisible());
        // Labels of neighbouring markers are staggered so they do not print over each other.
        label->setPos(band->rect().left() + 2, band->rect().top() + 1 + (i % 3) * 11);
    }
}

} // namespace Annals
