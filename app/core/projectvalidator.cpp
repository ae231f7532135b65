#include "projectvalidator.h"

#include "inputlimits.h"
#include "inputtext.h"
#include "keywordchecks.h"
#include "observationchecks.h"
#include "stoplist.h"
#include "targetchecks.h"
#include "unit.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace Annals {

namespace {

QString at(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

Result<void> yearProblem(const QString &field, int year)
{
    const QString message = ObservationChecks::checkYear(year);
    if (message.isEmpty())
        return {};
    return Error::atField(QString(), field, message);
}

Result<void> rangeProblem(const QString &firstField, const QString &lastField, int first, int last)
{
    if (Result<void> problem = yearProblem(firstField, first); !problem)
        return problem;
    if (Result<void> problem = yearProblem(lastField, last); !problem)
        return problem;
    if (first > last)
        return Error::atField(QString(), lastField,
                              ProjectValidator::tr("%1 is before the first year %2")
                                  .arg(last)
                                  .arg(first));
    return {};
}

Result<void> rangeProblem(const QString &path, int first, int last)
{
    return rangeProblem(path + QStringLiteral(".firstYear"), path + QStringLiteral(".lastYear"),
                        first, last);
}

Result<void> messageProblem(const QString &field, const QString &message)
{
    if (message.isEmpty())
        return {};
    return Error::atField(QString(), field, message);
}

// The rules of ExtractReader and FiguresCsvReader on one series, without its observations.
Result<void> checkSeriesHeader(const Series &series, const QString &path)
{
    const std::pair<const char *, const QString *> names[] = {{".id", &series.id},
                                                              {".nameEn", &series.nameEn},
                                                              {".nameZh", &series.nameZh},
                                                              {".unit", &series.unit}};
    for (const auto &[key, name] : names) {
        if (Result<void> problem = messageProblem(path + QLatin1String(key),
                                                  ObservationChecks::checkName(*name));
            !problem)
            return problem;
    }
    SeriesKind kind = SeriesKind::Amount;
    if (Result<void> problem = messageProblem(path + QStringLiteral(".unit"),
                                              ObservationChecks::checkUnit(series.unit, &kind));
        !problem)
        return problem;
    if (kind != series.kind)
        return Error::atField(QString(), path + QStringLiteral(".kind"),
                              ProjectValidator::tr("\"%1\" does not fit the unit \"%2\"")
                                  .arg(seriesKindId(series.kind), InputText::echoed(series.unit)));
    return {};
}

Result<void> checkSeries(const Dataset &dataset)
{
    QSet<QString> sources;
    for (qsizetype i = 0; i < dataset.sources.size(); ++i) {
        const QString &id = dataset.sources.at(i).id;
        if (sources.contains(id))
            return Error::atField(QString(),
                                  at(QStringLiteral("dataset.sources"), i) + QStringLiteral(".id"),
                                  ProjectValidator::tr("\"%1\" is used by an earlier source")
                                      .arg(InputText::echoed(id)));
        sources.insert(id);
    }
    QSet<QString> ids;
    qsizetype observations = 0;
    for (qsizetype s = 0; s < dataset.series.size(); ++s) {
        const Series &series = dataset.series.at(s);
        const QString path = at(QStringLiteral("dataset.series"), s);
        if (ids.contains(series.id))
            return Error::atField(QString(), path + QStringLiteral(".id"),
                                  ProjectValidator::tr("\"%1\" is used by an earlier series")
                                      .arg(InputText::echoed(series.id)));
        ids.insert(series.id);
        if (Result<void> problem = checkSeriesHeader(series, path); !problem)
            return problem;
        if (Result<void> problem = messageProblem(path + QStringLiteral(".breaks"),
                                                  ObservationChecks::checkBreaks(series.breaks));
            !problem)
            return problem;
        observations += series.observations.size();
        if (observations > InputLimits::maxObservations)
            return Error::atField(QString(), path + QStringLiteral(".observations"),
                                  ProjectValidator::tr(
                                      "more than %1 observations in all; Annals opens projects "
                                      "with at most %1")
                                      .arg(InputLimits::maxObservations));

        QSet<QString> seen;
        for (qsizetype o = 0; o < series.observations.size(); ++o) {
            const Observation &observation = series.observations.at(o);
            const QString field = at(path + QStringLiteral(".observations"), o);
            if (Result<void> problem = yearProblem(field + QStringLiteral(".year"),
                                                   observation.year);
                !problem)
                return problem;
            if (observation.value) {
                const QString message = ObservationChecks::checkValue(*observation.value,
                                                                      series.kind);
                if (!message.isEmpty())
                    return Error::atField(QString(), field + QStringLiteral(".value"), message);
            }
            if (!observation.sourceId.isEmpty() && !sources.contains(observation.sourceId))
                return Error::atField(QString(), field + QStringLiteral(".source"),
                                      ProjectValidator::tr("\"%1\" is not the id of any source")
                                          .arg(InputText::echoed(observation.sourceId)));
            const QString key = ObservationChecks::duplicateKey(observation);
            if (seen.contains(key))
                return Error::atField(QString(), field, ObservationChecks::duplicateMessage());
            seen.insert(key);
        }
    }
    return {};
}

// The rules of KeywordCountsJson and KeywordDeclaration.
Result<void> checkTerm(const KeywordTerm &term, const QString &field)
{
    if (Result<void> problem = messageProblem(field, KeywordChecks::checkTerm(term.term));
        !problem)
        return problem;
    if (Result<void> problem = messageProblem(field + QStringLiteral(".gloss"),
                                              KeywordChecks::checkGloss(term.gloss));
        !problem)
        return problem;
    if (Result<void> problem = messageProblem(field + QStringLiteral(".color"),
                                              KeywordChecks::checkColor(term.color));
        !problem)
        return problem;
    for (qsizetype m = 0; m < term.members.size(); ++m) {
        if (Result<void> problem = messageProblem(at(field + QStringLiteral(".members"), m),
                                                  KeywordChecks::checkTerm(term.members.at(m)));
            !problem)
            return problem;
    }
    return {};
}

Result<void> checkKeywords(const KeywordCounts &keywords)
{
    QSet<QString> terms;
    qsizetype totalLength = 0;
    for (qsizetype i = 0; i < keywords.vocabulary.size(); ++i) {
        const KeywordTerm &term = keywords.vocabulary.at(i);
        const QString field = at(QStringLiteral("dataset.keywords.vocabulary"), i);
        if (term.term.isEmpty() || terms.contains(term.term))
            return Error::atField(QString(), field,
                                  ProjectValidator::tr("keywords must be unique and not empty"));
        if (Result<void> problem = checkTerm(term, field); !problem)
            return problem;
        totalLength += KeywordChecks::lengthOf(term);
        if (totalLength > InputLimits::maxKeywordsTotalLength)
            return Error::atField(QString(), field, KeywordChecks::tooLongTogether());
        terms.insert(term.term);
    }
    for (qsizetype d = 0; d < keywords.documents.size(); ++d) {
        const DocumentCounts &document = keywords.documents.at(d);
        const QString path = at(QStringLiteral("dataset.keywords.documents"), d);
        if (Result<void> problem = yearProblem(path + QStringLiteral(".year"), document.year);
            !problem)
            return problem;
        if (Result<void> problem = messageProblem(path + QStringLiteral(".language"),
                                                  KeywordChecks::checkLanguage(document.language));
            !problem)
            return problem;
        if (Result<void> problem = messageProblem(path + QStringLiteral(".sha256"),
                                                  KeywordChecks::checkSha256(document.sha256));
            !problem)
            return problem;
        if (Result<void> problem = messageProblem(path + QStringLiteral(".baseUnits"),
                                                  KeywordChecks::checkCount(document.baseUnits));
            !problem)
            return problem;
        // KeywordCountsJson's rules: a count in range, for a term of the vocabulary. The field
        // is named only for a problem: naming every count was half the time of opening a
        // project of 200 keywords.
        for (auto it = document.counts.constBegin(); it != document.counts.constEnd(); ++it) {
            const bool known = terms.contains(it.key());
            const QString message = known ? KeywordChecks::checkCount(it.value())
                                          : KeywordChecks::notInVocabulary();
            if (!message.isEmpty()) {
                return Error::atField(QString(),
                                      path + QStringLiteral(".counts.")
                                          + InputText::echoed(it.key()),
                                      message);
            }
        }
    }
    return {};
}

Result<void> checkCharts(const QList<ChartLayout> &charts)
{
    const QStringList kinds = {QString::fromLatin1(ChartLayout::spending),
                               QString::fromLatin1(ChartLayout::rdIntensity),
                               QString::fromLatin1(ChartLayout::keywords),
                               QString::fromLatin1(ChartLayout::custom)};
    QStringList conventional;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const ChartLayout &chart = charts.at(i);
        const QString field = at(QStringLiteral("view.charts"), i);
        if (!kinds.contains(chart.kind))
            return Error::atField(QString(), field + QStringLiteral(".kind"),
                                  ProjectValidator::tr("expected one of %1, found \"%2\"")
                                      .arg(kinds.join(QStringLiteral(", ")),
                                           InputText::echoed(chart.kind)));
        // A conventional chart draws its own series once; a second copy is not a layout.
        if (chart.isConventional()) {
            if (conventional.contains(chart.kind))
                return Error::atField(QString(), field + QStringLiteral(".kind"),
                                      ProjectValidator::tr("\"%1\" is listed twice")
                                          .arg(chart.kind));
            conventional.append(chart.kind);
        }
        if (chart.title.size() > InputLimits::maxNameLength)
            return Error::atField(QString(), field + QStringLiteral(".title"),
                                  ProjectValidator::tr("%1 characters; at most %2")
                                      .arg(chart.title.size())
                                      .arg(InputLimits::maxNameLength));
        if (chart.columnIds.size() > InputLimits::maxSeriesPerChart)
            return Error::atField(QString(), field + QStringLiteral(".columnIds"),
                                  ProjectValidator::tr("%1 entries; Annals opens projects with "
                                                       "at most %2")
                                      .arg(chart.columnIds.size())
                                      .arg(InputLimits::maxSeriesPerChart));
        for (qsizetype c = 0; c < chart.columnIds.size(); ++c) {
            const QString &id = chart.columnIds.at(c);
            const QString columnField = at(field + QStringLiteral(".columnIds"), c);
            if (id.isEmpty() || id.size() > 2 * InputLimits::maxNameLength)
                return Error::atField(QString(), columnField,
                                      ProjectValidator::tr("expected a column id of 1 to %1 "
                                                           "characters")
                                          .arg(2 * InputLimits::maxNameLength));
            if (chart.columnIds.indexOf(id) != c)
                return Error::atField(QString(), columnField,
                                      ProjectValidator::tr("\"%1\" is listed twice")
                                          .arg(InputText::echoed(id)));
        }
        if (chart.baseYear != 0) {
            if (Result<void> problem = yearProblem(field + QStringLiteral(".baseYear"),
                                                   chart.baseYear);
                !problem)
                return problem;
        }
    }
    return {};
}

Result<void> checkView(const ViewState &view)
{
    if (view.firstYear != 0 || view.lastYear != 0) {
        if (Result<void> problem = rangeProblem(QStringLiteral("view"), view.firstYear,
                                                view.lastYear);
            !problem)
            return problem;
    }
    if (view.selectedYear != 0) {
        if (Result<void> problem = yearProblem(QStringLiteral("view.selectedYear"),
                                               view.selectedYear);
            !problem)
            return problem;
    }
    if (view.brushFirstYear != 0 || view.brushLastYear != 0) {
        if (Result<void> problem = rangeProblem(QStringLiteral("view.brushFirstYear"),
                                                QStringLiteral("view.brushLastYear"),
                                                view.brushFirstYear, view.brushLastYear);
            !problem)
            return problem;
    }
    // The Targets view's spin box: 0 to 5 points.
    if (!(view.targetTolerance >= 0 && view.targetTolerance <= InputLimits::maxTargetTolerance))
        return Error::atField(QString(), QStringLiteral("view.targetTolerance"),
                              ProjectValidator::tr("expected 0 to %1 percentage points, found %2")
                                  .arg(InputLimits::maxTargetTolerance)
                                  .arg(view.targetTolerance));
    if (view.stopList) {
        const QString field = QStringLiteral("view.stopList");
        if (view.stopList->size() > InputLimits::maxStopListLength)
            return Error::atField(QString(), field,
                                  ProjectValidator::tr("%1 characters; Annals opens "
                                                       "stop-lists of at most %2")
                                      .arg(view.stopList->size())
                                      .arg(InputLimits::maxStopListLength));
        QString message;
        StopList::fromText(*view.stopList, &message);
        if (Result<void> problem = messageProblem(field, message); !problem)
            return problem;
    }
    // Each shown keyword is a line, a legend entry and a colour to choose: a list longer than
    // any vocabulary, or repeating itself, is not one an analyst made.
    QSet<QString> shown;
    for (qsizetype i = 0; i < view.shownKeywords.size(); ++i) {
        const QString &term = view.shownKeywords.at(i);
        if (shown.contains(term))
            return Error::atField(QString(), at(QStringLiteral("view.shownKeywords"), i),
                                  ProjectValidator::tr("\"%1\" is listed twice")
                                      .arg(InputText::echoed(term)));
        shown.insert(term);
    }
    return checkCharts(view.charts);
}

} // namespace

