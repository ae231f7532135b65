#include "yeartablebuilder.h"

#include "observationflag.h"

#include <QCoreApplication>
#include <QLocale>

namespace Annals {

namespace {

const Vintage allVintages[] = {Vintage::Budget, Vintage::Actual, Vintage::Revised,
                               Vintage::Preliminary};

bool hasVintage(const Series &series, Vintage vintage)
{
    for (const Observation &observation : series.observations) {
        if (observation.vintage == vintage && observation.isChartable())
            return true;
    }
    return false;
}

bool hasReportedGrowth(const Series &series, Vintage vintage)
{
    for (const Observation &observation : series.observations) {
        if (observation.vintage == vintage && !observation.reportedGrowthPct.isEmpty())
            return true;
    }
    return false;
}

// The observation whose reported growth is shown: the charted one, else the first one with a
// growth rate that is not marked "do not chart".
bool isListedOnly(const Observation &observation)
{
    return observation.flags.contains(ObservationFlag::doNotChart())
        || observation.flags.contains(ObservationFlag::uncertainScope());
}

const Observation *growthObservation(const Series &series, Vintage vintage, int year)
{
    if (const Observation *charted = series.chartedObservation(year, vintage))
        return charted;
    // A growth rate the data says not to chart is still listed, with its caveat.
    const Observation *listedOnly = nullptr;
    for (const Observation &observation : series.observations) {
        if (observation.year != year || observation.vintage != vintage
            || observation.reportedGrowthPct.isEmpty())
            continue;
        if (!isListedOnly(observation))
            return &observation;
        if (!listedOnly)
            listedOnly = &observation;
    }
    return listedOnly;
}

QString publisherOf(const Source &source)
{
    return source.publisher.isEmpty() ? source.title : source.publisher;
}

QStringList describeFlags(const QStringList &flags)
{
    QStringList texts;
    for (const QString &flag : flags)
        texts.append(ObservationFlag::describe(flag));
    return texts;
}

} // namespace

QString formatColumnValue(const YearTableColumn &column, double value, SeriesKind kind,
                          const QLocale &locale)
{
    switch (column.type) {
    case ColumnType::KeywordCount:
        return locale.toString(qint64(value));
    case ColumnType::KeywordPer10k:
        return locale.toString(value, 'f', 2);
    case ColumnType::KeywordChange:
    case ColumnType::ComputedGrowth:
        return locale.toString(value, 'f', 1);
    case ColumnType::Figure:
        if (kind == SeriesKind::Percent)
            return locale.toString(value, 'f', 2);
        break;
    case ColumnType::ReportedGrowth:
        break;
    }
    return locale.toString(value, 'g', 12);
}

QList<YearTableColumn> YearTableBuilder::columns() const
{
    QList<YearTableColumn> result;
    for (const Series &series : m_dataset.series) {
        for (Vintage vintage : allVintages) {
            if (hasVintage(series, vintage))
                result.append(YearTableColumn::figure(series.id, vintage));
        }
        for (Vintage vintage : allVintages) {
            if (hasReportedGrowth(series, vintage))
                result.append(YearTableColumn::reportedGrowth(series.id, vintage));
        }
        if (series.kind != SeriesKind::Amount)
            continue;
        const std::pair<Vintage, Vintage> bases[] = {{Vintage::Budget, Vintage::Actual},
                                                     {Vintage::Budget, Vintage::Budget},
                                                     {Vintage::Actual, Vintage::Actual}};
        for (const auto &[vintage, base] : bases) {
            if (hasComputedGrowth(series, vintage, base))
                result.append(YearTableColumn::computedGrowth(series.id, vintage, base));
        }
    }
    for (const KeywordTerm &term : m_dataset.keywords.vocabulary) {
        result.append(YearTableColumn::keywordCount(term.term));
        result.append(YearTableColumn::keywordPer10k(term.term));
        result.append(YearTableColumn::keywordChange(term.term));
    }
    return result;
}

bool YearTableBuilder::hasComputedGrowth(const Series &series, Vintage vintage,
                                         Vintage base) const
{
    for (const Observation &observation : series.observations) {
        if (observation.vintage == vintage && observation.isChartable()
            && !series.hasBreakBetween(observation.year - 1, observation.year)
            && series.chartedObservation(observation.year - 1, base))
            return true;
    }
    return false;
}

QString YearTableBuilder::seriesName(const YearTableColumn &column) const
{
    if (isKeywordColumn(column.type)) {
        const KeywordTerm *term = m_dataset.keywords.term(column.keyword);
        if (term && !term->gloss.isEmpty())
            return column.keyword + QStringLiteral(" (") + term->gloss + QLatin1Char(')');
        return column.keyword;
    }
    const Series *series = m_dataset.findSeries(column.seriesId);
    return series ? series->displayName() : column.seriesId;
}

QString YearTableBuilder::label(const YearTableColumn &column) const
{
    const Series *series = m_dataset.findSeries(column.seriesId);
    const QString name = series ? series->localName() : column.seriesId;
    // Two lines: table headers stay narrow; one-line uses replace the break.
    const QString dot = QStringLiteral("\n");
    switch (column.type) {
    case ColumnType::Figure:
        return name + dot + vintageLabel(column.vintage);
    case ColumnType::ReportedGrowth:
        return name + dot + tr("%1 growth as reported").arg(vintageLabel(column.vintage));
    case ColumnType::ComputedGrowth:
        return name + dot
               + tr("%1 growth vs previous %2")
                     .arg(vintageLabel(column.vintage), vintageLabel(column.baseVintage));
    case ColumnType::KeywordCount:
        return column.keyword + dot + tr("count");
    case ColumnType::KeywordPer10k:
        return column.keyword + dot + tr("per 10k");
    case ColumnType::KeywordChange:
        return column.keyword + dot + tr("change %");
    }
    return {};
}

QString YearTableBuilder::unit(const YearTableColumn &column) const
{
    if (const char *keyword = keywordUnit(column.type))
        return tr(keyword);
    return unitId(column);
}

QString YearTableBuilder::unitId(const YearTableColumn &column) const
{
    switch (column.type) {
    case ColumnType::Figure: {
        const Series *series = m_dataset.findSeries(column.seriesId);
        return series ? series->unit : QString();
    }
    case ColumnType::ReportedGrowth:
    case ColumnType::ComputedGrowth:
        return QStringLiteral("%");
    case ColumnType::KeywordCount:
    case ColumnType::KeywordPer10k:
    case ColumnType::KeywordChange:
        return QString::fromLatin1(keywordUnit(column.type));
    }
    return {};
}

const char *YearTableBuilder::keywordUnit(ColumnType type)
{
    switch (type) {
    case ColumnType::KeywordCount:
        return QT_TRANSLATE_NOOP("Annals::YearTableBuilder", "occurrences");
    case ColumnType::KeywordPer10k:
        return QT_TRANSLATE_NOOP("Annals::YearTableBuilder", "per 10,000 characters");
    case ColumnType::KeywordChange:
        return QT_TRANSLATE_NOOP("Annals::YearTableBuilder", "% vs previous year");
    default:
        return nullptr;
    }
}

YearTableCell YearTableBuilder::cell(const YearTableColumn &column, int year) const
{
    if (isKeywordColumn(column.type))
        return keywordCell(column, year);
    const Series *series = m_dataset.findSeries(column.seriesId);
    if (!series)
        return {};
    switch (column.type) {
    case ColumnType::Figure:
        return figureCell(*series, column, year);
    case ColumnType::ReportedGrowth:
        return reportedGrowthCell(*series, column, year);
    case ColumnType::ComputedGrowth:
        return computedGrowthCell(*series, column, year);
    case ColumnType::KeywordCount:
    case ColumnType::KeywordPer10k:
    case ColumnType::KeywordChange:
        break;
    }
    return {};
}

void YearTableBuilder::describeSource(const Observation &observation, YearTableCell &cell) const
{
    cell.vintage = vintageLabel(observation.vintage);
    cell.vintageId = vintageId(observation.vintage);
    if (const Source *source = m_dataset.source(observation.sourceId)) {
        cell.sourceTitle = source->title;
        cell.sourceUrl = source->url;
        cell.publishers = {publisherOf(*source)};
    }
    cell.note = observation.note;
    cell.flagTexts = describeFlags(observation.flags);
    cell.reportedGrowth = observation.reportedGrowthPct;
}

QVariantMap YearTableBuilder::alternative(const Series &series,
                                          const Observation &observation) const
{
    YearTableCell described;
    describeSource(observation, described);
    QVariantMap map;
    if (observation.value) {
        map.insert(QStringLiteral("value"), *observation.value);
        map.insert(QStringLiteral("text"),
                   formatColumnValue(YearTableColumn::figure(series.id, observation.vintage),
                                     *observation.value, series.kind));
    }
    map.insert(QStringLiteral("vintage"), described.vintage);
    map.insert(QStringLiteral("sourceTitle"), described.sourceTitle);
    map.insert(QStringLiteral("sourceUrl"), described.sourceUrl);
    map.insert(QStringLiteral("note"), described.note);
    map.insert(QStringLiteral("flagTexts"), described.flagTexts);
    map.insert(QStringLiteral("reportedGrowth"), described.reportedGrowth);
    return map;
}

YearTableCell YearTableBuilder::figureCell(const Series &series, const YearTableColumn &column,
                                           int year) const
{
    YearTableCell cell;
    const Observation *charted = series.chartedObservation(year, column.vintage);
    if (charted) {
        cell.value = charted->value;
        cell.text = formatColumnValue(column, *charted->value, series.kind);
        cell.plainText = formatColumnValue(column, *charted->value, series.kind, QLocale::c());
        describeSource(*charted, cell);
    }
    // Other figures for the same year and vintage; other vintages have their own columns.
    for (const Observation &observation : series.observations) {
        if (observation.year == year && &observation != charted
            && observation.vintage == column.vintage)
            cell.alternatives.append(alternative(series, observation));
    }
    return cell;
}

YearTableCell YearTableBuilder::reportedGrowthCell(const Series &series,
                                                   const YearTableColumn &column,
                                                   int year) const
{
    YearTableCell cell;
    const Observation *observation = growthObservation(series, column.vintage, year);
    if (!observation || observation->reportedGrowthPct.isEmpty())
        return cell;
    describeSource(*observation, cell);
    if (isListedOnly(*observation)) {
        cell.text = observation->reportedGrowthPct + QStringLiteral(" (?)");
        cell.plainText = cell.text;
        return cell; // listed with its caveat, kept off the chart
    }
    cell.value = observation->reportedGrowthValue();
    cell.text = cell.value ? formatColumnValue(column, *cell.value)
                           : observation->reportedGrowthPct;
    cell.plainText = cell.value ? formatColumnValue(column, *cell.value, SeriesKind::Amount,
                                                    QLocale::c())
                                : cell.text;
    return cell;
}

YearTableCell YearTableBuilder::computedGrowthCell(const Series &series,
                                                   const YearTableColumn &column,
                                                   int year) const
{
    YearTableCell cell;
    const Observation *current = series.chartedObservation(year, column.vintage);
    const Observation *previous = series.chartedObservation(year - 1, column.baseVintage);
    // Growth across a series break would compare two different measures.
    if (!current || !previous || *previous->value == 0 || series.hasBreakBetween(year - 1, year))
        return cell;
    cell.value = (*current->value / *previous->value - 1.0) * 100.0;
    cell.text = formatColumnValue(column, *cell.value);
    cell.plainText = formatColumnValue(column, *cell.value, SeriesKind::Amount, QLocale::c());
    cell.vintage = tr("computed");
    cell.vintageId = QStringLiteral("computed");
    const YearTableColumn figure = YearTableColumn::figure(series.id, column.vintage);
    cell.note = tr("Computed by Annals: %1 (%2 %3) against %4 (%5 %6).")
                    .arg(formatColumnValue(figure, *current->value))
                    .arg(year)
                    .arg(vintageLabel(column.vintage))
                    .arg(formatColumnValue(figure, *previous->value))
                    .arg(year - 1)
                    .arg(vintageLabel(column.baseVintage));
    if (const Source *source = m_dataset.source(current->sourceId)) {
        cell.sourceTitle = source->title;
        cell.sourceUrl = source->url;
        cell.publishers.append(publisherOf(*source));
    }
    // Both figures carry their own source; name the base year's too.
    if (const Source *base = m_dataset.source(previous->sourceId);
        base && previous->sourceId != current->sourceId)
        cell.note += QLatin1Char(' ') + tr("The %1 figure is from %2 (%3).")
                                             .arg(year - 1)
                                             .arg(base->title, base->url);
    // A computed value rests on both figures: both publishers are its sources.
    if (const Source *base = m_dataset.source(previous->sourceId);
        base && !cell.publishers.contains(publisherOf(*base)))
        cell.publishers.append(publisherOf(*base));
    cell.reportedGrowth = current->reportedGrowthPct;
    cell.flagTexts = describeFlags(current->flags + previous->flags);
    cell.flagTexts.removeDuplicates();
    return cell;
}

const QString &YearTableBuilder::languageOf(const QString &keyword) const
{
    // Once per keyword, not per call: languageOf() reads the vocabulary and every document,
    // and 2,000 keywords make 6,000 columns.
    auto known = m_languages.constFind(keyword);
    if (known == m_languages.cend())
        known = m_languages.insert(keyword, m_dataset.keywords.languageOf(keyword));
    return *known;
}

std::optional<double> YearTableBuilder::keywordValue(const YearTableColumn &column, int year,
                                                     const QString &language) const
{
    const KeywordCounts &keywords = m_dataset.keywords;
    switch (column.type) {
    case ColumnType::KeywordCount:
        if (const std::optional<qint64> count = keywords.count(column.keyword, year, language))
            return double(*count);
        return std::nullopt;
    case ColumnType::KeywordPer10k:
        return keywords.per10k(column.keyword, year, language);
    case ColumnType::KeywordChange: {
        const std::optional<double> rate = keywords.per10k(column.keyword, year, language);
        const std::optional<double> before = keywords.per10k(column.keyword, year - 1,
                                                             language);
        if (rate && before && *before > 0)
            return (*rate / *before - 1.0) * 100.0;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QList<std::optional<double>> YearTableBuilder::values(const YearTableColumn &column,
                                                      int firstYear, int lastYear) const
{
    QList<std::optional<double>> result;
    if (!isKeywordColumn(column.type)) {
        for (int year = firstYear; year <= lastYear; ++year)
            result.append(cell(column, year).value);
        return result;
    }
    // From the year before the first: a change compares with it.
    const QList<KeywordCounts::YearRate> rates
        = m_dataset.keywords.yearRates(column.keyword, languageOf(column.keyword),
                                       firstYear - 1, lastYear);
    for (int year = firstYear; year <= lastYear; ++year) {
        const KeywordCounts::YearRate &rate = rates.at(year - firstYear + 1);
        switch (column.type) {
        case ColumnType::KeywordCount:
            result.append(rate.count ? std::optional<double>(double(*rate.count))
                                     : std::nullopt);
            break;
        case ColumnType::KeywordPer10k:
            result.append(rate.per10k);
            break;
        default: { // KeywordChange, as keywordValue() computes it
            const std::optional<double> &before = rates.at(year - firstYear).per10k;
            result.append(rate.per10k && before && *before > 0
                              ? std::optional<double>((*rate.per10k / *before - 1.0) * 100.0)
                              : std::nullopt);
            break;
        }
        }
    }
    return result;
}

YearTableCell YearTableBuilder::keywordCell(const YearTableColumn &column, int year) const
{
    YearTableCell cell;
    const KeywordCounts &keywords = m_dataset.keywords;
    const QString language = languageOf(column.keyword);
    const std::optional<qint64> count = keywords.count(column.keyword, year, language);
    if (!count)
        return cell;
    cell.value = keywordValue(column, year, language);
    if (!cell.value)
        return cell;
    cell.text = formatColumnValue(column, *cell.value);
    cell.plainText = formatColumnValue(column, *cell.value, SeriesKind::Amount, QLocale::c());
    QStringList documents;
    for (const DocumentCounts &document : keywords.documents) {
        if (document.year == year && document.language == language) {
            documents.append(document.document);
            cell.flagTexts += document.notes;
        }
    }
    cell.vintage = tr("counted");
    cell.vintageId = QStringLiteral("counted");
    cell.sourceTitle = documents.join(QStringLiteral(", "));
    cell.publishers = documents;
    const qint64 base = keywords.baseUnits(year, language);
    cell.note = language == QLatin1String("zh")
                    ? tr("%n occurrence(s) in %1 Han characters.", nullptr, int(*count))
                          .arg(QLocale().toString(base))
                    : tr("%n occurrence(s) in %1 words.", nullptr, int(*count))
                          .arg(QLocale().toString(base));
    return cell;
}

} // namespace Annals
