#pragma once

#include <QList>
#include <QStringView>

namespace Annals {

/*!
 * \brief Cuts report texts into sentences, by the rule of KeywordContext: a sentence ends
 * after 。！？；!?; (and '.' followed by whitespace) and at a blank line; a single line break
 * does not end one, because report texts break lines inside sentences.
 */
class SentenceSplitter
{
public:
    struct Span
    {
        qsizetype offset = 0;
        qsizetype length = 0;
        bool operator==(const Span &other) const = default;
    };

    /// Whether the character at \a i ends a sentence.
    static bool endsSentence(QStringView text, qsizetype i);
    /// Whether a line break at \a i is followed, after optional whitespace, by another.
    static bool isParagraphBreak(QStringView text, qsizetype i);
    /// The sentences of \a text in order, without surrounding whitespace; blank ones left out.
    static QList<Span> split(QStringView text);
};

} // namespace Annals
