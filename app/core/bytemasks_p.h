#pragma once

// SSE2 tests on 16 bytes at a time, shared by the scanner's loops (keywordscanner.cpp,
// removedcharacters.cpp). A lane of a mask is 0xFF for true, 0 for false.

#ifdef __SSE2__
#include <emmintrin.h>

namespace Annals::ByteMasks {

/// x in [low, high], unsigned: min(x - low, high - low) == x - low.
inline __m128i inRange(__m128i x, int low, int high)
{
    const __m128i shifted = _mm_sub_epi8(x, _mm_set1_epi8(char(low)));
    const __m128i span = _mm_set1_epi8(char(high - low));
    return _mm_cmpeq_epi8(_mm_min_epu8(shifted, span), shifted);
}

inline __m128i equal(__m128i x, int byte)
{
    return _mm_cmpeq_epi8(x, _mm_set1_epi8(char(byte)));
}

/// ASCII letters and digits (KeywordPattern::isWordByte).
inline __m128i wordBytes(__m128i x)
{
    return _mm_or_si128(inRange(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z'),
                        inRange(x, '0', '9'));
}

} // namespace Annals::ByteMasks

#endif
