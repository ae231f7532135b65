#pragma once

#include "observation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Annals {

/// What the numbers of a series measure; decides axis and formatting.
enum class SeriesKind { Amount, Percent, Count };

QString seriesKindId(SeriesKind kind);
std::optional<SeriesKind> seriesKindFromId(const QString &id);

/// One indicator over the years, e.g. national R&D spending as % of GDP.
struct Series
{
    Q_DECLARE_TR_FUNCTIONS(Annals::Series)

public:
    QString id;
    QString nameEn;
    QString nameZh;
    QString unit; ///< e.g. "billion yuan", "% of GDP"
    SeriesKind kind = SeriesKind::Amount;
    QString description;
    QList<Observation> observations;
    /*!
     * Years at which a new basis starts (ascending, no repeats): figures before a break and
     * from it on measure different things, so no growth is computed across one.
     */
    QList<int> breaks;

    /// The name in the language of the loaded translation, or whichever of the two exists.
    QString localName() const;
    /// Both names, the one in the language of the loaded translation first: "English (中文)"
    /// or "中文（English）"; or whichever of the two exists.
    QString displayName() const;
    /// True when the loaded translation wants Chinese series names (see localName()).
    static bool prefersChineseNames();
    /*!
     * The observation charted for \a year and \a vintage: the first chartable one in file
     * order (files list the preferred figure first). nullptr when there is none.
     */
    const Observation *chartedObservation(int year, Vintage vintage) const;

    /// True when a break lies in (\a fromYear, \a toYear]: the two years are on different bases.
    bool hasBreakBetween(int fromYear, int toYear) const;

    bool operator==(const Series &other) const = default;
};

} // namespace Annals
