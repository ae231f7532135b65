#pragma once

#include "chartcatalog.h"
#include "chartlayout.h"
#include "series.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Annals {

class YearChart;
class YearTableModel;
struct Project;

/*!
 * \brief The charts of a project's dashboard as ChartLayout records: the saved ones, or the
 * dataset's default; and how each is drawn (series, axes, relative view).
 *
 * The embedded dataset's default is its three conventional charts; an extract without their
 * series ids gets one chart per unit kind of its figures (and the keyword chart).
 */
class ChartLayouts
{
    Q_DECLARE_TR_FUNCTIONS(Annals::ChartLayouts)

public:
    static QList<ChartLayout> defaults(const Project &project, const YearTableModel &model);
    /// ViewState::charts, or defaults() when the analyst has not changed them.
    static QList<ChartLayout> effective(const Project &project, const YearTableModel &model);
    /// The conventional chart \a layout draws, if any.
    static std::optional<ChartCatalog::Chart> catalogChart(const ChartLayout &layout);
    static QString kindOf(ChartCatalog::Chart chart);
    /// The index in effective() of the conventional \a chart, or -1.
    static int indexOf(ChartCatalog::Chart chart, const Project &project,
                       const YearTableModel &model);
    /// True for charts of figures, which have relative views (not the keyword chart).
    static bool hasRelativeViews(const ChartLayout &layout);

    static QString title(const ChartLayout &layout, const Project &project,
                         const YearTableModel &model);
    /// The series \a layout draws now, each on its axis (relative plots share the primary).
    static QList<PlotSpec> plots(const ChartLayout &layout, const Project &project,
                                 const YearTableModel &model);
    /// The index base year: the layout's, else the first shown year with a value.
    static int baseYear(const ChartLayout &layout, const Project &project,
                        const YearTableModel &model);
    /// "Index, 2015 = 100" or "% change vs previous year"; empty for absolute values.
    static QString modeAxisTitle(FigureTransform::Mode mode, int baseYear);
    static QString modeName(FigureTransform::Mode mode);
    /// The titles of the primary and secondary value axes: units, or what a relative view shows.
    static std::pair<QString, QString> axisTitles(const ChartLayout &layout,
                                                  const Project &project,
                                                  const YearTableModel &model);
    /// The conventional \a chart as the analyst arranged it (its layout, or the default one).
    static ChartLayout layoutOf(ChartCatalog::Chart chart, const Project &project,
                                const YearTableModel &model);
    /// Sets titles, axes, series, relative view and markers of \a target as \a layout says.
    static void configure(YearChart *target, const ChartLayout &layout, const Project &project,
                          const YearTableModel &model);

    /// The unit kind of a column: a figure's series kind; growth rates are percentages.
    static std::optional<SeriesKind> kindOfColumn(const QString &columnId, const Project &project,
                                                  const YearTableModel &model);
    /// Why \a columnId cannot go on \a layout (a third unit kind, already there…), or empty.
    static QString refusal(const ChartLayout &layout, const QString &columnId,
                           const Project &project, const YearTableModel &model);
    /// Columns an analyst can put on a chart: figures and growth rates, with their labels.
    static QList<std::pair<QString, QString>> candidateColumns(const YearTableModel &model);
    static QString columnLabel(const YearTableModel &model, const QString &columnId);
};

} // namespace Annals
