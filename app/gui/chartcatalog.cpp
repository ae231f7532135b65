#include "chartcatalog.h"

#include "dataset.h"
#include "project.h"
#include "yeartablecolumn.h"
#include "yeartablemodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Annals {

namespace {

const QString spendingSeries = QStringLiteral("central_st_expenditure");

PlotChoice choice(const YearTableColumn &column, PlotStyle style, PlotAxis axis, QColor color,
                  const QString &legend, bool optional = false, bool dashed = false)
{
    return {PlotSpec{column.id(), style, axis, color, legend, dashed}, optional};
}

} // namespace

QString ChartCatalog::title(Chart chart, const ViewState &view)
{
    switch (chart) {
    case Chart::Spending:
        return tr("Central S&T spending 中央本级科技支出");
    case Chart::RdIntensity:
        return tr("R&D intensity 研发投入强度");
    case Chart::Keywords:
        switch (view.keywordMeasure) {
        case KeywordMeasure::Count:
            return tr("Keywords in the Government Work Report 政府工作报告 (count)");
        case KeywordMeasure::Per10k:
            return tr("Keywords in the Government Work Report 政府工作报告 (per 10k characters)");
        case KeywordMeasure::RelativeChange:
            return tr("Keywords in the Government Work Report 政府工作报告 (change vs previous "
                      "year, %)");
        }
        break;
    }
    return {};
}

QString ChartCatalog::primaryAxisTitle(Chart chart, const ViewState &view)
{
    switch (chart) {
    case Chart::Spending:
        return view.logarithmic ? tr("billion yuan (log)") : tr("billion yuan");
    case Chart::RdIntensity:
        return tr("% of GDP");
    case Chart::Keywords:
        switch (view.keywordMeasure) {
        case KeywordMeasure::Count:
            return tr("occurrences");
        case KeywordMeasure::Per10k:
            return tr("per 10,000 characters");
        case KeywordMeasure::RelativeChange:
            return tr("% change of the per-10k rate");
        }
        break;
    }
    return {};
}

QString ChartCatalog::secondaryAxisTitle(Chart chart)
{
    switch (chart) {
    case Chart::Spending:
        return tr("growth, %");
    case Chart::RdIntensity:
        return tr("% of R&D");
    case Chart::Keywords:
        break;
    }
    return {};
}

QColor ChartCatalog::keywordColor(const Dataset &dataset, const ViewState &view,
                                  const QString &term)
{
    const QHash<QString, QColor> colors = keywordColors(dataset, view);
    if (const auto it = colors.constFind(term); it != colors.cend())
        return *it;
    const QList<KeywordTerm> &vocabulary = dataset.keywords.vocabulary;
    for (int i = 0; i < vocabulary.size(); ++i) {
        if (vocabulary.at(i).term == term)
            return palette().at(i % palette().size());
    }
    return palette().first();
}

const QList<QColor> &ChartCatalog::palette()
{
    static const QList<QColor> colors = {
        QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
        QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22),
        QColor(0x7f, 0x7f, 0x7f)};
    return colors;
}

QHash<QString, QColor> ChartCatalog::keywordColors(const Dataset &dataset, const ViewState &view)
{
    // One pass with hashed lookups: a colour per keyword by scanning lists made 3,000 shown
    // keywords take minutes (each looked at every other and the whole vocabulary).
    QHash<QString, QColor> own;
    for (const KeywordTerm &term : dataset.keywords.vocabulary) {
        if (const QColor color(term.color); color.isValid())
            own.insert(term.term, color);
    }
    const QList<QColor> &colors = palette();
    QSet<QRgb> taken;
    for (const QString &shown : view.shownKeywords) {
        if (const auto it = own.constFind(shown); it != own.cend())
            taken.insert(it->rgb());
    }
    // Shown keywords take the palette in the order they were shown, skipping colours that
    // other shown keywords carry themselves, so no two lines share a colour.
    QHash<QString, QColor> result = own;
    int next = 0;
    for (const QString &shown : view.shownKeywords) {
        if (result.contains(shown))
            continue;
        while (next < colors.size() - 1 && taken.contains(colors.at(next).rgb()))
            ++next;
        const QColor color = colors.at(next % colors.size());
        result.insert(shown, color);
        taken.insert(color.rgb());
        ++next;
    }
    return result;
}

