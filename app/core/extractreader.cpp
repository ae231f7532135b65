#include "extractreader.h"

#include "datafile.h"
#include "extracttargetsreader.h"
#include "inputlimits.h"
#include "inputtext.h"
#include "jsonfieldreader.h"
#include "observationchecks.h"

#include <QCoreApplication>
#include <QSet>

namespace Annals {

namespace {

using Json = JsonFieldReader;

QString tooMany(qsizetype count, qsizetype limit)
{
    return ExtractReader::tr("%1 entries; Annals reads at most %2").arg(count).arg(limit);
}

// Ids, names and units are drawn in legends and axis titles.
QString name(Json &json, const QJsonObject &object, const QString &key, const QString &path,
             bool required = false)
{
    QString text = json.string(object, key, path, required);
    if (QString problem = ObservationChecks::checkName(text); !problem.isEmpty())
        json.fail(Json::join(path, key), problem);
    return text;
}

void readInfo(Json &json, const QJsonObject &root, DatasetInfo &info)
{
    const QString path = QStringLiteral("dataset");
    const QJsonObject object = json.object(root, path, QString(), true);
    info.id = json.string(object, QStringLiteral("id"), path);
    info.title = json.string(object, QStringLiteral("title"), path, true);
    info.country = json.string(object, QStringLiteral("country"), path);
    info.description = json.string(object, QStringLiteral("description"), path);
    info.compiledBy = json.string(object, QStringLiteral("compiledBy"), path);
    info.compiled = json.string(object, QStringLiteral("compiled"), path);
    info.caveats = json.stringList(object, QStringLiteral("caveats"), path);
    if (!json.failed() && info.caveats.size() > InputLimits::maxCaveats)
        json.fail(Json::join(path, QStringLiteral("caveats")),
                  tooMany(info.caveats.size(), InputLimits::maxCaveats));
}

void readSources(Json &json, const QJsonObject &root, QList<Source> &sources)
{
    const QString path = QStringLiteral("sources");
    const QJsonArray array = json.array(root, path, QString(), true);
    if (!json.failed() && array.size() > InputLimits::maxSources)
        json.fail(path, tooMany(array.size(), InputLimits::maxSources));
    QSet<QString> ids;
    for (int i = 0; i < array.size() && !json.failed(); ++i) {
        const QString at = Json::join(path, i);
        const QJsonObject object = json.objectAt(array, i, path);
        Source source;
        source.id = json.string(object, QStringLiteral("id"), at, true);
        source.title = json.string(object, QStringLiteral("title"), at, true);
        source.publisher = json.string(object, QStringLiteral("publisher"), at);
        source.url = json.string(object, QStringLiteral("url"), at);
        source.date = json.string(object, QStringLiteral("date"), at);
        if (!json.failed() && ids.contains(source.id))
            json.fail(Json::join(at, QStringLiteral("id")),
                      ExtractReader::tr("\"%1\" is used by an earlier source; ids must be unique")
                          .arg(InputText::echoed(source.id)));
        ids.insert(source.id);
        sources.append(source);
    }
}

QString readGrowth(Json &json, const QJsonObject &object, const QString &path)
{
    const QJsonValue value = object.value(QStringLiteral("reportedGrowthPct"));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    return json.string(object, QStringLiteral("reportedGrowthPct"), path);
}

Observation readObservation(Json &json, const QJsonObject &object, const QString &path,
                            const Series &series, const QSet<QString> &sourceIds)
{
    Observation observation;
    const std::optional<int> year = json.integer(object, QStringLiteral("year"), path, true);
    observation.year = year.value_or(0);
    if (year) {
        if (QString problem = ObservationChecks::checkYear(*year); !problem.isEmpty())
            json.fail(Json::join(path, QStringLiteral("year")), problem);
    }
    observation.value = json.number(object, QStringLiteral("value"), path);
    if (observation.value) {
        if (QString problem = ObservationChecks::checkValue(*observation.value, series.kind);
            !problem.isEmpty())
            json.fail(Json::join(path, QStringLiteral("value")), problem);
    }
    const QString vintage = json.string(object, QStringLiteral("vintage"), path, true);
    if (!json.failed()) {
        if (const std::optional<Vintage> parsed = vintageFromId(vintage))
            observation.vintage = *parsed;
        else
            json.fail(Json::join(path, QStringLiteral("vintage")),
                      ExtractReader::tr(
                          "expected budget, actual, preliminary or revised, found \"%1\"")
                          .arg(InputText::echoed(vintage)));
    }
    observation.reportedGrowthPct = readGrowth(json, object, path);
    observation.sourceId = json.string(object, QStringLiteral("source"), path, true);
    if (!json.failed() && !sourceIds.contains(observation.sourceId))
        json.fail(Json::join(path, QStringLiteral("source")),
                  ExtractReader::tr("\"%1\" is not the id of any entry in \"sources\"")
                      .arg(InputText::echoed(observation.sourceId)));
    observation.note = json.string(object, QStringLiteral("note"), path);
    observation.flags = json.stringList(object, QStringLiteral("flags"), path);
    if (!json.failed() && !observation.value && observation.reportedGrowthPct.isEmpty())
        json.fail(path, ExtractReader::tr(
                            "expected a \"value\" or a \"reportedGrowthPct\"; found neither"));
    return observation;
}

void readOneSeries(Json &json, const QJsonObject &object, const QString &path,
                   const QSet<QString> &sourceIds, qsizetype &observationsLeft, Series &series)
{
    series.id = name(json, object, QStringLiteral("id"), path, true);
    const QJsonObject names = json.object(object, QStringLiteral("name"), path, true);
    const QString namePath = Json::join(path, QStringLiteral("name"));
    series.nameEn = name(json, names, QStringLiteral("en"), namePath);
    series.nameZh = name(json, names, QStringLiteral("zh"), namePath);
    if (!json.failed() && series.nameEn.isEmpty() && series.nameZh.isEmpty())
        json.fail(namePath, ExtractReader::tr("expected an \"en\" or a \"zh\" name"));
    series.unit = name(json, object, QStringLiteral("unit"), path, true);
    if (!json.failed()) {
        if (QString problem = ObservationChecks::checkUnit(series.unit, &series.kind);
            !problem.isEmpty())
            json.fail(Json::join(path, QStringLiteral("unit")), problem);
    }
    const QString kind = json.string(object, QStringLiteral("kind"), path);
    if (!json.failed() && !kind.isEmpty()) {
        const std::optional<SeriesKind> parsed = seriesKindFromId(kind);
        if (!parsed)
            json.fail(Json::join(path, QStringLiteral("kind")),
                      ExtractReader::tr("expected amount, percent or count, found \"%1\"")
                          .arg(InputText::echoed(kind)));
        else if (*parsed != series.kind)
            json.fail(Json::join(path, QStringLiteral("kind")),
                      ExtractReader::tr("\"%1\" does not fit the unit \"%2\"")
                          .arg(InputText::echoed(kind), InputText::echoed(series.unit)));
    }
    series.description = json.string(object, QStringLiteral("description"), path);

    const QString observationsPath = Json::join(path, QStringLiteral("observations"));
    const QJsonArray observations = json.array(object, QStringLiteral("observations"), path,
                                               true);
    if (!json.failed() && observations.size() > observationsLeft)
        json.fail(observationsPath,
                  ExtractReader::tr("more than %1 observations in all; Annals reads at most "
                                    "%1")
                      .arg(InputLimits::maxObservations));
    observationsLeft -= observations.size();
    QSet<QString> seen;
    for (int i = 0; i < observations.size() && !json.failed(); ++i) {
        const QString at = Json::join(observationsPath, i);
        const QJsonObject entry = json.objectAt(observations, i, observationsPath);
        const Observation observation = readObservation(json, entry, at, series, sourceIds);
        const QString key = ObservationChecks::duplicateKey(observation);
        if (!json.failed() && seen.contains(key))
            json.fail(at, ObservationChecks::duplicateMessage());
        seen.insert(key);
        series.observations.append(observation);
    }
}

void readSeries(Json &json, const QJsonObject &root, const QList<Source> &sources,
                QList<Series> &allSeries)
{
    QSet<QString> sourceIds;
    for (const Source &source : sources)
        sourceIds.insert(source.id);
    const QString path = QStringLiteral("series");
    const QJsonArray array = json.array(root, path, QString(), true);
    // Importing replaces the figures: an extract without any would silently clear every chart.
    if (!json.failed() && array.isEmpty())
        json.fail(path, ExtractReader::tr("the list is empty; expected at least one series"));
    if (!json.failed() && array.size() > InputLimits::maxSeries)
        json.fail(path, tooMany(array.size(), InputLimits::maxSeries));
    QSet<QString> ids;
    qsizetype observationsLeft = InputLimits::maxObservations;
    for (int i = 0; i < array.size() && !json.failed(); ++i) {
        const QString at = Json::join(path, i);
        Series series;
        readOneSeries(json, json.objectAt(array, i, path), at, sourceIds, observationsLeft,
                      series);
        if (!json.failed() && ids.contains(series.id))
            json.fail(Json::join(at, QStringLiteral("id")),
                      ExtractReader::tr("\"%1\" is used by an earlier series; ids must be unique")
                          .arg(InputText::echoed(series.id)));
        ids.insert(series.id);
        allSeries.append(series);
    }
}

} // namespace

Result<Dataset> ExtractReader::readFile(const QString &path)
{
    Result<QByteArray> bytes = readDataFile(path);
    if (!bytes)
        return bytes.error();
    return parse(bytes.value(), path);
}

Result<Dataset> ExtractReader::parse(const QByteArray &bytes, const QString &fileName)
{
    if (Result<QString> text = decodeUtf8(bytes, fileName); !text)
        return text.error();
    Result<QJsonObject> root = Json::parseObject(bytes, fileName);
    if (!root)
        return root.error();

    Json json(fileName);
    const QString format = json.string(root.value(), QStringLiteral("format"), QString(), true);
    if (!json.failed() && format != formatName())
        json.fail(QStringLiteral("format"),
                  tr("expected \"%1\", found \"%2\"")
                      .arg(formatName(), InputText::echoed(format)));
    const std::optional<int> version = json.integer(root.value(), QStringLiteral("version"),
                                                    QString(), true);
    if (version && *version > formatVersion)
        json.fail(QStringLiteral("version"),
                  tr("this file uses extract format version %1, written by a newer Annals; "
                     "this version reads up to version %2")
                      .arg(*version)
                      .arg(formatVersion));
    else if (version && *version < 1)
        json.fail(QStringLiteral("version"),
                  tr("expected a version of 1 or more, found %1").arg(*version));

    Dataset dataset;
    readInfo(json, root.value(), dataset.info);
    readSources(json, root.value(), dataset.sources);
    readSeries(json, root.value(), dataset.sources, dataset.series);
    // Version 1 has no targets or periods; its files keep loading as they did.
    if (version && *version >= 2)
        ExtractTargetsReader::read(json, root.value(), dataset);
    if (json.failed())
        return json.error();
    return dataset;
}

} // namespace Annals
