#include "series.h"

#include "observationflag.h"

#include <utility>

namespace Annals {

QString seriesKindId(SeriesKind kind)
{
    switch (kind) {
    case SeriesKind::Amount:
        return QStringLiteral("amount");
    case SeriesKind::Percent:
        return QStringLiteral("percent");
    case SeriesKind::Count:
        return QStringLiteral("count");
    }
    return {};
}

std::optional<SeriesKind> seriesKindFromId(const QString &id)
{
    for (SeriesKind kind : {SeriesKind::Amount, SeriesKind::Percent, SeriesKind::Count}) {
        if (id.compare(seriesKindId(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

bool Series::prefersChineseNames()
{
    // The translation says which of the data's names fit it, as Qt's own translations say
    // their layout direction ("QT_LAYOUT_DIRECTION"): no setting to keep in step.
    return tr("en", "The language of series names in this translation: en or zh")
           == QLatin1String("zh");
}

QString Series::localName() const
{
    const QString &preferred = prefersChineseNames() ? nameZh : nameEn;
    const QString &other = prefersChineseNames() ? nameEn : nameZh;
    if (!preferred.isEmpty())
        return preferred;
    return other.isEmpty() ? id : other;
}

QString Series::displayName() const
{
    if (nameEn.isEmpty())
        return nameZh.isEmpty() ? id : nameZh;
    if (nameZh.isEmpty())
        return nameEn;
    if (prefersChineseNames())
        return nameZh + QStringLiteral("（") + nameEn + QStringLiteral("）");
    return nameEn + QStringLiteral(" (") + nameZh + QLatin1Char(')');
}

const Observation *Series::chartedObservation(int year, Vintage vintage) const
{
    // Where sources disagree, a figure no flag doubts wins over a rounded or second-hand one;
    // among equals the first in the file.
    const auto doubts = [](const Observation &observation) {
        return int(observation.flags.contains(ObservationFlag::approximate()))
            + int(observation.flags.contains(ObservationFlag::lowConfidence()))
            + int(observation.flags.contains(ObservationFlag::secondarySource()));
    };
    const Observation *best = nullptr;
    for (const Observation &observation : observations) {
        if (observation.year == year && observation.vintage == vintage
            && observation.isChartable() && (!best || doubts(observation) < doubts(*best)))
            best = &observation;
    }
    return best;
}

bool Series::hasBreakBetween(int fromYear, int toYear) const
{
    if (fromYear > toYear)
        std::swap(fromYear, toYear);
    for (int year : breaks) {
        if (year > fromYear && year <= toYear)
            return true;
    }
    return false;
}

} // namespace Annals
