#pragma once

#include "markerlabel.h"
#include "yearmarker.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>

#include <optional>

class QChart;
class QFont;
class QPalette;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QXYSeries;

namespace Annals {

/*!
 * What YearChartCanvas draws over the plot: the selected years as a band, the range being
 * brushed, the hovered year and annotation markers. It also maps between years and x
 * positions, so every part of the chart agrees on where a year is.
 */
class YearChartOverlay
{
    Q_DECLARE_TR_FUNCTIONS(Annals::YearChartOverlay)

public:
    explicit YearChartOverlay(QChart *chart);
    ~YearChartOverlay();

    void setYearRange(int first, int last);
    /// The series whose axes (years, primary values) place everything; null while rebuilding.
    void setAnchor(QXYSeries *anchor);
    void setSelection(const QList<int> &years);
    void setMarkers(const QList<YearMarker> &markers);
    const QList<YearMarker> &markers() const { return m_markers; }
    /// Series breaks: a dashed line before each year in \a years and a small "break" label.
    void setBreaks(const QList<int> &years);
    /// The years of the break marks shown (for tests).
    QList<int> breaks() const { return m_breaks; }
    /// Colours of the bands, the hover line and the labels (from the chart's palette).
    void setPalette(const QPalette &palette);
    void showBrush(int first, int last);
    void hideBrush();
    void showHover(int year);
    void hideHover();
    /// Places everything again, e.g. after the plot area moved.
    void relayout();
    /// The marker and break labels shown, where they are (for tests).
    QList<MarkerLabel> placedLabels() const;

    /// The x of \a year (its centre for whole years), in chart coordinates, as QtCharts maps it.
    double xOf(double year) const;

private:
    void placeBand(QGraphicsRectItem *band, int first, int last) const;

    void styleItems();
    /// The marker's label, else its short label, as fits \a room; empty when neither does.
    static QString fittedLabel(const YearMarker &marker, const QFont &font, double room);
    void placeLabels();
    void placeBreaks();

    QChart *m_chart;
    QColor m_selectionColor;
    QColor m_textColor;
    QColor m_labelBackground;
    QXYSeries *m_anchor = nullptr;
    int m_firstYear = 0;
    int m_lastYear = -1;
    QList<int> m_selection;
    QList<YearMarker> m_markers;
    std::optional<std::pair<int, int>> m_brush;
    std::optional<int> m_hover;
    QGraphicsRectItem *m_selectionBand = nullptr;
    QGraphicsRectItem *m_brushBand = nullptr;
    QGraphicsLineItem *m_hoverLine = nullptr;
    QList<QGraphicsRectItem *> m_markerBands;
    QList<QGraphicsSimpleTextItem *> m_markerLabels;
    QList<QGraphicsRectItem *> m_labelBackgrounds;
    QList<int> m_breaks;
    QList<QGraphicsLineItem *> m_breakLines;
    QList<QGraphicsSimpleTextItem *> m_breakLabels;
};

} // namespace Annals
