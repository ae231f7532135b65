#pragma once

// Internal to PhraseFinder: one report cut into tokens and hashed n-grams.

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace Annals::PhraseGrams {

/// A Han character or an English word of the normalised text.
struct Token
{
    qsizetype start = 0;  ///< in the normalised text
    qsizetype end = 0;
    std::uint64_t key = 0; ///< the character, or a hash of the lower-cased word and its joiner
    std::uint64_t firstKey = 0; ///< key without the joiner, for a word that starts an n-gram
    qsizetype segmentEnd = 0;   ///< one past the last token of its punctuation-free run
    bool word = false;
};

/// An n-gram that does not only ever occur inside one longer n-gram of the same report.
struct Closed
{
    std::uint64_t hash = 0;
    int count = 0;
    int first = 0;  ///< token index of the first occurrence
    int length = 0; ///< in tokens
};

struct Document
{
    int year = 0;
    QString path;
    QString text;              ///< as read
    QString normalized;        ///< by the counting rule
    QList<qsizetype> mapping;  ///< per normalised character, its offset in text
    std::vector<Token> tokens;
    std::vector<std::uint64_t> hashes; ///< every n-gram of phrase length, sorted, distinct
    std::vector<Closed> closed;        ///< of phrase length, sorted by hash
};

/// Normalises, tokenises and hashes \a document (fills all but year, path and text).
void analyse(Document &document, int maxHanCharacters, int maxWords);

/// The hash of the n-gram of \a length tokens from token \a first, as analyse() computes it.
std::uint64_t gramHash(const Document &document, int first, int length);

/// The phrase as it is shown: the normalised text of the n-gram, English lower-cased.
QString phraseText(const Document &document, int first, int length);

} // namespace Annals::PhraseGrams
