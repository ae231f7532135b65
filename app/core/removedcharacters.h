#pragma once

#include <QtGlobal>

namespace Annals::RemovedCharacters {

// The characters the counting rule removes from UTF-8 text (CorpusCounter::countingRule()):
// whitespace (ASCII, U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F,
// U+3000) and zero-width characters (U+200B-U+200D, U+2060, U+FEFF). KeywordScanner's
// normalize() is built on these two.

/*!
 * Length in bytes of the removed character at data[i]; 0 when the character there stays,
 * -1 when that cannot be told before more data arrives (only when \a last is false).
 * \a space tells whether it is whitespace (which may become a space between two words).
 */
int length(const uchar *data, qsizetype i, qsizetype size, bool last, bool *space);

/*!
 * The first byte at or after \a from that may start a removed character, or \a size. A
 * single space between two ASCII letters or digits after \a from is passed over (it stays as
 * it is), and so are lead bytes that the next bytes show to start another character (the
 * Chinese comma and full stop): fewer stops mean longer copies.
 */
qsizetype nextSpecialByte(const uchar *data, qsizetype from, qsizetype size);

} // namespace Annals::RemovedCharacters
