#pragma once

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
    /// The note attached to the counts of such a text.
    static QString traditionalNote();
};

} // namespace Annals
