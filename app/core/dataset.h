#pragma once

#include "keywordcounts.h"
#include "series.h"
#include "source.h"

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

    const Source *source(const QString &id) const;
    const Series *findSeries(const QString &id) const;
    /// First and last year with any observation or keyword count; {0, -1} when empty.
    std::pair<int, int> yearSpan() const;
    /// First and last year with a figure (keyword counts ignored); {0, -1} when none.
    std::pair<int, int> figureYearSpan() const;

    bool operator==(const Dataset &other) const = default;
};

} // namespace Annals
