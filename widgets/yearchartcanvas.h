#pragma once

#include "figuretransform.h"
#include "plotspec.h"
#include "yearchartlaterruns.h"
#include "yearchartoverlay.h"
#include "yearmarker.h"

#include <QChartView>
#include <QList>
#include <QPointer>

#include <memory>
#include <optional>

class QAbstractItemModel;
class QBarCategoryAxis;
class QBarSet;
class QItemSelectionModel;
class QAbstractAxis;
class QAbstractSeries;
class QValueAxis;
class QXYSeries;

namespace Annals {

/*!
 * The QtCharts side of YearChart: builds the series from model columns, draws the shared year
 * selection as a highlight, and turns clicks, drags and hovers into year selections and
 * tooltips. Only this class (yearchartcanvas*.cpp) knows QtCharts.
 *
 * Updates are sized to the change, because QtCharts is slow to add and remove series (its
 * legend and axes re-lay out for each one):
 * - what is plotted (plots, model columns or reset, log scale, palette): rebuild();
 * - the year range: applyYearRange() moves the axes; the series hold every year of the model,
 *   so they stay as they are;
 * - values (dataChanged): refreshValues() replaces each series' points in place;
 * - the selection: updateHighlight() moves the highlight of the points that change.
 * Where a line is split is decided in runsOf() alone (yearchartcanvasseries.cpp). A line's
 * first run is a QtCharts series, with the line's legend entry; its later runs are drawn by a
 * YearChartLaterRuns item (a series each would cost a legend marker each).
 */
class YearChartCanvas : public QChartView
{
    Q_OBJECT

public:
    explicit YearChartCanvas(QWidget *parent = nullptr);
    ~YearChartCanvas() override;

    /// See YearChart::Batch: rebuild() waits for the outermost endBatch().
    void beginBatch() { ++m_batchDepth; }
    void endBatch();
    void setModel(QAbstractItemModel *model, QItemSelectionModel *selection);
    void setPlots(const QList<PlotSpec> &plots);
    void setYearRange(int first, int last);
    void setTitle(const QString &title);
    void setAxisTitles(const QString &primary, const QString &secondary);
    void setLogarithmic(bool logarithmic);
    void setRelativeView(FigureTransform::Mode mode, int baseYear);
    FigureTransform::Mode relativeMode() const { return m_mode; }
    int relativeBaseYear() const { return m_baseYear; }
    std::optional<double> plottedValue(const QString &columnId, int year) const;
    QString axisTitle(PlotAxis axis) const;
    void setMarkers(const QList<YearMarker> &markers);

    QList<int> highlightedYears() const { return m_highlighted; }
    QPoint positionOf(int year, double value, PlotAxis axis) const;
    /// The year under \a viewportPosition, if inside the plot area.
    std::optional<int> yearAt(const QPoint &viewportPosition) const;
    /// The year at the x of \a viewportPosition, clamped to the years shown (for drags that
    /// leave the plot).
    std::optional<int> yearAtClamped(const QPoint &viewportPosition) const;
    QString tooltipFor(int year) const;
    /// Names of the legend entries shown, in order (for tests and exports).
    QStringList legendTexts() const;
    /// Number of visible segments plotted for \a columnId (gaps split a line).
    int segmentCount(const QString &columnId) const;
    /// Years whose points of \a columnId are drawn as selected (first run and later runs).
    QList<int> selectedPointYears(const QString &columnId) const;
    /// Years of the series breaks marked on the chart.
    QList<int> breakMarks() const;
    QList<MarkerLabel> markerLabels() const { return m_overlay->placedLabels(); }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// A run as drawn: the first of a plot by its series, the later ones by its laterRuns.
    struct Segment
    {
        QXYSeries *series = nullptr; ///< the first segment's only
        QList<int> years;
        QList<QPointF> points;
        QList<int> selected; ///< indices drawn as selected
    };
    /// A run of points drawn as one unbroken line (or one group of points).
    struct Run
    {
        QList<int> years;
        QList<QPointF> points;
    };
    struct PlotItems
    {
        PlotSpec spec;
        int column = -1;
        QList<Segment> segments;
        YearChartLaterRuns *laterRuns = nullptr; ///< owned by the chart; made when needed
        QBarSet *barSet = nullptr;
        QList<int> selectedBars;
        QList<std::optional<double>> values; ///< drawn value of each model row
    };

    void scheduleRebuild();
    void scheduleValueRefresh();
    bool isDark() const;
    QColor seriesColor(const QColor &color) const;
    QColor emphasised(const QColor &color) const;
    void styleAxis(QAbstractAxis *axis) const;
    void applyPalette();
    void rebuild();
    void applyYearRange();
    void refreshValues();
    void buildBars(QList<PlotItems *> &bars);
    void fillBars(PlotItems &items);
    QList<Run> runsOf(const PlotItems &items) const;
    void setRuns(PlotItems &items, const QList<Run> &runs);
    QXYSeries *newSeries(PlotItems &items);
    void updateLaterRuns(PlotItems &items);
    static double selectedPointSize(const QXYSeries *series);
    void attachToAxes(QAbstractSeries *series, PlotAxis axis);
    void updateValueAxes();
    void updateYearTicks();
    void updateHighlight(bool force = false);
    std::optional<double> valueAtRow(int column, int row) const;
    /// Reads the values of \a items from the model, in the relative view where it applies.
    void loadValues(PlotItems &items) const;
    std::optional<double> valueOf(const PlotItems &items, int year) const;
    void selectYears(int first, int last, int current);
    void showTooltip(const QPoint &globalPosition);
    QAbstractAxis *axisFor(PlotAxis axis) const;
    QXYSeries *anchorFor(PlotAxis axis) const;
    void addAnchors();
    std::pair<double, double> valueRange(PlotAxis axis) const;

    QChart *m_chart = nullptr;
    QValueAxis *m_yearAxis = nullptr;
    QBarCategoryAxis *m_barAxis = nullptr;
    QAbstractAxis *m_primaryAxis = nullptr;
    QValueAxis *m_secondaryAxis = nullptr;
    // Empty, legend-less series on the year axis and each value axis: QtCharts maps between
    // values and positions per series, so these give its mapping even where no data is drawn.
    QXYSeries *m_primaryAnchor = nullptr;
    QXYSeries *m_secondaryAnchor = nullptr;
    std::unique_ptr<YearChartOverlay> m_overlay;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QList<QMetaObject::Connection> m_connections;
    QList<PlotSpec> m_plots;
    QList<PlotItems> m_items;
    QString m_primaryTitle;
    QString m_secondaryTitle;
    bool m_logarithmic = false;
    FigureTransform::Mode m_mode = FigureTransform::Mode::Absolute;
    int m_baseYear = 0;
    bool m_rebuildPending = false;
    int m_batchDepth = 0;
    bool m_refreshPending = false;
    bool m_built = false; ///< series exist for the model and plots
    QList<int> m_rowYears; ///< the model's year of each row, read at rebuild()
    // The years the series and the bar categories hold: the model's and the range's.
    int m_dataFirstYear = 0;
    int m_dataLastYear = -1;
    int m_firstYear = 0;
    int m_lastYear = -1;
    QList<int> m_highlighted;
    std::optional<int> m_pressYear;
    std::optional<int> m_hoverYear;
};

} // namespace Annals
