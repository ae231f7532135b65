#pragma once

#include "phraserow.h"
#include "reporttext.h"
#include "stoplist.h"

#include <QList>

#include <atomic>
#include <functional>
#include <memory>

namespace Annals {

struct PhraseIndex;

/// How long a phrase may be (PhraseFinder).
struct PhraseOptions
{
    int maxHanCharacters = 8;
    int maxWords = 5;
};

/*!
 * \brief Finds the phrases that are new in a report year, and those that were dropped.
 *
 * Texts are read after the counting rule's normalisation (whitespace, line breaks and
 * zero-width characters removed, see KeywordContext::displayText()), so a phrase's count is
 * the count the keyword engine gives for it. A phrase is a run of 2 to
 * PhraseOptions::maxHanCharacters Han characters, or 1 to maxWords English words (ASCII letters
 * and digits, at least one letter, joined by a space, '-' or '\''), that does not cross
 * punctuation or any other character.
 *
 * New in Y: occurs in Y and in no report of an earlier year. Dropped in Y: occurs in the
 * report before Y (the previous year loaded) and in no report of Y or later.
 *
 * Overlapping n-grams are merged into maximal phrases: an n-gram is listed only when no
 * n-gram one character (or word) longer that contains it has the same count in that report,
 * i.e. when it does not only ever occur inside one longer phrase (工智 only ever occurs in
 * 人工智能 and is not listed; 人工智能 is, as long as what surrounds it varies).
 *
 * New rows rank by how many later report years use the phrase, then by count; dropped rows by
 * how many earlier years used it, then by count; ties by first occurrence in the report.
 */
class PhraseFinder
{
public:
    PhraseFinder();
    ~PhraseFinder();
    PhraseFinder(PhraseFinder &&) noexcept;
    PhraseFinder &operator=(PhraseFinder &&) noexcept;

    using Progress = std::function<void(int done, int total)>;

    /*!
     * Indexes \a reports (on all cores). \a progress is called from worker threads as
     * reports are done; when \a cancel becomes true the index is left empty.
     */
    void build(const QList<ReportText> &reports, const PhraseOptions &options = {},
               const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    /// The years of the indexed reports, ascending, each once.
    QList<int> years() const;
    bool isEmpty() const;

    /// The new phrases of \a year, best first; at most \a top (all when 0).
    QList<PhraseRow> newPhrases(int year, const StopList &stopList, int top = 0) const;
    /// The phrases dropped in \a year, best first; at most \a top (all when 0).
    QList<PhraseRow> droppedPhrases(int year, const StopList &stopList, int top = 0) const;

private:
    QList<PhraseRow> rows(int year, PhraseRow::Status status, const StopList &stopList,
                          int top) const;

    std::unique_ptr<PhraseIndex> m_index;
};

} // namespace Annals
