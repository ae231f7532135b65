#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Annals {

/*!
 * \brief One keyword as the matcher sees it.
 *
 * A keyword that contains a Han character is a plain substring (科技 also counts inside
 * 科技创新). Any other keyword is English: matched case-insensitively on word boundaries
 * ("AI" is not found inside "said"); a trailing '*' makes it a prefix ("technolog*").
 *
 * Keywords and texts are compared after the same normalisation, the published counting rule:
 * whitespace (QChar::isSpace, including U+3000) and zero-width characters (U+200B, U+200C,
 * U+200D, U+2060, U+FEFF) are removed, except that whitespace between two ASCII letters or
 * digits becomes one space so that English words stay apart; ASCII letters are lower-cased.
 */
class KeywordPattern
{
    Q_DECLARE_TR_FUNCTIONS(Annals::KeywordPattern)

public:
    enum class Kind { Substring, Word };

    /// Parses a keyword as typed by the user; fails for an empty keyword or a misplaced '*'.
    static Result<KeywordPattern> parse(const QString &spec);

    const QString &spec() const { return m_spec; }
    Kind kind() const { return m_kind; }
    bool isPrefix() const { return m_prefix; }
    /// The normalised keyword in UTF-8, as it must appear in the normalised text.
    const QByteArray &normalized() const { return m_normalized; }
    /// Whether the character after a match must not be an ASCII letter or digit.
    bool needsEndBoundary() const { return m_endBoundary; }
    /*!
     * The normalised bytes with wordStartMarker inserted before every ASCII letter or digit
     * that follows a character that is not one (a word start). A Word pattern that begins
     * with a letter or digit starts with the marker; a Substring pattern never does.
     */
    std::vector<int> markedSymbols() const;

    /// The symbol that markedSymbols() uses for a word start (not a byte value).
    static constexpr int wordStartMarker = 256;

    /// Normalises \a text by the counting rule (for keywords and tests; texts are
    /// normalised on the fly by the matcher).
    static QByteArray normalize(QStringView text);
    static bool isRemovedSpace(char32_t codePoint);
    static bool isZeroWidth(char32_t codePoint);
    static bool isWordByte(uchar byte)
    {
        return (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z')
               || (byte >= 'A' && byte <= 'Z');
    }

    bool operator==(const KeywordPattern &other) const = default;

private:
    QString m_spec;
    Kind m_kind = Kind::Substring;
    bool m_prefix = false;
    bool m_endBoundary = false;
    QByteArray m_normalized;
};

} // namespace Annals
