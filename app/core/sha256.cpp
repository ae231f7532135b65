#include "sha256.h"

#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define ANNALS_SHA256_X86 1
#endif

namespace Annals {

namespace {

alignas(16) const std::uint32_t roundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

const std::uint32_t initialState[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

bool detectShaInstructions()
{
#ifdef ANNALS_SHA256_X86
    unsigned eax = 0;
    unsigned ebx = 0;
    unsigned ecx = 0;
    unsigned edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & (1u << 9);
    const bool sse41 = ecx & (1u << 19);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = ebx & (1u << 29);
    return ssse3 && sse41 && sha;
#else
    return false;
#endif
}

#ifdef ANNALS_SHA256_X86
#define ANNALS_SHA_TARGET __attribute__((target("sha,sse4.1,ssse3")))

// One group of four rounds of the Intel SHA extensions sequence (Intel's white paper "New
// Instructions Supporting the Secure Hash Algorithm on Intel Architecture Processors"):
// rounds 4g..4g+3 on schedule word w, advancing the message schedule in next and previous.
ANNALS_SHA_TARGET inline __attribute__((always_inline)) void
shaGroup(int g, __m128i &state0, __m128i &state1, const __m128i &w, __m128i &previous,
         __m128i &next, bool updateNext, bool updatePrevious)
{
    __m128i message = _mm_add_epi32(
        w, _mm_load_si128(reinterpret_cast<const __m128i *>(roundConstants + 4 * g)));
    state1 = _mm_sha256rnds2_epu32(state1, state0, message);
    if (updateNext) {
        next = _mm_add_epi32(next, _mm_alignr_epi8(w, previous, 4));
        next = _mm_sha256msg2_epu32(next, w);
    }
    message = _mm_shuffle_epi32(message, 0x0E);
    state0 = _mm_sha256rnds2_epu32(state0, state1, message);
    if (updatePrevious)
        previous = _mm_sha256msg1_epu32(previous, w);
}

ANNALS_SHA_TARGET void compressShaNi(std::uint32_t *state, const std::uint8_t *data,
                                     std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);               // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);         // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);      // CDGH

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefSave = state0;
        const __m128i cdghSave = state1;
        __m128i m[4];
        for (int i = 0; i < 4; ++i) {
            m[i] = _mm_shuffle_epi8(
                _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
        }
        shaGroup(0, state0, state1, m[0], m[3], m[1], false, false);
        shaGroup(1, state0, state1, m[1], m[0], m[2], false, true);
        shaGroup(2, state0, state1, m[2], m[1], m[3], false, true);
        for (int g = 3; g < 13; ++g)
            shaGroup(g, state0, state1, m[g % 4], m[(g + 3) % 4], m[(g + 1) % 4], true, true);
        shaGroup(13, state0, state1, m[1], m[0], m[2], true, false);
        shaGroup(14, state0, state1, m[2], m[1], m[3], true, false);
        shaGroup(15, state0, state1, m[3], m[2], m[0], false, false);
        state0 = _mm_add_epi32(state0, abefSave);
        state1 = _mm_add_epi32(state1, cdghSave);
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);       // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);    // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // ABEF
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), state1);
}
#endif

const bool shaInstructions = detectShaInstructions();

} // namespace

Sha256::Sha256()
    : m_fallback(QCryptographicHash::Sha256)
    , m_accelerated(shaInstructions)
{
    reset();
}

bool Sha256::isAccelerated()
{
    return shaInstructions;
}

void Sha256::reset()
{
    std::memcpy(m_state.data(), initialState, sizeof initialState);
    m_buffered = 0;
    m_length = 0;
    m_fallback.reset();
}

void Sha256::compress(const std::uint8_t *blocks, std::size_t count)
{
#ifdef ANNALS_SHA256_X86
    compressShaNi(m_state.data(), blocks, count);
#else
    Q_UNUSED(blocks);
    Q_UNUSED(count);
#endif
}

void Sha256::addData(QByteArrayView data)
{
    if (!m_accelerated) {
        m_fallback.addData(data);
        return;
    }
    if (data.isEmpty()) // memcpy() below must not see the null pointer of empty data
        return;
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(data.data());
    std::size_t size = std::size_t(data.size());
    m_length += size;
    if (m_buffered > 0) {
        const std::size_t taken = std::min(size, 64 - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, bytes, taken);
        m_buffered += taken;
        bytes += taken;
        size -= taken;
        if (m_buffered < 64)
            return;
        compress(m_buffer.data(), 1);
        m_buffered = 0;
    }
    if (size >= 64) {
        compress(bytes, size / 64);
        bytes += size / 64 * 64;
        size %= 64;
    }
    std::memcpy(m_buffer.data(), bytes, size);
    m_buffered = size;
}

QByteArray Sha256::result()
{
    if (!m_accelerated) {
        const QByteArray digest = m_fallback.result();
        reset();
        return digest;
    }
    const std::uint64_t bits = m_length * 8;
    std::uint8_t padding[72] = {0x80};
    const std::size_t padLength = (m_buffered < 56 ? 56 : 120) - m_buffered;
    for (int i = 0; i < 8; ++i)
        padding[padLength + i] = std::uint8_t(bits >> (56 - 8 * i));
    addData(QByteArrayView(reinterpret_cast<const char *>(padding), qsizetype(padLength + 8)));
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        digest[4 * i] = char(m_state[i] >> 24);
        digest[4 * i + 1] = char(m_state[i] >> 16);
        digest[4 * i + 2] = char(m_state[i] >> 8);
        digest[4 * i + 3] = char(m_state[i]);
    }
    reset();
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

} // namespace Annals
