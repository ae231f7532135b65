#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace Annals {

/// Which columns and years of a year table an export covers: exactly what a view shows.
struct TableSelection
{
    QStringList columnIds; ///< YearTableRoles::ColumnId of each column, in order
    int firstYear = 0;
    int lastYear = 0;
};

/*!
 * \brief Writes what a chart or the table shows as CSV (long or wide) and a JSON sidecar that
 * records sources, vintages, transforms and versions.
 */
class TableExport
{
public:
    /// `series,year,value,unit,vintage,source_url,display`, one row per cell the table
    /// shows: `value` at full precision, empty when the table shows text only (">13"), and
    /// `display` what the table shows (numbers in the C locale).
    static QString longCsv(const QAbstractItemModel &model, const TableSelection &selection);
    /// `year,<column>,<column>…`, one row per year: what the table shows, computed values at
    /// the precision shown, text such as ">13" as text; empty cells for missing values.
    static QString wideCsv(const QAbstractItemModel &model, const TableSelection &selection);
    /// Provenance of an export: columns with unit and transform, sources, every value that
    /// carries a caveat (with the caveat), the dataset's caveats, app and format versions,
    /// and \a methods, the paragraph of ChartCitation::methods().
    static QByteArray sidecarJson(const QAbstractItemModel &model, const TableSelection &selection,
                                  const QString &datasetTitle, const QStringList &caveats,
                                  const QString &exportedFile, const QString &methods = {});
    /// UTF-8 bytes of \a csv, with a byte order mark when \a withBom (for spreadsheets).
    static QByteArray encode(const QString &csv, bool withBom);
};

} // namespace Annals
