#include "yeartablecolumn.h"

namespace Annals {

QString YearTableColumn::id() const
{
    const QChar slash = QLatin1Char('/');
    switch (type) {
    case ColumnType::Figure:
        return QStringLiteral("figure/") + seriesId + slash + vintageId(vintage);
    case ColumnType::ReportedGrowth:
        return QStringLiteral("reported/") + seriesId + slash + vintageId(vintage);
    case ColumnType::ComputedGrowth:
        return QStringLiteral("growth/") + seriesId + slash + vintageId(vintage) + slash
               + vintageId(baseVintage);
    case ColumnType::KeywordCount:
        return QStringLiteral("keyword/") + keyword + QStringLiteral("/count");
    case ColumnType::KeywordPer10k:
        return QStringLiteral("keyword/") + keyword + QStringLiteral("/per10k");
    case ColumnType::KeywordChange:
        return QStringLiteral("keyword/") + keyword + QStringLiteral("/change");
    }
    return {};
}

YearTableColumn YearTableColumn::figure(const QString &seriesId, Vintage vintage)
{
    YearTableColumn column;
    column.type = ColumnType::Figure;
    column.seriesId = seriesId;
    column.vintage = vintage;
    return column;
}

YearTableColumn YearTableColumn::reportedGrowth(const QString &seriesId, Vintage vintage)
{
    YearTableColumn column = figure(seriesId, vintage);
    column.type = ColumnType::ReportedGrowth;
    return column;
}

YearTableColumn YearTableColumn::computedGrowth(const QString &seriesId, Vintage vintage,
                                                Vintage baseVintage)
{
    YearTableColumn column = figure(seriesId, vintage);
    column.type = ColumnType::ComputedGrowth;
    column.baseVintage = baseVintage;
    return column;
}

YearTableColumn YearTableColumn::keywordCount(const QString &keyword)
{
    YearTableColumn column;
    column.type = ColumnType::KeywordCount;
    column.keyword = keyword;
    return column;
}

YearTableColumn YearTableColumn::keywordPer10k(const QString &keyword)
{
    YearTableColumn column = keywordCount(keyword);
    column.type = ColumnType::KeywordPer10k;
    return column;
}

YearTableColumn YearTableColumn::keywordChange(const QString &keyword)
{
    YearTableColumn column = keywordCount(keyword);
    column.type = ColumnType::KeywordChange;
    return column;
}

} // namespace Annals
