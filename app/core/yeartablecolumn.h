#pragma once

#include "vintage.h"

#include <QString>

namespace Annals {

/// What a column of the YearTableModel holds.
enum class ColumnType {
    Figure,         ///< the charted value of a series at one vintage
    ReportedGrowth, ///< growth % as printed by the source
    ComputedGrowth, ///< growth % computed from this year's and last year's values
    KeywordCount,   ///< keyword occurrences
    KeywordPer10k,  ///< keyword occurrences per 10,000 Han characters (or words)
    KeywordChange,  ///< % change of the per-10k rate against the year before
};

inline bool isKeywordColumn(ColumnType type)
{
    return type == ColumnType::KeywordCount || type == ColumnType::KeywordPer10k
           || type == ColumnType::KeywordChange;
}

/// One column of the year table: a series at a vintage, a growth rate or a keyword measure.
struct YearTableColumn
{
    ColumnType type = ColumnType::Figure;
    QString seriesId; ///< Figure, ReportedGrowth, ComputedGrowth
    Vintage vintage = Vintage::Actual; ///< of this year's value
    Vintage baseVintage = Vintage::Actual; ///< ComputedGrowth: of last year's value
    QString keyword; ///< KeywordCount, KeywordPer10k

    /*!
     * A stable identifier views use to refer to the column, e.g.
     * "figure/central_st_expenditure/budget", "growth/central_st_expenditure/budget/actual",
     * "reported/central_st_expenditure/budget", "keyword/科技/count", "keyword/科技/per10k", "keyword/科技/change".
     */
    QString id() const;

    static YearTableColumn figure(const QString &seriesId, Vintage vintage);
    static YearTableColumn reportedGrowth(const QString &seriesId, Vintage vintage);
    static YearTableColumn computedGrowth(const QString &seriesId, Vintage vintage,
                                          Vintage baseVintage);
    static YearTableColumn keywordCount(const QString &keyword);
    static YearTableColumn keywordPer10k(const QString &keyword);
    static YearTableColumn keywordChange(const QString &keyword);

    bool operator==(const YearTableColumn &other) const = default;
};

} // namespace Annals
