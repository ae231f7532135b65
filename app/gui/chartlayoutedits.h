#pragma once

#include "chartlayout.h"

#include <QCoreApplication>
#include <QString>

namespace Annals {

class ProjectDocument;

/*!
 * \brief The analyst's edits of the dashboard's charts, each one undoable view edit: the
 * relative view of a chart, adding and removing charts and the series on them.
 *
 * The first edit writes the default dashboard out into ViewState::charts, so that what the
 * analyst sees is what is changed and saved.
 */
class ChartLayoutEdits
{
    Q_DECLARE_TR_FUNCTIONS(Annals::ChartLayoutEdits)

public:
    /// \a baseYear 0 = the first shown year with a value.
    static void setMode(ProjectDocument *document, int chart, FigureTransform::Mode mode,
                        int baseYear = 0);
    /// The index base year of \a chart; steps through the years merge into one undo step.
    static void setBaseYear(ProjectDocument *document, int chart, int baseYear);
    /// Adds a chart holding \a columnId before the keyword chart; empty, or why it cannot.
    static QString addChart(ProjectDocument *document, const QString &columnId);
    static void removeChart(ProjectDocument *document, int chart);
    /// Empty on success, else why the series cannot go on the chart.
    static QString addSeries(ProjectDocument *document, int chart, const QString &columnId);
    static void removeSeries(ProjectDocument *document, int chart, const QString &columnId);
};

} // namespace Annals
