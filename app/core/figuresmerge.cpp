#include "figuresmerge.h"

#include <QSet>

#include <algorithm>

namespace Annals {

namespace {

QSet<QString> sourcesCited(const QList<Series> &series)
{
    QSet<QString> cited;
    for (const Series &s : series) {
        for (const Observation &observation : s.observations)
            cited.insert(observation.sourceId);
    }
    return cited;
}

bool sameMeasure(const Series &a, const Series &b)
{
    return a.unit == b.unit && a.kind == b.kind;
}

bool coversYearAndVintage(const Series &series, const Observation &observation)
{
    return std::any_of(series.observations.begin(), series.observations.end(),
                       [&](const Observation &other) {
                           return other.year == observation.year
                                  && other.vintage == observation.vintage;
                       });
}

// The project's series as they stay: figures the import revises left out.
QList<Series> keptSeries(const Dataset &project, const Dataset &imported)
{
    QList<Series> kept = project.series;
    for (Series &series : kept) {
        const Series *update = imported.findSeries(series.id);
        if (update && sameMeasure(series, *update)) {
            series.observations.removeIf(
                [&](const Observation &old) { return coversYearAndVintage(*update, old); });
        }
    }
    return kept;
}

// "ID-2", "ID-3"…: the first that \a taken does not hold.
template<typename IsTaken>
QString freeId(const QString &id, IsTaken taken)
{
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(id).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace

FiguresMerge FiguresMerge::add(const Dataset &project, const Dataset &imported)
{
    FiguresMerge result;
    Dataset &merged = result.merged;
    merged = project;
    merged.series = keptSeries(project, imported);

    // Sources first: a renamed source renames the citations of the imported figures.
    QList<Series> incoming = imported.series;
    const QSet<QString> stillCited = sourcesCited(merged.series);
    for (const Source &source : imported.sources) {
        const Source *existing = merged.source(source.id);
        if (existing && *existing == source)
            continue;
        if (existing && stillCited.contains(source.id)) {
            Source renamed = source;
            renamed.id = freeId(source.id, [&](const QString &id) {
                return merged.source(id) || imported.source(id);
            });
            for (Series &series : incoming) {
                for (Observation &observation : series.observations) {
                    if (observation.sourceId == source.id)
                        observation.sourceId = renamed.id;
                }
            }
            merged.sources.append(renamed);
            ++result.sourcesRenamed;
            continue;
        }
        merged.sources.removeIf([&](const Source &old) { return old.id == source.id; });
        merged.sources.append(source);
    }

    const QString from = imported.info.title.isEmpty() ? imported.info.id : imported.info.title;
    for (Series series : incoming) {
        auto existing = std::find_if(merged.series.begin(), merged.series.end(),
                                     [&](const Series &old) { return old.id == series.id; });
        if (existing != merged.series.end() && sameMeasure(*existing, series)) {
            // In place, so the table keeps the order the analyst knows; by year, imported
            // figures first within a year (the first chartable one is the one charted).
            QList<Observation> observations = series.observations;
            observations.append(existing->observations);
            std::stable_sort(observations.begin(), observations.end(),
                             [](const Observation &a, const Observation &b) {
                                 return a.year < b.year;
                             });
            existing->observations = observations;
            // A break either file knows of still separates the merged figures.
            for (int year : std::as_const(series.breaks)) {
                if (!existing->breaks.contains(year))
                    existing->breaks.append(year);
            }
            std::sort(existing->breaks.begin(), existing->breaks.end());
            result.updatedSeries.append(series.id);
            continue;
        }
        if (existing != merged.series.end()) {
            series.id = freeId(series.id, [&](const QString &id) {
                return merged.findSeries(id) || imported.findSeries(id);
            });
            if (!from.isEmpty() && !series.nameEn.isEmpty())
                series.nameEn = QStringLiteral("%1 (%2)").arg(series.nameEn, from);
            if (!from.isEmpty() && !series.nameZh.isEmpty())
                series.nameZh = QStringLiteral("%1（%2）").arg(series.nameZh, from);
        }
        merged.series.append(series);
        result.addedSeries.append(series.id);
    }

    const QSet<QString> citedBefore = sourcesCited(project.series);
    const QSet<QString> citedAfter = sourcesCited(merged.series);
    merged.sources.removeIf([&](const Source &source) {
        return citedBefore.contains(source.id) && !citedAfter.contains(source.id);
    });

    for (const QString &caveat : imported.info.caveats) {
        const QString attributed = from.isEmpty() ? caveat
                                                  : QStringLiteral("%1: %2").arg(from, caveat);
        if (!merged.info.caveats.contains(attributed) && !merged.info.caveats.contains(caveat))
            merged.info.caveats.append(attributed);
    }
    return result;
}

} // namespace Annals
