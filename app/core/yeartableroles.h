#pragma once

#include <Qt>

namespace Annals {

/*!
 * \brief Item data roles of the YearTableModel, which views read instead of the domain.
 *
 * Cells: Value is a double, or invalid when the year has no value (a gap). Headers
 * (horizontal): ColumnId, ColumnType, Unit, SeriesName, SeriesBreaks. Headers (vertical) and
 * cells: Year.
 */
struct YearTableRoles
{
    enum Role {
        Year = Qt::UserRole + 1, ///< int
        Value,          ///< double, or invalid for a missing value
        Unit,           ///< QString: "billion yuan", "%", "per 10,000 Han characters"
        Vintage,        ///< QString: translated vintage label
        SourceTitle,    ///< QString
        SourceUrl,      ///< QString
        Note,           ///< QString: the source's note, or how a value was computed
        FlagTexts,      ///< QStringList: explanations of the caveat flags
        ReportedGrowth, ///< QString: growth as printed, e.g. ">13"
        Alternatives,   ///< QVariantList of QVariantMap: other figures seen for this cell
        ColumnId,       ///< QString, header: YearTableColumn::id()
        ColumnType,     ///< int, header: Annals::ColumnType
        SeriesName,     ///< QString, header: bilingual series or keyword name
        FirstSeen,      ///< int, header of keyword columns: first year with a hit
        LastSeen,       ///< int, header of keyword columns: last year with a hit
        PlainText,      ///< QString: the display text with C-locale numbers, for files
        Publishers,     ///< QStringList: publishers of the figures a value rests on (their
                        ///< names, else source titles); keyword cells: report texts counted
        SeriesBreaks,   ///< QVariantList of int, header of figure columns: Series::breaks
        VintageId,      ///< QString: "budget", "actual", …, "computed", "counted": for files,
                        ///< the same in every UI language
        UnitId,         ///< QString: Unit as the data or Annals spells it in English: for files
    };
};

} // namespace Annals
