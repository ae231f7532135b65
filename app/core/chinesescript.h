#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace Annals {

/*!
 * \brief Tells texts in traditional Chinese characters from simplified ones.
 *
 * Keywords are written in simplified characters, so a report in traditional characters
 * (e.g. the 1954 report of the corpus) undercounts them: the counts carry a note saying so.
 */
class ChineseScript
{
public:
    /// True when characters found only in traditional writing outnumber their simplified
    /// forms in \a sample (a few kilobytes are enough).
    static bool looksTraditional(QStringView sample);
    /// How much of a report the script check reads: its first bytes in UTF-8.
    static constexpr qsizetype sampleBytes = 4096;
    /*!
     * Whether the report whose UTF-8 text starts with \a utf8 looks traditional, judged on
     * its first sampleBytes bytes (more may be passed). The one check of a report's script:
     * `annals count` (CorpusCounter) and the window's import (KeywordJobs) both use it, so
     * that a report gets the same note either way.
     */
    static bool reportLooksTraditional(QByteArrayView utf8);
    /// The note attached to the counts of such a text.
    static QString traditionalNote();
};

} // namespace Annals
