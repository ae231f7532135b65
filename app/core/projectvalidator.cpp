#include "projectvalidator.h"

#include "observationchecks.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace Annals {

namespace {

using Problem = std::optional<std::pair<QString, QString>>;

QString tr(const char *text)
{
    return QCoreApplication::translate("Annals::ProjectValidator", text);
}

QString at(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

Problem yearProblem(const QString &field, int year)
{
    const QString message = ObservationChecks::checkYear(year);
    if (message.isEmpty())
        return std::nullopt;
    return std::make_pair(field, message);
}

Problem rangeProblem(const QString &path, int first, int last)
{
    if (Problem problem = yearProblem(path + QStringLiteral(".firstYear"), first))
        return problem;
    if (Problem problem = yearProblem(path + QStringLiteral(".lastYear"), last))
        return problem;
    if (first > last)
        return std::make_pair(path + QStringLiteral(".lastYear"),
                              tr("%1 is before the first year %2").arg(last).arg(first));
    return std::nullopt;
}

Problem checkSeries(const Dataset &dataset)
{
    QSet<QString> sources;
    for (qsizetype i = 0; i < dataset.sources.size(); ++i) {
        const QString &id = dataset.sources.at(i).id;
        if (sources.contains(id))
            return std::make_pair(at(QStringLiteral("dataset.sources"), i)
                                      + QStringLiteral(".id"),
                                  tr("\"%1\" is used by an earlier source").arg(id));
        sources.insert(id);
    }
    QSet<QString> ids;
    for (qsizetype s = 0; s < dataset.series.size(); ++s) {
        const Series &series = dataset.series.at(s);
        const QString path = at(QStringLiteral("dataset.series"), s);
        if (ids.contains(series.id))
            return std::make_pair(path + QStringLiteral(".id"),
                                  tr("\"%1\" is used by an earlier series").arg(series.id));
        ids.insert(series.id);

        for (qsizetype o = 0; o < series.observations.size(); ++o) {
            const Observation &observation = series.observations.at(o);
            const QString field = at(path + QStringLiteral(".observations"), o);
            if (Problem problem = yearProblem(field + QStringLiteral(".year"), observation.year))
                return problem;
            if (observation.value) {
                const QString message = ObservationChecks::checkValue(*observation.value,
                                                                      series.kind);
                if (!message.isEmpty())
                    return std::make_pair(field + QStringLiteral(".value"), message);
            }
            if (!observation.sourceId.isEmpty() && !sources.contains(observation.sourceId))
                return std::make_pair(field + QStringLiteral(".source"),
                                      tr("\"%1\" is not the id of any source")
                                          .arg(observation.sourceId));
        }
    }
    return std::nullopt;
}

Problem checkKeywords(const KeywordCounts &keywords)
{
    QSet<QString> terms;
    for (qsizetype i = 0; i < keywords.vocabulary.size(); ++i) {
        const QString &term = keywords.vocabulary.at(i).term;
        const QString field = at(QStringLiteral("dataset.keywords.vocabulary"), i);
        if (term.isEmpty() || terms.contains(term))
            return std::make_pair(field, tr("keywords must be unique and not empty"));
        terms.insert(term);
    }
    for (qsizetype d = 0; d < keywords.documents.size(); ++d) {
        const DocumentCounts &document = keywords.documents.at(d);
        const QString path = at(QStringLiteral("dataset.keywords.documents"), d);
        if (Problem problem = yearProblem(path + QStringLiteral(".year"), document.year))
            return problem;
        if (document.baseUnits < 0)
            return std::make_pair(path + QStringLiteral(".baseUnits"),
                                  tr("expected a non-negative number"));
        for (auto it = document.counts.constBegin(); it != document.counts.constEnd(); ++it) {
            if (it.value() < 0)
                return std::make_pair(path + QStringLiteral(".counts.") + it.key(),
                                      tr("expected a non-negative number"));
        }
    }
    return std::nullopt;
}

Problem checkView(const ViewState &view)
{
    if (view.firstYear != 0 || view.lastYear != 0) {
        if (Problem problem = rangeProblem(QStringLiteral("view"), view.firstYear,
                                           view.lastYear))
            return problem;
    }
    if (view.selectedYear != 0)
        return yearProblem(QStringLiteral("view.selectedYear"), view.selectedYear);
    return std::nullopt;
}

} // namespace

Problem countProblem(const QString &field, qsizetype count, qsizetype limit)
{
    if (count <= limit)
        return std::nullopt;
    return std::make_pair(field, tr("%1 entries; Annals opens projects with at most %2")
                                     .arg(count)
                                     .arg(limit));
}

// Limits that keep every view responsive; far above any real analysis.
Problem sizeProblem(const Project &project)
{
    const Dataset &dataset = project.dataset;
    const std::pair<QString, std::pair<qsizetype, qsizetype>> limits[] = {
        {QStringLiteral("dataset.info.caveats"), {dataset.info.caveats.size(), 200}},
        {QStringLiteral("dataset.series"), {dataset.series.size(), 2000}},
        {QStringLiteral("dataset.keywords.vocabulary"), {dataset.keywords.vocabulary.size(),
                                                         ProjectValidator::maxKeywords}},
        {QStringLiteral("dataset.keywords.documents"), {dataset.keywords.documents.size(), 5000}},
        {QStringLiteral("texts"), {project.texts.size(), 5000}},
        {QStringLiteral("annotations"), {project.annotations.size(), 1000}},
    };
    for (const auto &[field, sizes] : limits) {
        if (Problem problem = countProblem(field, sizes.first, sizes.second))
            return problem;
    }
    return std::nullopt;
}

std::optional<std::pair<QString, QString>> ProjectValidator::check(const Project &project)
{
    if (Problem problem = sizeProblem(project))
        return problem;
    if (Problem problem = checkSeries(project.dataset))
        return problem;
    if (Problem problem = checkKeywords(project.dataset.keywords))
        return problem;
    for (qsizetype i = 0; i < project.texts.size(); ++i) {
        if (Problem problem = yearProblem(at(QStringLiteral("texts"), i) + QStringLiteral(".year"),
                                          project.texts.at(i).year))
            return problem;
    }
    for (qsizetype i = 0; i < project.annotations.size(); ++i) {
        const Annotation &annotation = project.annotations.at(i);
        if (Problem problem = rangeProblem(at(QStringLiteral("annotations"), i),
                                           annotation.firstYear, annotation.lastYear))
            return problem;
    }
    return checkView(project.view);
}

} // namespace Annals
