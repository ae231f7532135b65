#include "chartlayouts.h"

#include "dataset.h"
#include "inputlimits.h"
#include "planshading.h"
#include "project.h"
#include "yearchart.h"
#include "yeartablecolumn.h"
#include "yeartablemodel.h"

#include <QSet>

namespace Annals {

namespace {

const YearTableColumn *columnById(const YearTableModel &model, const QString &columnId)
{
    const int index = model.columnOf(columnId);
    return index >= 0 ? &model.columns().at(index) : nullptr;
}

QString unitOf(const YearTableModel &model, const QString &columnId)
{
    return model.headerData(model.columnOf(columnId), Qt::Horizontal, YearTableRoles::Unit)
        .toString();
}

} // namespace

QString ChartLayouts::kindOf(ChartCatalog::Chart chart)
{
    switch (chart) {
    case ChartCatalog::Chart::Spending:
        return QString::fromLatin1(ChartLayout::spending);
    case ChartCatalog::Chart::RdIntensity:
        return QString::fromLatin1(ChartLayout::rdIntensity);
    case ChartCatalog::Chart::Keywords:
        break;
    }
    return QString::fromLatin1(ChartLayout::keywords);
}

std::optional<ChartCatalog::Chart> ChartLayouts::catalogChart(const ChartLayout &layout)
{
    using Chart = ChartCatalog::Chart;
    for (Chart chart : {Chart::Spending, Chart::RdIntensity, Chart::Keywords}) {
        if (layout.kind == kindOf(chart))
            return chart;
    }
    return std::nullopt;
}

bool ChartLayouts::hasRelativeViews(const ChartLayout &layout)
{
    return layout.kind != QLatin1String(ChartLayout::keywords);
}

QList<ChartLayout> ChartLayouts::defaults(const Project &project, const YearTableModel &model)
{
    using Chart = ChartCatalog::Chart;
    const auto layoutOf = [](const QString &kind) {
        ChartLayout layout;
        layout.kind = kind;
        return layout;
    };
    const ChartLayout keywords = layoutOf(kindOf(Chart::Keywords));
    // The embedded dataset's dashboard whenever one of its conventional series is there.
    for (Chart chart : {Chart::Spending, Chart::RdIntensity}) {
        for (const PlotChoice &choice : ChartCatalog::choices(chart, project.view,
                                                              project.dataset)) {
            if (model.columnOf(choice.spec.columnId) >= 0)
                return {layoutOf(kindOf(Chart::Spending)), layoutOf(kindOf(Chart::RdIntensity)),
                        keywords};
        }
    }
    // Another extract: its figures by unit kind, one chart each, in the order of the dataset.
    QList<ChartLayout> charts;
    QList<SeriesKind> kinds;
    for (const YearTableColumn &column : model.columns()) {
        if (column.type != ColumnType::Figure)
            continue;
        const Series *series = project.dataset.findSeries(column.seriesId);
        if (!series)
            continue;
        qsizetype index = kinds.indexOf(series->kind);
        if (index < 0) {
            kinds.append(series->kind);
            charts.append(layoutOf(QString::fromLatin1(ChartLayout::custom)));
            index = charts.size() - 1;
        }
        if (charts.at(index).columnIds.size() < InputLimits::maxSeriesPerChart)
            charts[index].columnIds.append(column.id());
    }
    charts.append(keywords);
    return charts;
}

QList<ChartLayout> ChartLayouts::effective(const Project &project, const YearTableModel &model)
{
    return project.view.charts.isEmpty() ? defaults(project, model) : project.view.charts;
}

int ChartLayouts::indexOf(ChartCatalog::Chart chart, const Project &project,
                          const YearTableModel &model)
{
    const QList<ChartLayout> charts = effective(project, model);
    for (qsizetype i = 0; i < charts.size(); ++i) {
        if (charts.at(i).kind == kindOf(chart))
            return int(i);
    }
    return -1;
}

QString ChartLayouts::columnLabel(const YearTableModel &model, const QString &columnId)
{
    return model.headerData(model.columnOf(columnId), Qt::Horizontal)
        .toString()
        .replace(QLatin1Char('\n'), QStringLiteral(" · "));
}

QString ChartLayouts::title(const ChartLayout &layout, const Project &project,
                            const YearTableModel &model)
{
    if (!layout.title.isEmpty())
        return layout.title;
    if (const auto chart = catalogChart(layout))
        return ChartCatalog::title(*chart, project.view);
    QStringList names;
    for (const QString &id : layout.columnIds) {
        if (model.columnOf(id) >= 0)
            names.append(columnLabel(model, id));
    }
    if (names.isEmpty())
        return tr("New chart");
    if (names.size() > 2)
        return tr("%1, %2 and %n more", nullptr, int(names.size() - 2))
            .arg(names.at(0), names.at(1));
    return names.join(QStringLiteral(", "));
}

std::optional<SeriesKind> ChartLayouts::kindOfColumn(const QString &columnId,
                                                     const Project &project,
                                                     const YearTableModel &model)
{
    const YearTableColumn *column = columnById(model, columnId);
    if (!column)
        return std::nullopt;
    switch (column->type) {
    case ColumnType::Figure:
        if (const Series *series = project.dataset.findSeries(column->seriesId))
            return series->kind;
        return std::nullopt;
    case ColumnType::ReportedGrowth:
    case ColumnType::ComputedGrowth:
    case ColumnType::KeywordChange:
        return SeriesKind::Percent;
    case ColumnType::KeywordCount:
    case ColumnType::KeywordPer10k:
        return SeriesKind::Count;
    }
    return std::nullopt;
}

QList<PlotSpec> ChartLayouts::plots(const ChartLayout &layout, const Project &project,
                                    const YearTableModel &model)
{
    QList<PlotSpec> result;
    const std::optional<ChartCatalog::Chart> chart = catalogChart(layout);
    if (chart) {
        result = ChartCatalog::shownPlots(*chart, project.view, project.dataset, model);
        if (*chart == ChartCatalog::Chart::Keywords)
            return result;
    }
    // Which unit kind each axis holds: a chart of two kinds uses the secondary axis for the
    // second, and has no room for a third.
    std::optional<SeriesKind> axisKinds[2];
    QSet<QRgb> taken;
    for (PlotSpec &plot : result) {
        const YearTableColumn *column = columnById(model, plot.columnId);
        plot.relative = column && column->type == ColumnType::Figure;
        auto &kind = axisKinds[plot.axis == PlotAxis::Secondary ? 1 : 0];
        if (!kind)
            kind = kindOfColumn(plot.columnId, project, model);
        taken.insert(plot.color.rgb());
    }
    int colorIndex = 0;
    for (const QString &id : layout.columnIds) {
        const YearTableColumn *column = columnById(model, id);
        const bool there = std::any_of(result.cbegin(), result.cend(), [&](const PlotSpec &p) {
            return p.columnId == id;
        });
        if (!column || there || isKeywordColumn(column->type))
            continue;
        const std::optional<SeriesKind> kind = kindOfColumn(id, project, model);
        PlotAxis axis = PlotAxis::Primary;
        if (!axisKinds[0] || axisKinds[0] == kind) {
            axisKinds[0] = kind;
        } else if (!axisKinds[1] || axisKinds[1] == kind) {
            axisKinds[1] = kind;
            axis = PlotAxis::Secondary;
        } else {
            continue; // a third kind (refusal() says so when it is added)
        }
        const QList<QColor> &colors = ChartCatalog::palette();
        while (colorIndex < colors.size() - 1 && taken.contains(colors.at(colorIndex).rgb()))
            ++colorIndex;
        const QColor color = colors.at(colorIndex % colors.size());
        taken.insert(color.rgb());
        PlotSpec spec{id, PlotStyle::Line, axis, color, columnLabel(model, id)};
        spec.relative = column->type == ColumnType::Figure;
        result.append(spec);
    }
    // A relative view gives every figure the same unit (an index, or % change): one axis for
    // them, the growth rates as they are on the other.
    if (layout.mode != FigureTransform::Mode::Absolute) {
        for (PlotSpec &plot : result)
            plot.axis = plot.relative ? PlotAxis::Primary : PlotAxis::Secondary;
    }
    return result;
}

int ChartLayouts::baseYear(const ChartLayout &layout, const Project &project,
                           const YearTableModel &model)
{
    if (layout.baseYear != 0)
        return layout.baseYear;
    QList<int> columns;
    for (const PlotSpec &plot : plots(layout, project, model)) {
        if (plot.relative && model.columnOf(plot.columnId) >= 0)
            columns.append(model.columnOf(plot.columnId));
    }
    const auto [first, last] = ChartCatalog::yearRange(project.view, model);
    const auto hasValue = [&](int year, int column) {
        return model.index(model.rowOfYear(year), column).data(YearTableRoles::Value).isValid();
    };
    // The first year every figure has a value, so all of them start at 100; else the first
    // year any has one.
    for (int year = first; year <= last; ++year) {
        if (!columns.isEmpty()
            && std::all_of(columns.cbegin(), columns.cend(),
                           [&](int column) { return hasValue(year, column); }))
            return year;
    }
    for (int year = first; year <= last; ++year) {
        if (std::any_of(columns.cbegin(), columns.cend(),
                        [&](int column) { return hasValue(year, column); }))
            return year;
    }
    return first;
}

QString ChartLayouts::modeAxisTitle(FigureTransform::Mode mode, int baseYear)
{
    switch (mode) {
    case FigureTransform::Mode::Absolute:
        break;
    case FigureTransform::Mode::Index:
        return tr("Index, %1 = 100").arg(baseYear);
    case FigureTransform::Mode::ChangeFromPrevious:
        return tr("% change vs previous year");
    }
    return {};
}

QString ChartLayouts::modeName(FigureTransform::Mode mode)
{
    switch (mode) {
    case FigureTransform::Mode::Absolute:
        return tr("Absolute values");
    case FigureTransform::Mode::Index:
        return tr("Index (base year = 100)");
    case FigureTransform::Mode::ChangeFromPrevious:
        return tr("% change vs previous year");
    }
    return {};
}

ChartLayout ChartLayouts::layoutOf(ChartCatalog::Chart chart, const Project &project,
                                   const YearTableModel &model)
{
    const QList<ChartLayout> charts = effective(project, model);
    for (const ChartLayout &layout : charts) {
        if (layout.kind == kindOf(chart))
            return layout;
    }
    ChartLayout layout;
    layout.kind = kindOf(chart);
    return layout;
}

std::pair<QString, QString> ChartLayouts::axisTitles(const ChartLayout &layout,
                                                     const Project &project,
                                                     const YearTableModel &model)
{
    const ViewState &view = project.view;
    const std::optional<ChartCatalog::Chart> chart = catalogChart(layout);
    const bool relative = layout.mode != FigureTransform::Mode::Absolute;
    const QList<PlotSpec> shown = plots(layout, project, model);
    const auto firstOn = [&](PlotAxis axis) {
        for (const PlotSpec &plot : shown) {
            if (plot.axis == axis)
                return plot.columnId;
        }
        return QString();
    };
    QString primary = chart ? ChartCatalog::primaryAxisTitle(*chart, view)
                            : unitOf(model, firstOn(PlotAxis::Primary));
    QString secondary = chart ? ChartCatalog::secondaryAxisTitle(*chart) : QString();
    if (secondary.isEmpty() || (!chart && !firstOn(PlotAxis::Secondary).isEmpty()))
        secondary = unitOf(model, firstOn(PlotAxis::Secondary));
    if (relative && hasRelativeViews(layout)) {
        const int base = layout.mode == FigureTransform::Mode::Index
                             ? baseYear(layout, project, model)
                             : 0;
        primary = modeAxisTitle(layout.mode, base);
        // The rates left on the secondary axis are growth rates.
        if (chart != ChartCatalog::Chart::Spending)
            secondary = ChartCatalog::secondaryAxisTitle(ChartCatalog::Chart::Spending);
    }
    return {primary, secondary};
}

void ChartLayouts::configure(YearChart *target, const ChartLayout &layout,
                             const Project &project, const YearTableModel &model)
{
    const ViewState &view = project.view;
    const std::optional<ChartCatalog::Chart> chart = catalogChart(layout);
    const bool relative = layout.mode != FigureTransform::Mode::Absolute;
    const int base = layout.mode == FigureTransform::Mode::Index
                         ? baseYear(layout, project, model)
                         : 0;
    const auto [primary, secondary] = axisTitles(layout, project, model);
    const auto [first, last] = ChartCatalog::yearRange(view, model);
    const YearChart::Batch batch(target);
    target->setTitle(title(layout, project, model));
    target->setAxisTitles(primary, secondary);
    target->setYearRange(first, last);
    target->setLogarithmic(chart == ChartCatalog::Chart::Spending && view.logarithmic
                           && !relative);
    target->setRelativeView(hasRelativeViews(layout) ? layout.mode
                                                     : FigureTransform::Mode::Absolute,
                            base);
    target->setPlots(plots(layout, project, model));
    // Plan periods first: the analyst's own annotations are drawn over them.
    QList<YearMarker> markers = view.showPlanPeriods ? PlanShading::markers(project.dataset)
                                                     : QList<YearMarker>();
    for (const Annotation &annotation : project.annotations)
        markers.append({annotation.firstYear, annotation.lastYear, annotation.label,
                        QColor(annotation.color), QString()});
    target->setMarkers(markers);
}

QString ChartLayouts::refusal(const ChartLayout &layout, const QString &columnId,
                              const Project &project, const YearTableModel &model)
{
    if (model.columnOf(columnId) < 0)
        return tr("The dataset has no series \"%1\".").arg(columnId);
    if (!hasRelativeViews(layout))
        return tr("The keyword chart shows keywords only.");
    QList<PlotSpec> shown = plots(layout, project, model);
    for (const PlotSpec &plot : shown) {
        if (plot.columnId == columnId)
            return tr("%1 is already on this chart.").arg(columnLabel(model, columnId));
    }
    if (layout.columnIds.size() >= InputLimits::maxSeriesPerChart)
        return tr("A chart holds at most %n added series.", nullptr,
                  int(InputLimits::maxSeriesPerChart));
    ChartLayout absolute = layout;
    absolute.mode = FigureTransform::Mode::Absolute;
    QList<SeriesKind> kinds;
    for (const PlotSpec &plot : plots(absolute, project, model)) {
        const std::optional<SeriesKind> kind = kindOfColumn(plot.columnId, project, model);
        if (kind && !kinds.contains(*kind))
            kinds.append(*kind);
    }
    const std::optional<SeriesKind> kind = kindOfColumn(columnId, project, model);
    if (kind && kinds.size() >= 2 && !kinds.contains(*kind))
        return tr("This chart already shows two kinds of unit (one on each axis); %1 needs a "
                  "third. Put it on a new chart.")
            .arg(columnLabel(model, columnId));
    return {};
}

QList<std::pair<QString, QString>> ChartLayouts::candidateColumns(const YearTableModel &model)
{
    QList<std::pair<QString, QString>> result;
    for (const YearTableColumn &column : model.columns()) {
        if (!isKeywordColumn(column.type))
            result.append({column.id(), columnLabel(model, column.id())});
    }
    return result;
}

} // namespace Annals
