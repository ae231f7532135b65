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

    /// The one way to build an Error about \a file (\a line and \a field when known).
    static Error inFile(const QString &file, const QString &message, int line = 0,
                        const QString &field = QString());
};

} // namespace Annals
