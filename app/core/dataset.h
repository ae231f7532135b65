#pragma once

#include "keywordcounts.h"
#include "period.h"
#include "series.h"
#include "source.h"
#include "target.h"
#include "targetindicator.h"

#include <QList>
#include <QString>

namespace Annals {

/// Who compiled a dataset and what it covers.
struct DatasetInfo
{
    QString id;
    QString title;
    QString country; ///< ISO 3166 code or name
    QString description;
    QString compiledBy;
    QString compiled; ///< date
    QStringList caveats; ///< dataset-wide warnings shown to the user

    bool operator==(const DatasetInfo &other) const = default;
};

/// Figures with their sources, and keyword counts: what one extract file holds.
struct Dataset
{
    DatasetInfo info;
    QList<Source> sources;
    QList<Series> series;
    KeywordCounts keywords;
    /// Targets vs outcomes (extract format 2, project Dataset record 2): what is measured...
    QList<TargetIndicator> targetIndicators;
    /// ...and each year's target with its outcomes, in file order.
    QList<Target> targets;
    /// Planning periods (Five-Year Plans), in file order, not overlapping.
    QList<Period> periods;

    const Source *source(const QString &id) const;
    const TargetIndicator *targetIndicator(const QString &id) const;
    /// The indicator's bilingual name; its id when the dataset does not describe it.
    QString targetIndicatorName(const QString &id) const;
    /// The target of \a indicatorId in \a year (the first in file order); nullptr when none.
    const Target *target(const QString &indicatorId, int year) const;
    /// The period that contains \a year; nullptr when none does.
    const Period *periodOf(int year) const;
    const Series *findSeries(const QString &id) const;
    /// First and last year with any observation or keyword count; {0, -1} when empty.
    std::pair<int, int> yearSpan() const;
    /// First and last year with a figure (keyword counts ignored); {0, -1} when none.
    std::pair<int, int> figureYearSpan() const;

    bool operator==(const Dataset &other) const = default;
};

} // namespace Annals
