#pragma once

#include "plotspec.h"
#include "viewstate.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Annals {

class YearTableModel;
struct Dataset;
struct Project;

/// One series a chart can draw; optional ones stay off until the analyst switches them on.
struct PlotChoice
{
    PlotSpec spec;
    bool optional = false;
};

/// What each dashboard chart draws, by the conventional series ids of an extract.
class ChartCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Annals::ChartCatalog)

public:
    enum class Chart { Spending, RdIntensity, Keywords };

    static QString title(Chart chart, const ViewState &view);
    static QString primaryAxisTitle(Chart chart, const ViewState &view);
    static QString secondaryAxisTitle(Chart chart);
    /// Every series the chart can draw (keywords: every shown keyword), whether shown or not.
    static QList<PlotChoice> choices(Chart chart, const ViewState &view, const Dataset &dataset);
    /// The series the chart draws now: existing columns, switched on in \a view.
    static QList<PlotSpec> shownPlots(Chart chart, const ViewState &view, const Dataset &dataset,
                                      const YearTableModel &model);
    static bool isShown(const PlotChoice &choice, const ViewState &view);
    /// Figures no chart draws (GDP, national R&D spending, the other S&T series…), which the
    /// analyst can add to the table and the details panel; each an optional choice.
    static QList<PlotChoice> tableOnlyChoices(const ViewState &view, const Dataset &dataset,
                                              const YearTableModel &model);
    /// The keyword's own colour, else a palette colour no other shown keyword has.
    /// keywordColor() of every shown keyword and every keyword with its own colour, at once.
    static QHash<QString, QColor> keywordColors(const Dataset &dataset, const ViewState &view);
    static QColor keywordColor(const Dataset &dataset, const ViewState &view,
                               const QString &term);
    /// The years shown: the view's range, or every year of the model when it has none.
    static std::pair<int, int> yearRange(const ViewState &view, const YearTableModel &model);
    /// The colours of series without their own, in the order they are handed out.
    static const QList<QColor> &palette();
};

} // namespace Annals
