#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Annals {

/// Everything the views show about one year of one column.
struct YearTableCell
{
    std::optional<double> value; ///< empty: nothing to chart for this year
    QString text;                ///< display text; may be set without a value (">13")
    QString plainText; ///< text with C-locale numbers (no group separator): for files
    QString vintage;   ///< in the UI language
    QString vintageId; ///< the same in every language (files)
    QString sourceTitle;
    QString sourceUrl;
    QStringList publishers; ///< who published the figures the value rests on; keyword
                            ///< cells: the report texts counted
    QString note;
    QStringList flagTexts;
    QString reportedGrowth;
    QVariantList alternatives; ///< QVariantMaps: value, vintage, sourceTitle, sourceUrl, note,
                               ///< flagTexts
};

} // namespace Annals
