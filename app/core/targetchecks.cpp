#include "targetchecks.h"

#include "inputlimits.h"
#include "inputtext.h"
#include "observationchecks.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace Annals::TargetChecks {

namespace {

// The translation context of this file's messages.
class TargetChecksText
{
    Q_DECLARE_TR_FUNCTIONS(Annals::TargetChecks)
};

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString at(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

Result<void> problem(const QString &field, const QString &message)
{
    if (message.isEmpty())
        return {};
    return Error::atField(QString(), field, message);
}

QString checkNumber(double value)
{
    if (!std::isfinite(value))
        return TargetChecksText::tr("expected a finite number, found %1").arg(value);
    if (std::abs(value) > InputLimits::maxValueMagnitude)
        return TargetChecksText::tr(
                   "%1 is out of range; Annals reads values of at most 10^15 in magnitude")
            .arg(value, 0, 'g', 17);
    return {};
}

QString checkText(const QString &text)
{
    if (text.size() <= InputLimits::maxPhraseLength)
        return {};
    return TargetChecksText::tr("%1 characters; Annals reads at most %2")
        .arg(text.size())
        .arg(InputLimits::maxPhraseLength);
}

// Which of low and high a kind needs, and the message when they do not fit it.
Result<void> checkShape(const Target &target, const QString &path)
{
    const bool low = target.low.has_value();
    const bool high = target.high.has_value();
    const QString kind = targetKindId(target.kind);
    switch (target.kind) {
    case TargetKind::None:
        if (low || high)
            return problem(join(path, low ? QStringLiteral("low") : QStringLiteral("high")),
                           TargetChecksText::tr("a target of kind \"none\" has no number"));
        return {};
    case TargetKind::About:
    case TargetKind::Point:
        if (!low || !high)
            return problem(join(path, low ? QStringLiteral("high") : QStringLiteral("low")),
                           TargetChecksText::tr("a target of kind \"%1\" needs \"low\" and "
                                                "\"high\", equal")
                               .arg(kind));
        if (*target.low != *target.high)
            return problem(join(path, QStringLiteral("high")),
                           TargetChecksText::tr("a target of kind \"%1\" has low = high; "
                                                "found %2 and %3")
                               .arg(kind)
                               .arg(*target.low)
                               .arg(*target.high));
        return {};
    case TargetKind::AtLeast:
        if (!low || high)
            return problem(join(path, low ? QStringLiteral("high") : QStringLiteral("low")),
                           TargetChecksText::tr("a target of kind \"at-least\" has \"low\" "
                                                "only"));
        return {};
    case TargetKind::AtMost:
        if (low || !high)
            return problem(join(path, low ? QStringLiteral("low") : QStringLiteral("high")),
                           TargetChecksText::tr("a target of kind \"at-most\" has \"high\" "
                                                "only"));
        return {};
    case TargetKind::Range:
        if (!low || !high)
            return problem(join(path, low ? QStringLiteral("high") : QStringLiteral("low")),
                           TargetChecksText::tr("a target of kind \"range\" needs \"low\" and "
                                                "\"high\""));
        if (!(*target.low < *target.high))
            return problem(join(path, QStringLiteral("high")),
                           TargetChecksText::tr("a range needs low below high; found %1 and %2")
                               .arg(*target.low)
                               .arg(*target.high));
        return {};
    }
    return {};
}

Result<void> checkTarget(const Target &target, const QString &path)
{
    if (Result<void> found = problem(join(path, QStringLiteral("year")),
                                     ObservationChecks::checkYear(target.year));
        !found)
        return found;
    const std::pair<const char *, const std::optional<double> *> bounds[]
        = {{"low", &target.low}, {"high", &target.high}};
    for (const auto &[key, value] : bounds) {
        if (!*value)
            continue;
        if (Result<void> found = problem(join(path, QLatin1String(key)), checkNumber(**value));
            !found)
            return found;
    }
    if (Result<void> found = checkShape(target, path); !found)
        return found;
    const std::pair<const char *, const QString *> texts[]
        = {{"phrase", &target.phrase}, {"source", &target.source}};
    for (const auto &[key, text] : texts) {
        if (Result<void> found = problem(join(path, QLatin1String(key)), checkText(*text)); !found)
            return found;
    }
    QSet<OutcomeVintage> vintages;
    const QString outcomesPath = join(path, QStringLiteral("outcomes"));
    for (qsizetype i = 0; i < target.outcomes.size(); ++i) {
        const TargetOutcome &outcome = target.outcomes.at(i);
        const QString outcomePath = at(outcomesPath, i);
        if (vintages.contains(outcome.vintage))
            return problem(join(outcomePath, QStringLiteral("vintage")),
                           TargetChecksText::tr("a second \"%1\" outcome; expected at most "
                                                "one per vintage")
                               .arg(outcomeVintageId(outcome.vintage)));
        vintages.insert(outcome.vintage);
        if (Result<void> found = problem(join(outcomePath, QStringLiteral("value")),
                                         checkNumber(outcome.value));
            !found)
            return found;
        if (Result<void> found = problem(join(outcomePath, QStringLiteral("source")),
                                         checkText(outcome.source));
            !found)
            return found;
    }
    return {};
}

} // namespace

Result<void> checkIndicators(const QList<TargetIndicator> &indicators, const QString &path)
{
    if (indicators.size() > InputLimits::maxTargetIndicators)
        return problem(path, TargetChecksText::tr("%1 entries; Annals reads at most %2")
                                 .arg(indicators.size())
                                 .arg(InputLimits::maxTargetIndicators));
    QSet<QString> ids;
    for (qsizetype i = 0; i < indicators.size(); ++i) {
        const TargetIndicator &indicator = indicators.at(i);
        const QString entry = at(path, i);
        const std::pair<const char *, const QString *> names[]
            = {{"id", &indicator.id}, {"name.en", &indicator.nameEn},
               {"name.zh", &indicator.nameZh}, {"unit", &indicator.unit}};
        for (const auto &[key, name] : names) {
            if (Result<void> found = problem(join(entry, QLatin1String(key)),
                                             ObservationChecks::checkName(*name));
                !found)
                return found;
        }
        if (indicator.id.isEmpty())
            return problem(join(entry, QStringLiteral("id")),
                           TargetChecksText::tr("expected an id"));
        if (indicator.nameEn.isEmpty() && indicator.nameZh.isEmpty())
            return problem(join(entry, QStringLiteral("name")),
                           TargetChecksText::tr("expected an \"en\" or a \"zh\" name"));
        SeriesKind kind = SeriesKind::Amount;
        if (Result<void> found = problem(join(entry, QStringLiteral("unit")),
                                         ObservationChecks::checkUnit(indicator.unit, &kind));
            !found)
            return found;
        if (kind != indicator.kind)
            return problem(join(entry, QStringLiteral("unit")),
                           TargetChecksText::tr("\"%1\" does not fit the kind \"%2\"")
                               .arg(InputText::echoed(indicator.unit),
                                    seriesKindId(indicator.kind)));
        if (ids.contains(indicator.id))
            return problem(join(entry, QStringLiteral("id")),
                           TargetChecksText::tr("\"%1\" is used by an earlier indicator; ids "
                                                "must be unique")
                               .arg(InputText::echoed(indicator.id)));
        ids.insert(indicator.id);
    }
    return {};
}

Result<void> checkTargets(const QList<Target> &targets, const QList<TargetIndicator> &indicators,
                          const QString &path)
{
    if (targets.size() > InputLimits::maxTargets)
        return problem(path, TargetChecksText::tr("%1 entries; Annals reads at most %2")
                                 .arg(targets.size())
                                 .arg(InputLimits::maxTargets));
    QSet<QString> ids;
    for (const TargetIndicator &indicator : indicators)
        ids.insert(indicator.id);
    QSet<std::pair<QString, int>> seen;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const Target &target = targets.at(i);
        const QString entry = at(path, i);
        if (!ids.contains(target.indicatorId))
            return problem(join(entry, QStringLiteral("indicator")),
                           TargetChecksText::tr("\"%1\" is not the id of any target indicator")
                               .arg(InputText::echoed(target.indicatorId)));
        if (Result<void> found = checkTarget(target, entry); !found)
            return found;
        const std::pair<QString, int> key(target.indicatorId, target.year);
        if (seen.contains(key))
            return problem(join(entry, QStringLiteral("year")),
                           TargetChecksText::tr("a second target for \"%1\" in %2; expected "
                                                "one per indicator and year")
                               .arg(InputText::echoed(target.indicatorId))
                               .arg(target.year));
        seen.insert(key);
    }
    return {};
}

