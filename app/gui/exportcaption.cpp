#include "exportcaption.h"

#include "project.h"
#include "yeartablemodel.h"

namespace Annals {

QString ExportCaption::title(ExportRequest::Target target, const Project &project)
{
    const QList<ChartCatalog::Chart> charts = ChartExporter::chartsOf(target);
    if (charts.size() == 1)
        return ChartCatalog::title(charts.first(), project.view);
    return project.dataset.info.title.isEmpty() ? tr("Annals dashboard")
                                                : project.dataset.info.title;
}

QString ExportCaption::units(ChartCatalog::Chart chart, const Project &project,
                             const YearTableModel &model)
{
    bool secondary = false;
    for (const PlotSpec &plot :
         ChartCatalog::shownPlots(chart, project.view, project.dataset, model))
        secondary |= plot.axis == PlotAxis::Secondary;
    const QString primary = ChartCatalog::primaryAxisTitle(chart, project.view);
    return secondary ? tr("%1; %2").arg(primary, ChartCatalog::secondaryAxisTitle(chart))
                     : primary;
}

QString ExportCaption::measure(ChartCatalog::Chart chart, const ViewState &view)
{
    switch (chart) {
    case ChartCatalog::Chart::Spending:
        return view.logarithmic ? tr("figures as published, log scale; growth as reported "
                                     "and computed")
                                : tr("figures as published; growth as reported and computed");
    case ChartCatalog::Chart::RdIntensity:
        return tr("figures as published");
    case ChartCatalog::Chart::Keywords:
        switch (view.keywordMeasure) {
        case KeywordMeasure::Count:
            return tr("raw counts: occurrences in each year's report");
        case KeywordMeasure::Per10k:
            return tr("per 10k: occurrences per 10,000 characters of each year's report");
        case KeywordMeasure::RelativeChange:
            return tr("index: % change of the per-10k rate against the previous year");
        }
        break;
    }
    return {};
}

QString ExportCaption::subtitle(ExportRequest::Target target, const Project &project,
                                const YearTableModel &model)
{
    const auto [first, last] = ChartCatalog::yearRange(project.view, model);
    const QString years = tr("%1–%2").arg(first).arg(last);
    const QList<ChartCatalog::Chart> charts = ChartExporter::chartsOf(target);
    if (charts == QList<ChartCatalog::Chart>{ChartCatalog::Chart::Keywords})
        return tr("%1 · %2").arg(measure(charts.first(), project.view), years);
    if (charts.size() == 1) {
        return tr("%1 · %2 · %3")
            .arg(units(charts.first(), project, model), years,
                 measure(charts.first(), project.view));
    }
    using Chart = ChartCatalog::Chart;
    return tr("Spending: %1 · R&D intensity: %2 · Keywords: %3 · %4")
        .arg(units(Chart::Spending, project, model), units(Chart::RdIntensity, project, model),
             measure(Chart::Keywords, project.view), years);
}

} // namespace Annals
