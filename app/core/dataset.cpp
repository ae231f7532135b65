#include "dataset.h"

#include <algorithm>

namespace Annals {

const Source *Dataset::source(const QString &id) const
{
    for (const Source &candidate : sources) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const TargetIndicator *Dataset::targetIndicator(const QString &id) const
{
    for (const TargetIndicator &candidate : targetIndicators) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QString Dataset::targetIndicatorName(const QString &id) const
{
    const TargetIndicator *indicator = targetIndicator(id);
    return indicator ? indicator->displayName() : id;
}

const Target *Dataset::target(const QString &indicatorId, int year) const
{
    for (const Target &candidate : targets) {
        if (candidate.indicatorId == indicatorId && candidate.year == year)
            return &candidate;
    }
    return nullptr;
}

const Period *Dataset::periodOf(int year) const
{
    for (const Period &candidate : periods) {
        if (candidate.contains(year))
            return &candidate;
    }
    return nullptr;
}

const Series *Dataset::findSeries(const QString &id) const
{
    for (const Series &candidate : series) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

std::pair<int, int> Dataset::figureYearSpan() const
{
    int first = 0;
    int last = -1;
    for (const Series &s : series) {
        for (const Observation &observation : s.observations) {
            if (last < first) {
                first = last = observation.year;
                continue;
            }
            first = std::min(first, observation.year);
            last = std::max(last, observation.year);
        }
    }
    return {first, last};
}

std::pair<int, int> Dataset::yearSpan() const
{
    auto [first, last] = figureYearSpan();
    for (int year : keywords.years()) {
        if (last < first) {
            first = last = year;
            continue;
        }
        first = std::min(first, year);
        last = std::max(last, year);
    }
    return {first, last};
}

} // namespace Annals
