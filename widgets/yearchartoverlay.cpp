#include "yearchartoverlay.h"

#include "uifonts.h"

#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QPalette>
#include <QPen>
#include <QXYSeries>

#include <algorithm>
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
// Marker labels lie over the grid and axes but under the series: a label must never hide a
// figure (the "11th FYP" plate hid the 2009 growth point).
constexpr double markerLabelZ = 3.5;

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
        m_labelBackgrounds.at(i)->setBrush(translucent(m_labelBackground, 215));
        m_labelBackgrounds.at(i)->setPen(QPen(translucent(color, 120), 1));
    }
    for (QGraphicsLineItem *line : std::as_const(m_breakLines))
        line->setPen(QPen(translucent(m_textColor, 170), 1.2, Qt::DashLine));
    for (QGraphicsSimpleTextItem *label : std::as_const(m_breakLabels))
        label->setBrush(translucent(m_textColor, 200));
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
    qDeleteAll(m_labelBackgrounds);
    m_labelBackgrounds.clear();
    for (const YearMarker &marker : markers) {
        auto *band = new QGraphicsRectItem(m_chart);
        band->setZValue(markerZ);
        // A plate under the label keeps it readable where it crosses data lines.
        auto *plate = new QGraphicsRectItem(m_chart);
        plate->setZValue(markerLabelZ);
        auto *label = new QGraphicsSimpleTextItem(marker.label, m_chart);
        label->setFont(UiFonts::font(7.5));
        label->setZValue(markerLabelZ + 0.1);
        label->setToolTip(marker.label);
        m_markerBands.append(band);
        m_markerLabels.append(label);
        m_labelBackgrounds.append(plate);
    }
    styleItems();
}

void YearChartOverlay::setBreaks(const QList<int> &years)
{
    if (years == m_breaks)
        return;
    m_breaks = years;
    qDeleteAll(m_breakLines);
    m_breakLines.clear();
    qDeleteAll(m_breakLabels);
    m_breakLabels.clear();
    for (int year : years) {
        auto *line = new QGraphicsLineItem(m_chart);
        line->setZValue(labelZ);
        auto *label = new QGraphicsSimpleTextItem(tr("break"), m_chart);
        label->setFont(UiFonts::font(7));
        label->setZValue(labelZ);
        label->setToolTip(tr("Series break: the figures from %1 on are on a different basis "
                             "from those before; no growth is computed across it.")
                              .arg(year));
        m_breakLines.append(line);
        m_breakLabels.append(label);
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

    for (int i = 0; i < m_markers.size(); ++i)
        placeBand(m_markerBands.at(i), m_markers.at(i).firstYear, m_markers.at(i).lastYear);
    placeLabels();
    placeBreaks();
}

void YearChartOverlay::placeBreaks()
{
    // Between the last year of the old basis and the first of the new one, at the bottom of
    // the plot, clear of the marker labels at the top: a break label that would meet a plate
    // (or another break label) goes below it, and is left out when there is no room.
    const QRectF plot = m_chart->plotArea();
    QList<QRectF> taken;
    for (int i = 0; i < m_markerLabels.size(); ++i) {
        if (m_labelBackgrounds.at(i)->isVisible())
            taken.append(m_labelBackgrounds.at(i)->rect());
    }
    for (int i = 0; i < m_breaks.size(); ++i) {
        const int year = m_breaks.at(i);
        const bool shown = m_anchor && !plot.isEmpty() && year > m_firstYear
                           && year <= m_lastYear;
        m_breakLines.at(i)->setVisible(shown);
        m_breakLabels.at(i)->setVisible(shown);
        if (!shown)
            continue;
        const double x = xOf(year - 0.5);
        const double height = std::min(plot.height(), 46.0);
        m_breakLines.at(i)->setLine(x, plot.bottom() - height, x, plot.bottom());
        const QSizeF size = m_breakLabels.at(i)->boundingRect().size();
        QRectF rect(QPointF(x - size.width() / 2, plot.bottom() - height - size.height()), size);
        rect.moveTop(std::max(rect.top(), plot.top())); // a low plot: not above it
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRectF &other : std::as_const(taken)) {
                if (other.intersects(rect)) {
                    rect.moveTop(other.bottom() + 1);
                    moved = true;
                }
            }
        }
        const bool fits = rect.bottom() <= plot.bottom();
        m_breakLabels.at(i)->setVisible(fits);
        if (!fits)
            continue;
        m_breakLabels.at(i)->setPos(rect.topLeft());
        taken.append(rect);
    }
}

