#include "removedcharacters.h"

#include "bytemasks_p.h"

#include <QtAlgorithms>

namespace Annals::RemovedCharacters {

namespace {

// Bytes that may start a removed character: ASCII whitespace and the lead bytes of U+0085,
// U+00A0 (C2), U+1680 (E1), U+2000-U+200D, U+2028, U+2029, U+202F, U+205F, U+2060 (E2),
// U+3000 (E3) and U+FEFF (EF).
struct SpecialBytes
{
    bool table[256] = {};
    constexpr SpecialBytes()
    {
        for (int byte : {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF})
            table[byte] = true;
    }
};
constexpr SpecialBytes specialBytes;

} // namespace

int length(const uchar *data, qsizetype i, qsizetype size, bool last, bool *space)
{
    const uchar lead = data[i];
    if (lead == ' ' || (lead >= 0x09 && lead <= 0x0D)) {
        *space = true;
        return 1;
    }
    if (lead != 0xC2 && lead != 0xE1 && lead != 0xE2 && lead != 0xE3 && lead != 0xEF)
        return 0;
    const int needed = lead == 0xC2 ? 1 : 2;
    if (i + needed >= size)
        return last ? 0 : -1;
    const uchar second = data[i + 1];
    const uchar third = needed == 2 ? data[i + 2] : 0;
    switch (lead) {
    case 0xC2: // U+0085, U+00A0
        *space = true;
        return (second == 0x85 || second == 0xA0) ? 2 : 0;
    case 0xE1: // U+1680
        *space = true;
        return (second == 0x9A && third == 0x80) ? 3 : 0;
    case 0xE2:
        if (second == 0x80) {
            if (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF) {
                *space = true; // U+2000-U+200A, U+2028, U+2029, U+202F
                return 3;
            }
            if (third <= 0x8D) {
                *space = false; // U+200B-U+200D
                return 3;
            }
            return 0;
        }
        if (second == 0x81 && (third == 0x9F || third == 0xA0)) {
            *space = third == 0x9F; // U+205F is a space, U+2060 a word joiner
            return 3;
        }
        return 0;
    case 0xE3: // U+3000
        *space = true;
        return (second == 0x80 && third == 0x80) ? 3 : 0;
    default: // 0xEF: U+FEFF
        *space = false;
        return (second == 0xBB && third == 0xBF) ? 3 : 0;
    }
}

#ifdef __SSE2__
namespace {

// The bytes of \a bytes that may start a removed character (see specialBytes), less those
// its next bytes show to stay: a single space between two word bytes, kept as it is, and a
// lead byte that starts another character (the Chinese comma and full stop start with EF
// and E3). Only neighbours inside the 16 bytes are looked at: a byte at either edge whose
// neighbour is outside stays special.
int specialMask(__m128i bytes)
{
    using namespace ByteMasks;
    const __m128i spaces = equal(bytes, ' ');
    const __m128i c2 = equal(bytes, 0xC2);
    const __m128i e1 = equal(bytes, 0xE1);
    const __m128i e2 = equal(bytes, 0xE2);
    const __m128i e3 = equal(bytes, 0xE3);
    const __m128i ef = equal(bytes, 0xEF);
    const __m128i leads
        = _mm_or_si128(_mm_or_si128(c2, ef), _mm_or_si128(e1, _mm_or_si128(e2, e3)));
    const int special = _mm_movemask_epi8(_mm_or_si128(
        _mm_or_si128(spaces, inRange(bytes, 0x09, 0x0D)), leads));
    if (special == 0)
        return 0;

    const __m128i previous = _mm_slli_si128(bytes, 1);
    const __m128i next = _mm_srli_si128(bytes, 1);
    const __m128i afterNext = _mm_srli_si128(bytes, 2);
    const int keptSpaces = _mm_movemask_epi8(
        _mm_and_si128(spaces, _mm_and_si128(wordBytes(previous), wordBytes(next))));
    // The lead bytes of length()'s characters with the byte(s) that must follow.
    const __m128i removable = _mm_or_si128(
        _mm_or_si128(_mm_and_si128(c2, _mm_or_si128(equal(next, 0x85), equal(next, 0xA0))),
                     _mm_and_si128(e1, equal(next, 0x9A))),
        _mm_or_si128(_mm_and_si128(e2, _mm_or_si128(equal(next, 0x80), equal(next, 0x81))),
                     _mm_or_si128(_mm_and_si128(e3, _mm_and_si128(equal(next, 0x80),
                                                                  equal(afterNext, 0x80))),
                                  _mm_and_si128(ef, equal(next, 0xBB)))));
    constexpr int twoBytesFollow = 0x3FFF; // lanes 0-13
    const int otherCharacters
        = _mm_movemask_epi8(_mm_andnot_si128(removable, leads)) & twoBytesFollow;
    return special & ~keptSpaces & ~otherCharacters;
}

} // namespace
#endif

qsizetype nextSpecialByte(const uchar *data, qsizetype from, qsizetype size)
{
    qsizetype i = from;
#ifdef __SSE2__
    for (; i + 16 <= size; i += 16) {
        const int mask
            = specialMask(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i)));
        if (mask != 0)
            return i + qCountTrailingZeroBits(quint32(mask));
    }
#endif
    while (i < size && !specialBytes.table[data[i]])
        ++i;
    return i;
}

} // namespace Annals::RemovedCharacters