Result<void> countProblem(const QString &field, qsizetype count, qsizetype limit)
{
    if (count <= limit)
        return {};
    return Error::atField(QString(), field,
                          ProjectValidator::tr("%1 entries; Annals opens projects with at most %2")
                              .arg(count)
                              .arg(limit));
}

// Limits that keep every view responsive; far above any real analysis.
Result<void> sizeProblem(const Project &project)
{
    const Dataset &dataset = project.dataset;
    const std::pair<QString, std::pair<qsizetype, qsizetype>> limits[] = {
        {QStringLiteral("dataset.info.caveats"),
         {dataset.info.caveats.size(), InputLimits::maxCaveats}},
        {QStringLiteral("dataset.sources"), {dataset.sources.size(), InputLimits::maxSources}},
        {QStringLiteral("dataset.series"), {dataset.series.size(), InputLimits::maxSeries}},
        {QStringLiteral("dataset.keywords.vocabulary"),
         {dataset.keywords.vocabulary.size(), InputLimits::maxKeywords}},
        {QStringLiteral("dataset.keywords.documents"),
         {dataset.keywords.documents.size(), InputLimits::maxDocuments}},
        {QStringLiteral("texts"), {project.texts.size(), InputLimits::maxTexts}},
        {QStringLiteral("annotations"), {project.annotations.size(),
                                         InputLimits::maxAnnotations}},
        {QStringLiteral("view.shownKeywords"),
         {project.view.shownKeywords.size(), InputLimits::maxShownKeywords}},
        {QStringLiteral("view.charts"), {project.view.charts.size(), InputLimits::maxCharts}},
    };
    for (const auto &[field, sizes] : limits) {
        if (Result<void> problem = countProblem(field, sizes.first, sizes.second); !problem)
            return problem;
    }
    return {};
}

