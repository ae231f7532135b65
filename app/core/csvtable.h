#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Annals {

/// A parsed CSV file: the header and the records, each with the line it started on.
struct CsvTable
{
    struct Record
    {
        int line = 0; ///< 1-based line where the record starts
        QStringList fields;
    };

    QStringList header;
    QList<Record> records;

    /// Index of \a column in the header, or -1.
    int columnIndex(const QString &column) const { return header.indexOf(column); }
};

/*!
 * \brief Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, quoted line breaks).
 *
 * The first record is the header. Records with a different number of fields than the header,
 * an unbalanced quote, or text after a closing quote give an Error naming \a fileName and the
 * line. A UTF-8 BOM is skipped.
 */
Result<CsvTable> parseCsv(const QString &text, const QString &fileName);

} // namespace Annals
