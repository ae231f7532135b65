#include "datasetcsv.h"

#include "csvwriter.h"

namespace Annals {

QString DatasetCsv::figures(const Dataset &dataset)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("series"), QStringLiteral("year"), QStringLiteral("value"),
                QStringLiteral("unit"), QStringLiteral("vintage"),
                QStringLiteral("reported_growth_pct"), QStringLiteral("source_title"),
                QStringLiteral("source_url"), QStringLiteral("note")});
    for (const Series &series : dataset.series) {
        for (const Observation &observation : series.observations) {
            const Source *source = dataset.source(observation.sourceId);
            csv.addRow({series.id, QString::number(observation.year),
                        observation.value ? QString::number(*observation.value, 'g', 12)
                                          : QString(),
                        series.unit, vintageId(observation.vintage),
                        observation.reportedGrowthPct, source ? source->title : QString(),
                        source ? source->url : QString(), observation.note});
        }
    }
    return csv.text();
}

QString DatasetCsv::keywordCounts(const Dataset &dataset)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("keyword"), QStringLiteral("year"), QStringLiteral("count"),
                QStringLiteral("per_10k_chars")});
    const KeywordCounts &keywords = dataset.keywords;
    const QList<int> years = keywords.years();
    for (const KeywordTerm &term : keywords.vocabulary) {
        for (int year : years) {
            const std::optional<qint64> count = keywords.count(term.term, year);
            if (!count)
                continue;
            const std::optional<double> rate = keywords.per10k(term.term, year);
            csv.addRow({term.term, QString::number(year), QString::number(*count),
                        rate ? QString::number(*rate, 'f', 2) : QString()});
        }
    }
    return csv.text();
}

} // namespace Annals
