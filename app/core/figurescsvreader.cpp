#include "figurescsvreader.h"

#include "csvtable.h"
#include "datafile.h"
#include "inputlimits.h"
#include "inputtext.h"
#include "observationchecks.h"
#include "observationflag.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

namespace Annals {

namespace {

QString sourceTitleFor(const QString &url)
{
    const QString host = QUrl(url).host();
    if (host.isEmpty())
        return url;
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
}

QStringList flagsFromNote(const QString &note)
{
    QStringList flags;
    if (note.contains(QLatin1String("do not chart"), Qt::CaseInsensitive))
        flags.append(ObservationFlag::doNotChart());
    if (note.startsWith(QLatin1String("LOW CONFIDENCE")))
        flags.append(ObservationFlag::lowConfidence());
    return flags;
}

struct Columns
{
    int indicator = -1;
    int year = -1;
    int value = -1;
    int unit = -1;
    int vintage = -1;
    int growth = -1;
    int url = -1;
    int note = -1;
};

} // namespace

Result<Dataset> FiguresCsvReader::readFile(const QString &path)
{
    Result<QByteArray> bytes = readDataFile(path);
    if (!bytes)
        return bytes.error();
    Result<QString> text = decodeUtf8(bytes.value(), path);
    if (!text)
        return text.error();
    return parse(text.value(), path);
}

Result<Dataset> FiguresCsvReader::parse(const QString &text, const QString &fileName)
{
    Result<CsvTable> parsed = parseCsv(text, fileName);
    if (!parsed)
        return parsed.error();
    const CsvTable &table = parsed.value();

    Columns columns;
    const std::pair<const char *, int *> required[] = {{"indicator", &columns.indicator},
                                                       {"year", &columns.year},
                                                       {"value", &columns.value},
                                                       {"unit", &columns.unit},
                                                       {"vintage", &columns.vintage}};
    for (const auto &[name, index] : required) {
        *index = table.columnIndex(QLatin1String(name));
        if (*index < 0) {
            return Error::atLine(fileName, 1,
                                 tr("missing column \"%1\"; expected the header "
                                    "indicator,year,value,unit,vintage,reported_growth_pct,"
                                    "source_url,note")
                                     .arg(QLatin1String(name)));
        }
    }
    // Importing replaces the figures: an empty table would silently clear every chart.
    if (table.records.isEmpty())
        return Error::inFile(fileName, tr("the file holds no figures, only a header line"));
    if (table.records.size() > InputLimits::maxObservations)
        return Error::atLine(fileName, table.records.at(InputLimits::maxObservations).line,
                             tr("more than %1 figures; Annals reads at most %1")
                                 .arg(InputLimits::maxObservations));
    columns.growth = table.columnIndex(QStringLiteral("reported_growth_pct"));
    columns.url = table.columnIndex(QStringLiteral("source_url"));
    columns.note = table.columnIndex(QStringLiteral("note"));

    Dataset dataset;
    dataset.info.id = QFileInfo(fileName).completeBaseName();
    dataset.info.title = QFileInfo(fileName).fileName();
    QHash<QString, QString> sourceIdByUrl;
    QHash<QString, int> unitLineBySeries;
    QHash<QString, int> lineByRowKey;
    // Each row finds its series by hashing: a scan of the list made 80,000 indicators take
    // minutes.
    QHash<QString, qsizetype> seriesIndex;

    for (const CsvTable::Record &record : table.records) {
        const auto field = [&](int index) {
            return index >= 0 ? record.fields.at(index).trimmed() : QString();
        };
        const QString indicator = field(columns.indicator);
        if (indicator.isEmpty())
            return Error::atCell(fileName, record.line, QStringLiteral("indicator"),
                                 tr("expected a series identifier, found an empty field"));
        if (QString problem = ObservationChecks::checkName(indicator); !problem.isEmpty())
            return Error::atCell(fileName, record.line, QStringLiteral("indicator"), problem);

        Observation observation;
        if (QString problem = ObservationChecks::checkYearText(field(columns.year),
                                                               &observation.year);
            !problem.isEmpty())
            return Error::atCell(fileName, record.line, QStringLiteral("year"), problem);

        const QString unit = field(columns.unit);
        SeriesKind kind = SeriesKind::Amount;
        if (QString problem = ObservationChecks::checkName(unit); !problem.isEmpty())
            return Error::atCell(fileName, record.line, QStringLiteral("unit"), problem);
        if (QString problem = ObservationChecks::checkUnit(unit, &kind); !problem.isEmpty())
            return Error::atCell(fileName, record.line, QStringLiteral("unit"), problem);
        if (QString problem = ObservationChecks::checkValueText(field(columns.value), kind,
                                                                &observation.value);
            !problem.isEmpty())
            return Error::atCell(fileName, record.line, QStringLiteral("value"), problem);

        const std::optional<Vintage> vintage = vintageFromId(field(columns.vintage));
        if (!vintage) {
            return Error::atCell(
                fileName, record.line, QStringLiteral("vintage"),
                tr("expected budget, actual, preliminary or revised, found \"%1\"")
                    .arg(InputText::echoed(field(columns.vintage))));
        }
        observation.note = field(columns.note);
        observation.vintage = *vintage;
        if (observation.vintage == Vintage::Actual
            && observation.note.startsWith(QLatin1String("PRELIMINARY")))
            observation.vintage = Vintage::Preliminary;
        observation.flags = flagsFromNote(observation.note);
        observation.reportedGrowthPct = field(columns.growth);

        const QString url = field(columns.url);
        if (!url.isEmpty()) {
            QString &sourceId = sourceIdByUrl[url];
            if (sourceId.isEmpty() && dataset.sources.size() == InputLimits::maxSources) {
                return Error::atCell(fileName, record.line, QStringLiteral("source_url"),
                                     tr("more than %1 sources; Annals reads at most %1")
                                         .arg(InputLimits::maxSources));
            }
            if (sourceId.isEmpty()) {
                sourceId = QStringLiteral("src-%1").arg(dataset.sources.size() + 1);
                dataset.sources.append({sourceId, sourceTitleFor(url), QString(), url, QString()});
            }
            observation.sourceId = sourceId;
        }

        const QString rowKey = indicator + QChar(0x1F)
                               + ObservationChecks::duplicateKey(observation);
        if (const int previous = lineByRowKey.value(rowKey); previous > 0) {
            return Error::atLine(fileName, record.line,
                                 tr("duplicate of line %1 (same indicator, year, vintage, value "
                                    "and source)")
                                     .arg(previous));
        }
        lineByRowKey.insert(rowKey, record.line);

        Series *series = nullptr;
        if (const auto found = seriesIndex.constFind(indicator); found != seriesIndex.cend()) {
            series = &dataset.series[*found];
        } else if (dataset.series.size() == InputLimits::maxSeries) {
            return Error::atCell(fileName, record.line, QStringLiteral("indicator"),
                                 tr("more than %1 series; Annals reads at most %1")
                                     .arg(InputLimits::maxSeries));
        } else {
            seriesIndex.insert(indicator, dataset.series.size());
            dataset.series.append(Series{indicator, indicator, QString(), unit, kind,
                                         QString(), {}, {}});
            series = &dataset.series.last();
            unitLineBySeries.insert(indicator, record.line);
        }
        if (series->unit != unit) {
            return Error::atCell(fileName, record.line, QStringLiteral("unit"),
                                 tr("\"%1\" differs from \"%2\" used for %3 on line %4")
                                     .arg(InputText::echoed(unit), InputText::echoed(series->unit),
                                          InputText::echoed(indicator))
                                     .arg(unitLineBySeries.value(indicator)));
        }
        series->observations.append(observation);
    }
    return dataset;
}

} // namespace Annals
