#pragma once

#include "figuretransform.h"
#include "markerlabel.h"
#include "plotspec.h"
#include "yearmarker.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QItemSelectionModel;
class QPainter;

namespace Annals {

class YearChartCanvas;

/*!
 * \brief A chart of model columns by year: bars, lines (split at missing years) and points, on
 * a year axis with a primary and an optional secondary value axis.
 *
 * It reads values through YearTableRoles and follows and writes the shared year selection:
 * a click selects a year, a drag brushes a range, Left/Right step through years, hovering
 * shows a tooltip with value, unit, vintage and source. The charting library stays behind
 * this class (see YearChartCanvas).
 */
class YearChart : public QWidget
{
    Q_OBJECT

public:
    /*!
     * While a Batch of a chart lives, its setters only record what changes, and the chart is
     * rebuilt once when the last Batch ends. Configuring a chart calls up to six setters, and
     * several of them rebuilt every series and axis (each chart was built three times at
     * startup).
     */
    class Batch
    {
    public:
        explicit Batch(YearChart *chart);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        YearChart *m_chart;
    };

    explicit YearChart(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model, QItemSelectionModel *selection);
    void setPlots(const QList<PlotSpec> &plots);
    QList<PlotSpec> plots() const { return m_plots; }
    void setYearRange(int first, int last);
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setAxisTitles(const QString &primary, const QString &secondary = QString());
    void setLogarithmic(bool logarithmic);
    /// Draws the plots marked relative as an index on \a baseYear or as % change.
    void setRelativeView(FigureTransform::Mode mode, int baseYear = 0);
    FigureTransform::Mode relativeMode() const;
    int relativeBaseYear() const;
    /// The value drawn for \a columnId in \a year (transformed in a relative view).
    std::optional<double> plottedValue(const QString &columnId, int year) const;
    QString axisTitle(PlotAxis axis) const;
    void setMarkers(const QList<YearMarker> &markers);
    /// The markers drawn: plan periods and annotations.
    QList<YearMarker> markers() const { return m_markers; }

    /// The years drawn as selected.
    QList<int> highlightedYears() const;
    /// Where \a year at \a value is drawn, in the coordinates of plotWidget().
    QPoint positionOf(int year, double value, PlotAxis axis = PlotAxis::Primary) const;
    /// The year under \a position (plotWidget() coordinates), if inside the plot area.
    std::optional<int> yearAt(const QPoint &position) const;
    /// The widget that takes mouse input (for tests that click a bar).
    QWidget *plotWidget() const;
    QString tooltipFor(int year) const;
    QStringList legendTexts() const;
    int segmentCount(const QString &columnId) const;
    /// Years whose points of \a columnId are drawn as selected, in every piece of its line.
    QList<int> selectedPointYears(const QString &columnId) const;
    QList<int> breakMarks() const;
    /// The marker and break labels drawn over the plot (for tests).
    QList<MarkerLabel> markerLabels() const;

    /// Paints the chart into \a target of \a painter (exports at any size or resolution).
    void renderChart(QPainter *painter, const QRectF &target);
    /// Where renderChart() into \a target draws \a year at \a value (exports mark points).
    QPointF renderedPositionOf(int year, double value, PlotAxis axis,
                               const QRectF &target) const;

Q_SIGNALS:
    /// A right click on the chart, at \a globalPosition.
    void contextMenuRequested(const QPoint &globalPosition);

private:
    YearChartCanvas *m_canvas = nullptr;
    QList<PlotSpec> m_plots;
    QList<YearMarker> m_markers;
    QString m_title;
};

} // namespace Annals