QString YearChartOverlay::fittedLabel(const YearMarker &marker, const QFont &font,
                                      double room)
{
    const QFontMetricsF metrics(font);
    if (marker.shortLabel.isEmpty() || metrics.horizontalAdvance(marker.label) <= room)
        return metrics.elidedText(marker.label, Qt::ElideRight, room);
    const QString text = metrics.elidedText(marker.shortLabel, Qt::ElideRight, room);
    // Not even "…" fits: no label rather than one that spills over the neighbours.
    return metrics.horizontalAdvance(text) <= room ? text : QString();
}

void YearChartOverlay::placeLabels()
{
    // Labels sit inside the plot, from the left edge of their band, and stacked in rows so
    // none covers another. A label with a short form stays inside its band (plans: their
    // bands never overlap, so their labels share the top row); others may pass it, pushed
    // left where they would pass the right edge of the plot.
    const QRectF plot = m_chart->plotArea();
    constexpr double pad = 2;
    QList<QList<std::pair<double, double>>> rows; // taken x spans per row
    for (int i = 0; i < m_markers.size(); ++i) {
        const YearMarker &marker = m_markers.at(i);
        QGraphicsSimpleTextItem *label = m_markerLabels.at(i);
        QGraphicsRectItem *plate = m_labelBackgrounds.at(i);
        const QRectF band = m_markerBands.at(i)->rect();
        const bool inBand = !marker.shortLabel.isEmpty();
        const double room = (inBand ? band.width() - pad : plot.width()) - 4 * pad;
        const QString text = room > 0 && m_markerBands.at(i)->isVisible()
                                 ? fittedLabel(marker, label->font(), room)
                                 : QString();
        label->setVisible(!text.isEmpty());
        plate->setVisible(!text.isEmpty());
        if (text.isEmpty())
            continue;
        label->setText(text);
        const QSizeF size = label->boundingRect().size();
        const double left = inBand ? band.left() + pad
                                   : std::clamp(band.left() + pad, plot.left() + pad,
                                                std::max(plot.left() + pad, plot.right() - pad
                                                                                - size.width()
                                                                                - pad));
        const double right = left + size.width() + 2 * pad;
        int row = 0;
        for (; row < rows.size(); ++row) {
            const bool overlaps = std::any_of(rows.at(row).cbegin(), rows.at(row).cend(),
                                              [&](const std::pair<double, double> &span) {
                                                  return left < span.second && span.first < right;
                                              });
            if (!overlaps)
                break;
        }
        if (row == rows.size())
            rows.append(QList<std::pair<double, double>>());
        rows[row].append({left, right});
        const double top = plot.top() + pad + row * (size.height() + 2 * pad + 1);
        label->setPos(left + pad, top + pad);
        plate->setRect(QRectF(left, top, size.width() + 2 * pad, size.height() + 2 * pad));
    }
}

QList<MarkerLabel> YearChartOverlay::placedLabels() const
{
    QList<MarkerLabel> placed;
    for (int i = 0; i < m_markerLabels.size(); ++i) {
        if (m_markerLabels.at(i)->isVisible())
            placed.append({m_markerLabels.at(i)->text(), m_labelBackgrounds.at(i)->rect(),
                           m_markerBands.at(i)->rect()});
    }
    for (const QGraphicsSimpleTextItem *label : m_breakLabels) {
        if (label->isVisible())
            placed.append({label->text(), QRectF(label->pos(), label->boundingRect().size()),
                           QRectF()});
    }
    return placed;
}

} // namespace Annals
