#pragma once

#include <QString>

namespace Annals {

/*!
 * \brief Where and why reading or validating input failed.
 *
 * Every reader reports problems as an Error value, never as an exception, so that callers can
 * show the message and keep what the user already had.
 */
struct Error
{
    QString file;    ///< path or resource name; empty when the input is not a file
    int line = 0;    ///< 1-based line, 0 when unknown
    int column = 0;  ///< 1-based column, 0 when unknown
    QString field;   ///< JSON path or CSV column, e.g. "series[2].unit"; may be empty
    QString message; ///< what was wrong and what was expected

    /// "file:line:column: field: message", leaving out the parts that are unknown.
    QString toString() const;

    /*!
     * \name Named constructors
     * The one way to build an Error: name the parts that are known. \a file may be empty when
     * the input is not a file (a keyword typed on the command line, a chart to export); the
     * caller that knows the file can fill it in later.
     */
    ///@{
    /// Only a message; where it happened is the caller's to add.
    static Error plain(const QString &message);
    /// About \a file as a whole.
    static Error inFile(const QString &file, const QString &message);
    /// At 1-based \a line of \a file.
    static Error atLine(const QString &file, int line, const QString &message);
    /// At 1-based \a line and \a column of \a file (a syntax error).
    static Error atColumn(const QString &file, int line, int column, const QString &message);
    /// In \a field (a JSON path, a keyword, an option) of \a file.
    static Error atField(const QString &file, const QString &field, const QString &message);
    /// In \a field on 1-based \a line of \a file: a CSV cell, named by its column.
    static Error atCell(const QString &file, int line, const QString &field,
                        const QString &message);
    ///@}
};

} // namespace Annals
