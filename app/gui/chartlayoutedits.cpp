#include "chartlayoutedits.h"

#include "chartlayouts.h"
#include "inputlimits.h"
#include "projectdocument.h"
#include "undocommandids.h"
#include "yeartablemodel.h"

namespace Annals {

namespace {

QList<ChartLayout> chartsOf(const ProjectDocument *document)
{
    return ChartLayouts::effective(document->project(), *document->yearModel());
}

void push(ProjectDocument *document, const QString &text, const QList<ChartLayout> &charts,
          int mergeId = -1)
{
    ViewState state = document->viewState();
    state.charts = charts;
    document->pushViewState(text, state, mergeId);
}

} // namespace

void ChartLayoutEdits::setMode(ProjectDocument *document, int chart, FigureTransform::Mode mode,
                               int baseYear)
{
    QList<ChartLayout> charts = chartsOf(document);
    if (chart < 0 || chart >= charts.size())
        return;
    ChartLayout &layout = charts[chart];
    layout.mode = mode;
    layout.baseYear = mode == FigureTransform::Mode::Index ? baseYear : 0;
    const QString title = ChartLayouts::title(layout, document->project(),
                                              *document->yearModel());
    const QString text = mode == FigureTransform::Mode::Index && baseYear != 0
                             ? tr("Index %1 = 100: %2").arg(baseYear).arg(title)
                             : tr("%1: %2").arg(ChartLayouts::modeName(mode), title);
    push(document, text, charts);
}

void ChartLayoutEdits::setBaseYear(ProjectDocument *document, int chart, int baseYear)
{
    QList<ChartLayout> charts = chartsOf(document);
    if (chart < 0 || chart >= charts.size())
        return;
    ChartLayout &layout = charts[chart];
    layout.mode = FigureTransform::Mode::Index;
    layout.baseYear = baseYear;
    push(document,
         tr("Index %1 = 100: %2")
             .arg(baseYear)
             .arg(ChartLayouts::title(layout, document->project(), *document->yearModel())),
         charts, ChartBaseYearCommandId + chart);
}

QString ChartLayoutEdits::addChart(ProjectDocument *document, const QString &columnId)
{
    QList<ChartLayout> charts = chartsOf(document);
    if (charts.size() >= InputLimits::maxCharts)
        return tr("The dashboard holds at most %n charts.", nullptr,
                  int(InputLimits::maxCharts));
    if (document->yearModel()->columnOf(columnId) < 0)
        return tr("The dataset has no series \"%1\".").arg(columnId);
    ChartLayout layout;
    layout.columnIds = {columnId};
    // New charts go before the keyword chart, which spans the bottom of the dashboard.
    qsizetype at = charts.size();
    while (at > 0 && charts.at(at - 1).kind == QLatin1String(ChartLayout::keywords))
        --at;
    charts.insert(at, layout);
    push(document,
         tr("New chart of %1").arg(ChartLayouts::columnLabel(*document->yearModel(), columnId)),
         charts);
    return {};
}

void ChartLayoutEdits::removeChart(ProjectDocument *document, int chart)
{
    QList<ChartLayout> charts = chartsOf(document);
    if (chart < 0 || chart >= charts.size())
        return;
    const QString title = ChartLayouts::title(charts.at(chart), document->project(),
                                              *document->yearModel());
    charts.removeAt(chart);
    // An empty list would bring the default dashboard back: keep "no charts" as one empty
    // chart the analyst can fill or remove.
    if (charts.isEmpty())
        charts.append(ChartLayout());
    push(document, tr("Remove chart %1").arg(title), charts);
}

QString ChartLayoutEdits::addSeries(ProjectDocument *document, int chart,
                                    const QString &columnId)
{
    QList<ChartLayout> charts = chartsOf(document);
    if (chart < 0 || chart >= charts.size())
        return tr("There is no chart %1.").arg(chart + 1);
    const YearTableModel &model = *document->yearModel();
    if (const QString refusal = ChartLayouts::refusal(charts.at(chart), columnId,
                                                      document->project(), model);
        !refusal.isEmpty())
        return refusal;
    ChartLayout &layout = charts[chart];
    layout.columnIds.append(columnId);
    push(document,
         tr("Add %1 to %2")
             .arg(ChartLayouts::columnLabel(model, columnId),
                  ChartLayouts::title(charts.at(chart), document->project(), model)),
         charts);
    return {};
}

void ChartLayoutEdits::removeSeries(ProjectDocument *document, int chart,
                                    const QString &columnId)
{
    QList<ChartLayout> charts = chartsOf(document);
    if (chart < 0 || chart >= charts.size())
        return;
    const YearTableModel &model = *document->yearModel();
    ChartLayout &layout = charts[chart];
    const QString label = ChartLayouts::columnLabel(model, columnId);
    const QString title = ChartLayouts::title(layout, document->project(), model);
    if (layout.columnIds.removeAll(columnId) > 0) {
        push(document, tr("Remove %1 from %2").arg(label, title), charts);
        return;
    }
    if (const int column = model.columnOf(columnId);
        column >= 0 && isKeywordColumn(model.columns().at(column).type)) {
        document->setKeywordShown(model.columns().at(column).keyword, false);
        return;
    }
    // A conventional chart's own series: switched off, as in View ▸ Series.
    if (const auto catalog = ChartLayouts::catalogChart(layout)) {
        for (const PlotChoice &choice : ChartCatalog::choices(*catalog, document->viewState(),
                                                              document->dataset())) {
            if (choice.spec.columnId == columnId) {
                document->setPlotShown(columnId, false, choice.optional);
                return;
            }
        }
    }
}

} // namespace Annals
