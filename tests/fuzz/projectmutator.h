// The structure-aware mutator of fuzz_project_structured.
#pragma once

#include <QByteArray>

#include <cstdint>
#include <random>

namespace AnnalsFuzz {

/*!
 * \brief Changes one value of a project file the way a crafted file would, then gives it a
 * correct header (payload length and SHA-256), so that the loader gets past the checksum.
 *
 * Byte flips almost never survive the checksum, and fuzz_project_load's second load (header
 * recomputed) still mostly sees payloads that Boost refuses at the first number. This reads
 * the payload's layout (ProjectPayload) and changes one number, one text or one list item:
 * boundary values and small deltas for numbers, a length that disagrees with its bytes, long
 * texts, control characters and invalid UTF-8 for texts, an item duplicated or removed with
 * its count fixed (or left alone). When the payload does not parse, it changes space-separated
 * tokens instead.
 */
class ProjectMutator
{
public:
    explicit ProjectMutator(unsigned int seed) : m_random(seed) {}

    /// \a file mutated, with a correct header; at most \a maxSize bytes.
    QByteArray mutate(const QByteArray &file, std::size_t maxSize);

    /// The payload of \a file: after its five header lines, or all of it without them.
    static QByteArray payloadOf(const QByteArray &file);
    /// \a payload behind a correct format 1 header.
    static QByteArray withHeader(const QByteArray &payload);

private:
    QByteArray mutatePayload(const QByteArray &payload);
    QByteArray mutateTokens(const QByteArray &payload);
    QByteArray numberValue(const QByteArray &current, int kind, qsizetype bytesLeft);
    QByteArray textContent(const QByteArray &current);
    std::size_t below(std::size_t bound) { return bound ? m_random() % bound : 0; }

    std::minstd_rand m_random;
};

} // namespace AnnalsFuzz
