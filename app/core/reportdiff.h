#pragma once

#include "textdiff.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Annals {

class KeywordMatcher;

/// One row of two aligned reports (see ReportDiff).
struct AlignedSentence
{
    enum class Status { Same, Added, Removed, Reworded };

    Status status = Status::Same;
    int oldIndex = -1;      ///< sentence number in the old report, -1 for Added
    int newIndex = -1;      ///< sentence number in the new report, -1 for Removed
    QString oldText;        ///< for display (KeywordContext::displayText())
    QString newText;
    qsizetype oldOffset = -1; ///< the sentence in the old report's text
    qsizetype oldLength = 0;
    qsizetype newOffset = -1;
    qsizetype newLength = 0;
    QList<TextDiff::Span> removed; ///< Reworded: what oldText has that newText has not
    QList<TextDiff::Span> added;   ///< Reworded: what newText has that oldText has not
    QStringList oldNumbers;        ///< Reworded: the numbers of each side, in order
    QStringList newNumbers;

    static QString statusName(Status status);
    bool operator==(const AlignedSentence &other) const = default;
};

/*!
 * \brief Aligns the sentences of two reports: which stayed, which were added or removed,
 * which were reworded, and what changed inside the reworded ones.
 *
 * Identical sentences (after the counting rule's normalisation) are matched first, as a
 * longest common subsequence. Between two such anchors, removed and added sentences are
 * paired, in order, when they are similar enough (shared character pairs, see
 * TextDiff::similarity()): these are reworded.
 */
class ReportDiff
{
public:
    /// Sentences sharing less than this are an added and a removed one, not a rewording.
    static constexpr double rewordedThreshold = 0.5;

    static QList<AlignedSentence> compare(const QString &oldText, const QString &newText);
    /// The numbers of \a sentence, with their units and qualifiers ("5%左右", "3.2万亿元").
    static QStringList numbers(QStringView sentence);
    /// Whether either side of \a row holds one of \a matcher's terms.
    static bool mentions(const AlignedSentence &row, const KeywordMatcher &matcher);
};

} // namespace Annals