Result<void> ProjectValidator::check(const Project &project)
{
    if (Result<void> problem = sizeProblem(project); !problem)
        return problem;
    if (Result<void> problem = checkSeries(project.dataset); !problem)
        return problem;
    if (Result<void> problem = checkKeywords(project.dataset.keywords); !problem)
        return problem;
    if (Result<void> problem = TargetChecks::checkAll(project.dataset, QStringLiteral("dataset."));
        !problem)
        return problem;
    for (qsizetype i = 0; i < project.texts.size(); ++i) {
        const ReportTextRef &text = project.texts.at(i);
        if (Result<void> problem = yearProblem(at(QStringLiteral("texts"), i)
                                                   + QStringLiteral(".year"),
                                               text.year);
            !problem)
            return problem;
        if (text.size < 0 || text.size > InputLimits::maxReportTextBytes)
            return Error::atField(QString(),
                                  at(QStringLiteral("texts"), i) + QStringLiteral(".size"),
                                  tr("%1 bytes; report texts hold 0 to %2")
                                      .arg(text.size)
                                      .arg(InputLimits::maxReportTextBytes));
    }
    for (qsizetype i = 0; i < project.annotations.size(); ++i) {
        const Annotation &annotation = project.annotations.at(i);
        const QString path = at(QStringLiteral("annotations"), i);
        if (Result<void> problem = rangeProblem(path, annotation.firstYear, annotation.lastYear);
            !problem)
            return problem;
        if (annotation.label.size() > InputLimits::maxLabelLength)
            return Error::atField(QString(), path + QStringLiteral(".label"),
                                  tr("%1 characters; Annals opens annotation labels of at "
                                     "most %2")
                                      .arg(annotation.label.size())
                                      .arg(InputLimits::maxLabelLength));
        if (Result<void> problem = messageProblem(path + QStringLiteral(".color"),
                                                  KeywordChecks::checkColor(annotation.color));
            !problem)
            return problem;
    }
    return checkView(project.view);
}

} // namespace Annals