Result<void> checkPeriods(const QList<Period> &periods, const QString &path)
{
    if (periods.size() > InputLimits::maxPeriods)
        return problem(path, TargetChecksText::tr("%1 entries; Annals reads at most %2")
                                 .arg(periods.size())
                                 .arg(InputLimits::maxPeriods));
    QSet<int> plans;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const Period &period = periods.at(i);
        const QString entry = at(path, i);
        if (period.plan < 1 || period.plan > 9999)
            return problem(join(entry, QStringLiteral("plan")),
                           TargetChecksText::tr("expected a plan number from 1 to 9999, "
                                                "found %1")
                               .arg(period.plan));
        if (plans.contains(period.plan))
            return problem(join(entry, QStringLiteral("plan")),
                           TargetChecksText::tr("plan %1 is listed twice").arg(period.plan));
        plans.insert(period.plan);
        const std::pair<const char *, const QString *> names[]
            = {{"name.en", &period.nameEn}, {"name.zh", &period.nameZh}};
        for (const auto &[key, name] : names) {
            if (Result<void> found = problem(join(entry, QLatin1String(key)),
                                             ObservationChecks::checkName(*name));
                !found)
                return found;
        }
        if (period.nameEn.isEmpty() && period.nameZh.isEmpty())
            return problem(join(entry, QStringLiteral("name")),
                           TargetChecksText::tr("expected an \"en\" or a \"zh\" name"));
        if (Result<void> found = problem(join(entry, QStringLiteral("start")),
                                         ObservationChecks::checkYear(period.firstYear));
            !found)
            return found;
        if (Result<void> found = problem(join(entry, QStringLiteral("end")),
                                         ObservationChecks::checkYear(period.lastYear));
            !found)
            return found;
        if (period.firstYear > period.lastYear)
            return problem(join(entry, QStringLiteral("end")),
                           TargetChecksText::tr("%1 is before the start year %2")
                               .arg(period.lastYear)
                               .arg(period.firstYear));
        if (period.rdIntensityTargetPct
            && !(*period.rdIntensityTargetPct >= 0 && *period.rdIntensityTargetPct <= 100))
            return problem(join(entry, QStringLiteral("rdIntensityTargetPct")),
                           TargetChecksText::tr("expected a share from 0 to 100, found %1")
                               .arg(*period.rdIntensityTargetPct));
        // Notes are bounded by the file alone, like observation notes.
        if (Result<void> found = problem(join(entry, QStringLiteral("targetSource")),
                                         checkText(period.targetSource));
            !found)
            return found;
        for (qsizetype j = 0; j < i; ++j) {
            const Period &earlier = periods.at(j);
            if (period.firstYear <= earlier.lastYear && earlier.firstYear <= period.lastYear)
                return problem(join(entry, QStringLiteral("start")),
                               TargetChecksText::tr("%1–%2 overlaps plan %3 (%4–%5); a year "
                                                    "belongs to one period at most")
                                   .arg(period.firstYear)
                                   .arg(period.lastYear)
                                   .arg(earlier.plan)
                                   .arg(earlier.firstYear)
                                   .arg(earlier.lastYear));
        }
    }
    return {};
}

Result<void> checkAll(const Dataset &dataset, const QString &prefix)
{
    const QString targets = prefix + QStringLiteral("targets");
    if (Result<void> found = checkIndicators(dataset.targetIndicators,
                                             join(targets, QStringLiteral("indicators")));
        !found)
        return found;
    if (Result<void> found = checkTargets(dataset.targets, dataset.targetIndicators,
                                          join(targets, QStringLiteral("entries")));
        !found)
        return found;
    return checkPeriods(dataset.periods, prefix + QStringLiteral("periods"));
}

} // namespace Annals::TargetChecks
