#pragma once

#include "dataset.h"

#include <QString>

namespace Annals {

/// Writes a dataset as long CSV, one row per observation or per keyword and year.
class DatasetCsv
{
public:
    /// `series,year,value,unit,vintage,reported_growth_pct,source_title,source_url,note`
    static QString figures(const Dataset &dataset);
    /// `keyword,year,count,per_10k_chars`, the rate with two decimals.
    static QString keywordCounts(const Dataset &dataset);
};

} // namespace Annals
