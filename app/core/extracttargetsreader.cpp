#include "extracttargetsreader.h"

#include "inputlimits.h"
#include "inputtext.h"
#include "jsonfieldreader.h"
#include "targetchecks.h"
#include "unit.h"

namespace Annals {

namespace {

using Json = JsonFieldReader;

// Lists are refused by their length before any entry is read.
QJsonArray boundedArray(Json &json, const QJsonObject &object, const QString &key,
                        const QString &path, qsizetype limit)
{
    const QJsonArray array = json.array(object, key, path);
    if (!json.failed() && array.size() > limit)
        json.fail(Json::join(path, key), ExtractTargetsReader::tr("%1 entries; Annals reads at "
                                                                  "most %2")
                                             .arg(array.size())
                                             .arg(limit));
    return array;
}

void readNames(Json &json, const QJsonObject &object, const QString &path, QString &en,
               QString &zh)
{
    const QJsonObject names = json.object(object, QStringLiteral("name"), path, true);
    const QString namePath = Json::join(path, QStringLiteral("name"));
    en = json.string(names, QStringLiteral("en"), namePath);
    zh = json.string(names, QStringLiteral("zh"), namePath);
}

void readIndicators(Json &json, const QJsonObject &section, const QString &path,
                    QList<TargetIndicator> &indicators)
{
    const QJsonArray array = boundedArray(json, section, QStringLiteral("indicators"), path,
                                          InputLimits::maxTargetIndicators);
    const QString listPath = Json::join(path, QStringLiteral("indicators"));
    for (int i = 0; i < array.size() && !json.failed(); ++i) {
        const QString at = Json::join(listPath, i);
        const QJsonObject object = json.objectAt(array, i, listPath);
        TargetIndicator indicator;
        indicator.id = json.string(object, QStringLiteral("id"), at, true);
        readNames(json, object, at, indicator.nameEn, indicator.nameZh);
        indicator.unit = json.string(object, QStringLiteral("unit"), at, true);
        // The kind follows from the unit; TargetChecks refuses a unit Annals does not know.
        indicator.kind = kindOfUnit(indicator.unit).value_or(SeriesKind::Percent);
        indicator.description = json.string(object, QStringLiteral("description"), at);
        indicators.append(indicator);
    }
}

void readOutcomes(Json &json, const QJsonObject &object, const QString &path, Target &target)
{
    // One per vintage: three known vintages, so more is refused before reading.
    const QJsonArray array = boundedArray(json, object, QStringLiteral("outcomes"), path, 3);
    const QString listPath = Json::join(path, QStringLiteral("outcomes"));
    for (int i = 0; i < array.size() && !json.failed(); ++i) {
        const QString at = Json::join(listPath, i);
        const QJsonObject entry = json.objectAt(array, i, listPath);
        TargetOutcome outcome;
        const QString vintage = json.string(entry, QStringLiteral("vintage"), at, true);
        if (!json.failed()) {
            if (const std::optional<OutcomeVintage> parsed = outcomeVintageFromId(vintage))
                outcome.vintage = *parsed;
            else
                json.fail(Json::join(at, QStringLiteral("vintage")),
                          ExtractTargetsReader::tr("expected first_release, final or revised, "
                                                   "found \"%1\"")
                              .arg(InputText::echoed(vintage)));
        }
        outcome.value = json.number(entry, QStringLiteral("value"), at, true).value_or(0);
        outcome.source = json.string(entry, QStringLiteral("source"), at);
        outcome.note = json.string(entry, QStringLiteral("note"), at);
        target.outcomes.append(outcome);
    }
}

void readEntries(Json &json, const QJsonObject &section, const QString &path,
                 QList<Target> &targets)
{
    const QJsonArray array = boundedArray(json, section, QStringLiteral("entries"), path,
                                          InputLimits::maxTargets);
    const QString listPath = Json::join(path, QStringLiteral("entries"));
    for (int i = 0; i < array.size() && !json.failed(); ++i) {
        const QString at = Json::join(listPath, i);
        const QJsonObject object = json.objectAt(array, i, listPath);
        Target target;
        target.indicatorId = json.string(object, QStringLiteral("indicator"), at, true);
        target.year = json.integer(object, QStringLiteral("year"), at, true).value_or(0);
        const QString kind = json.string(object, QStringLiteral("kind"), at, true);
        if (!json.failed()) {
            if (const std::optional<TargetKind> parsed = targetKindFromId(kind))
                target.kind = *parsed;
            else
                json.fail(Json::join(at, QStringLiteral("kind")),
                          ExtractTargetsReader::tr("expected about, point, at-least, at-most, "
                                                   "range or none, found \"%1\"")
                              .arg(InputText::echoed(kind)));
        }
        target.low = json.number(object, QStringLiteral("low"), at);
        target.high = json.number(object, QStringLiteral("high"), at);
        target.phrase = json.string(object, QStringLiteral("phrase"), at);
        target.source = json.string(object, QStringLiteral("source"), at);
        target.note = json.string(object, QStringLiteral("note"), at);
        readOutcomes(json, object, at, target);
        targets.append(target);
    }
}

void readPeriods(Json &json, const QJsonObject &root, QList<Period> &periods)
{
    const QString path = QStringLiteral("periods");
    const QJsonArray array = boundedArray(json, root, path, QString(), InputLimits::maxPeriods);
    for (int i = 0; i < array.size() && !json.failed(); ++i) {
        const QString at = Json::join(path, i);
        const QJsonObject object = json.objectAt(array, i, path);
        Period period;
        period.plan = json.integer(object, QStringLiteral("plan"), at, true).value_or(0);
        readNames(json, object, at, period.nameEn, period.nameZh);
        period.firstYear = json.integer(object, QStringLiteral("start"), at, true).value_or(0);
        period.lastYear = json.integer(object, QStringLiteral("end"), at, true).value_or(0);
        period.rdIntensityTargetPct = json.number(object, QStringLiteral("rdIntensityTargetPct"),
                                                  at);
        period.targetSource = json.string(object, QStringLiteral("targetSource"), at);
        period.note = json.string(object, QStringLiteral("note"), at);
        periods.append(period);
    }
}

} // namespace

void ExtractTargetsReader::read(JsonFieldReader &json, const QJsonObject &root,
                                Dataset &dataset)
{
    const QString path = QStringLiteral("targets");
    const QJsonObject section = json.object(root, path, QString());
    if (!section.isEmpty()) {
        readIndicators(json, section, path, dataset.targetIndicators);
        readEntries(json, section, path, dataset.targets);
    }
    readPeriods(json, root, dataset.periods);
    if (json.failed())
        return;
    if (const Result<void> checked = TargetChecks::checkAll(dataset, QString()); !checked)
        json.fail(checked.error().field, checked.error().message);
}

} // namespace Annals
