#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <array>
#include <cstdint>

namespace Annals {

/*!
 * \brief SHA-256 of a byte stream, using the CPU's SHA instructions where it has them.
 *
 * Every counted report records the hash of its bytes; QCryptographicHash manages about
 * 170 MB/s, which would make hashing slower than keyword counting itself. Results are
 * identical to QCryptographicHash::Sha256 (the tests compare them).
 */
class Sha256
{
public:
    Sha256();

    void addData(QByteArrayView data);
    /// The digest (32 bytes); the object is reset afterwards.
    QByteArray result();

    static QByteArray hash(QByteArrayView data);
    /// Whether the SHA instructions are used on this machine.
    static bool isAccelerated();

private:
    void reset();
    void compress(const std::uint8_t *blocks, std::size_t count);

    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer;
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;
    QCryptographicHash m_fallback;
    bool m_accelerated;
};

} // namespace Annals