QList<PlotChoice> ChartCatalog::choices(Chart chart, const ViewState &view,
                                        const Dataset &dataset)
{
    using Column = YearTableColumn;
    switch (chart) {
    case Chart::Spending:
        return {
            choice(Column::figure(spendingSeries, Vintage::Budget), PlotStyle::Bars,
                   PlotAxis::Primary, QColor(0x9e, 0xca, 0xe1), tr("Budget")),
            choice(Column::figure(spendingSeries, Vintage::Actual), PlotStyle::Bars,
                   PlotAxis::Primary, QColor(0x21, 0x66, 0xac), tr("Actual")),
            choice(Column::reportedGrowth(spendingSeries, Vintage::Budget), PlotStyle::Points,
                   PlotAxis::Secondary, QColor(0xe6, 0x55, 0x0d),
                   tr("Growth, reported")),
            choice(Column::computedGrowth(spendingSeries, Vintage::Budget, Vintage::Actual),
                   PlotStyle::Line, PlotAxis::Secondary, QColor(0xa5, 0x0f, 0x15),
                   tr("Growth vs prior actual")),
            choice(Column::computedGrowth(spendingSeries, Vintage::Budget, Vintage::Budget),
                   PlotStyle::Line, PlotAxis::Secondary, QColor(0x75, 0x6b, 0xb1),
                   tr("Growth vs prior budget"), true, true),
            choice(Column::computedGrowth(spendingSeries, Vintage::Actual, Vintage::Actual),
                   PlotStyle::Line, PlotAxis::Secondary, QColor(0x31, 0xa3, 0x54),
                   tr("Actual growth"), true),
        };
    case Chart::RdIntensity:
        return {
            choice(Column::figure(QStringLiteral("rd_intensity_pct_gdp"), Vintage::Actual),
                   PlotStyle::Line, PlotAxis::Primary, QColor(0x00, 0x6d, 0x77),
                   tr("R&D / GDP (final)")),
            choice(Column::figure(QStringLiteral("rd_intensity_pct_gdp"), Vintage::Revised),
                   PlotStyle::Points, PlotAxis::Primary, QColor(0x8e, 0x44, 0xad),
                   tr("Revised")),
            choice(Column::figure(QStringLiteral("rd_intensity_pct_gdp"), Vintage::Preliminary),
                   PlotStyle::Points, PlotAxis::Primary, QColor(0x9a, 0x9a, 0x9a),
                   tr("Preliminary"), true),
            choice(Column::figure(QStringLiteral("basic_research_share_of_rd_pct"),
                                  Vintage::Actual),
                   PlotStyle::Line, PlotAxis::Secondary, QColor(0xb3, 0x5c, 0x1e),
                   tr("Basic research, % of R&D"), true, true),
        };
    case Chart::Keywords: {
        QList<PlotChoice> result;
        const QHash<QString, QColor> colors = keywordColors(dataset, view);
        for (const QString &term : view.shownKeywords) {
            const Column column = view.keywordMeasure == KeywordMeasure::Count
                                      ? Column::keywordCount(term)
                                  : view.keywordMeasure == KeywordMeasure::Per10k
                                      ? Column::keywordPer10k(term)
                                      : Column::keywordChange(term);
            const KeywordTerm *known = dataset.keywords.term(term);
            const QString legend = known && !known->gloss.isEmpty()
                                       ? term + QStringLiteral(" ") + known->gloss
                                       : term;
            result.append(choice(column, PlotStyle::Line, PlotAxis::Primary,
                                 colors.value(term), legend));
        }
        return result;
    }
    }
    return {};
}

bool ChartCatalog::isShown(const PlotChoice &choice, const ViewState &view)
{
    return choice.optional ? view.shownOptionalPlots.contains(choice.spec.columnId)
                           : !view.hiddenPlots.contains(choice.spec.columnId);
}

QList<PlotChoice> ChartCatalog::tableOnlyChoices(const ViewState &view, const Dataset &dataset,
                                                const YearTableModel &model)
{
    QStringList charted;
    for (Chart chart : {Chart::Spending, Chart::RdIntensity}) {
        for (const PlotChoice &choice : choices(chart, view, dataset))
            charted.append(choice.spec.columnId);
    }
    QList<PlotChoice> result;
    for (const YearTableColumn &column : model.columns()) {
        if (column.type != ColumnType::Figure || charted.contains(column.id()))
            continue;
        const QString label = model.headerData(model.columnOf(column.id()), Qt::Horizontal)
                                  .toString()
                                  .replace(QLatin1Char('\n'), QStringLiteral(" · "));
        result.append(choice(column, PlotStyle::Line, PlotAxis::Primary, QColor(), label, true));
    }
    return result;
}

QList<PlotSpec> ChartCatalog::shownPlots(Chart chart, const ViewState &view,
                                         const Dataset &dataset, const YearTableModel &model)
{
    QList<PlotSpec> plots;
    for (const PlotChoice &candidate : choices(chart, view, dataset)) {
        if (isShown(candidate, view) && model.columnOf(candidate.spec.columnId) >= 0)
            plots.append(candidate.spec);
    }
    return plots;
}

std::pair<int, int> ChartCatalog::yearRange(const ViewState &view, const YearTableModel &model)
{
    if (view.firstYear > 0 && view.lastYear >= view.firstYear)
        return {view.firstYear, view.lastYear};
    return {model.firstYear(), model.lastYear()};
}

} // namespace Annals
