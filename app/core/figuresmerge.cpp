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

// The sources the project's series cite, leaving out the series the import replaces.
QSet<QString> sourcesStillCited(const Dataset &project, const Dataset &imported)
{
    QList<Series> kept = project.series;
    kept.removeIf([&](const Series &series) { return imported.findSeries(series.id); });
    return sourcesCited(kept);
}

QString unusedSourceId(const Dataset &dataset, const Dataset &imported, const QString &id)
{
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(id).arg(n);
        if (!dataset.source(candidate) && !imported.source(candidate))
            return candidate;
    }
}

} // namespace

FiguresMerge FiguresMerge::add(const Dataset &project, const Dataset &imported)
{
    FiguresMerge result;
    Dataset &merged = result.merged;
    merged = project;

    QList<Series> importedSeries = imported.series;
    const QSet<QString> stillCited = sourcesStillCited(project, imported);

    for (const Source &source : imported.sources) {
        const Source *existing = merged.source(source.id);
        if (existing && *existing == source)
            continue;
        if (existing && stillCited.contains(source.id)) {
            Source renamed = source;
            renamed.id = unusedSourceId(merged, imported, source.id);
            for (Series &series : importedSeries) {
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

    // Updated series stay where they were, so the table keeps the order the analyst knows.
    for (const Series &series : importedSeries) {
        auto existing = std::find_if(merged.series.begin(), merged.series.end(),
                                     [&](const Series &old) { return old.id == series.id; });
        if (existing == merged.series.end()) {
            merged.series.append(series);
            result.addedSeries.append(series.id);
        } else {
            *existing = series;
            result.updatedSeries.append(series.id);
        }
    }

    // The sources only the updated series cited now describe nothing.
    const QSet<QString> citedBefore = sourcesCited(project.series);
    const QSet<QString> citedAfter = sourcesCited(merged.series);
    merged.sources.removeIf([&](const Source &source) {
        return citedBefore.contains(source.id) && !citedAfter.contains(source.id);
    });

    const QString from = imported.info.title.isEmpty() ? imported.info.id : imported.info.title;
    for (const QString &caveat : imported.info.caveats) {
        const QString attributed = from.isEmpty() ? caveat
                                                  : QStringLiteral("%1: %2").arg(from, caveat);
        if (!merged.info.caveats.contains(attributed) && !merged.info.caveats.contains(caveat))
            merged.info.caveats.append(attributed);
    }
    return result;
}

} // namespace Annals
