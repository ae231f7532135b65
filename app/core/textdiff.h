#pragma once

#include <QList>
#include <QString>

namespace Annals {

/*!
 * \brief What changed between two sentences: a character-level diff for Chinese, word-level
 * for English.
 *
 * Tokens are single characters, except runs of ASCII letters and digits, which are one token
 * (a word or a number, decimals included), so "3%" → "4.5%" marks the 3 and the 4.5 and
 * "growth" → "growing" marks the whole word. The diff is a longest common subsequence of
 * tokens.
 */
class TextDiff
{
public:
    struct Span
    {
        qsizetype start = 0; ///< in the sentence (UTF-16 units)
        qsizetype length = 0;
        bool operator==(const Span &other) const = default;
    };

    /// Fills \a removed with the spans of \a before and \a added with those of \a after that
    /// are not common to both.
    static void compare(QStringView before, QStringView after, QList<Span> *removed,
                        QList<Span> *added);
    /// How much of two sentences is shared: 2 × common character pairs / all pairs, 0 to 1.
    static double similarity(QStringView a, QStringView b);
};

} // namespace Annals
