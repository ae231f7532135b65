#pragma once

#include "keywordcounts.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Annals {

/*!
 * \brief Reads a keywords file (`annals count --keywords`): UTF-8, one KeywordDeclaration per
 * line; blank lines and lines starting with '#' are skipped.
 *
 * Bounded while it reads: the first line past InputLimits::maxKeywords keywords or
 * InputLimits::maxKeywordsTotalLength characters stops it, before that line is parsed, so a
 * 54 MB file costs no more than its first 2,000 keywords.
 */
class KeywordsFileReader
{
public:
    /*!
     * Appends the keywords of the file at \a path to \a terms, which may already hold
     * keywords (of earlier files): the limits and the check for keywords listed twice cover
     * them all. On an error \a terms is left as it was; the error names the file and line.
     */
    static Result<void> read(const QString &path, QList<KeywordTerm> &terms);
};

} // namespace Annals
