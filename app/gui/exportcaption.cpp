#include "exportcaption.h"

#include "chartlayouts.h"
#include "project.h"
#include "yeartablemodel.h"

namespace Annals {

QString ExportCaption::title(const QList<ChartLayout> &charts, const Project &project,
                             const YearTableModel &model)
{
    if (charts.size() == 1)
        return ChartLayouts::title(charts.first(), project, model);
    return project.dataset.info.title.isEmpty() ? tr("Annals dashboard")
                                                : project.dataset.info.title;
}

QString ExportCaption::units(const ChartLayout &layout, const Project &project,
                             const YearTableModel &model)
{
    // As the chart draws it: its added series, and what a relative view shows.
    bool secondary = false;
    for (const PlotSpec &plot : ChartLayouts::plots(layout, project, model))
        secondary |= plot.axis == PlotAxis::Secondary;
    const auto [primary, secondaryTitle] = ChartLayouts::axisTitles(layout, project, model);
    return secondary ? tr("%1; %2").arg(primary, secondaryTitle) : primary;
}

QString ExportCaption::measure(const ChartLayout &layout, const ViewState &view)
{
    const std::optional<ChartCatalog::Chart> chart = ChartLayouts::catalogChart(layout);
    if (!chart)
        return tr("figures as published");
    switch (*chart) {
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

QString ExportCaption::subtitle(const QList<ChartLayout> &charts, const Project &project,
                                const YearTableModel &model)
{
    const auto [first, last] = ChartCatalog::yearRange(project.view, model);
    const QString years = tr("%1–%2").arg(first).arg(last);
    if (charts.isEmpty())
        return years;
    if (charts.size() == 1 && !ChartLayouts::hasRelativeViews(charts.first()))
        return tr("%1 · %2").arg(measure(charts.first(), project.view), years);
    if (charts.size() == 1) {
        return tr("%1 · %2 · %3")
            .arg(units(charts.first(), project, model), years,
                 measure(charts.first(), project.view));
    }
    // The dashboard: spending, R&D intensity and keywords (ChartExporter::chartsOf()).
    return tr("Spending: %1 · R&D intensity: %2 · Keywords: %3 · %4")
        .arg(units(charts.value(0), project, model), units(charts.value(1), project, model),
             measure(charts.value(2), project.view), years);
}

} // namespace Annals
