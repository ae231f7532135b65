// Helpers shared by the libFuzzer targets (see run-fuzzers.sh).
#pragma once

#include "project.h"
#include "projectserializer.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace AnnalsFuzz {

/// The fuzzer's bytes without a copy; valid for the duration of LLVMFuzzerTestOneInput().
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// A broken invariant is a finding: say which one, then abort so libFuzzer keeps the input.
[[noreturn]] inline void fail(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "INVARIANT BROKEN: %s %s\n", what, qPrintable(detail));
    std::abort();
}

inline void check(bool condition, const char *what, const QString &detail = QString())
{
    if (!condition)
        fail(what, detail);
}

/*!
 * Whatever a reader accepts must survive a project round trip: the analyst imports it, saves,
 * and must be able to open the file again (ProjectSerializer refuses values that no reader
 * accepts, so a reader that is more lenient than the project validator loses work).
 */
inline void checkProjectRoundTrip(const Annals::Project &project)
{
    using Annals::ProjectSerializer;
    const QByteArray saved = ProjectSerializer::save(project);
    if (saved.size() > ProjectSerializer::maxFileBytes)
        return;
    const Annals::Result<Annals::Project> loaded = ProjectSerializer::load(saved, "fuzz");
    if (!loaded)
        fail("an accepted input does not reopen as a project:", loaded.error().toString());
    // Compared as bytes: the file keeps UTF-8, so a lone surrogate reads back as U+FFFD.
    check(ProjectSerializer::save(loaded.value()) == saved, "project round trip changed bytes");
}

/// A small deterministic generator for parameters derived from the input (chunk sizes).
class SplitMix
{
public:
    explicit SplitMix(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// 1 to \a limit, small sizes far more often than large ones.
    qsizetype chunkSize(qsizetype limit)
    {
        const std::uint64_t r = next();
        const qsizetype cap = (r & 3) == 0 ? limit : std::min<qsizetype>(limit, 8);
        return 1 + qsizetype((r >> 8) % std::uint64_t(std::max<qsizetype>(cap, 1)));
    }

private:
    std::uint64_t m_state;
};

/// A seed for SplitMix from the input itself, so that a saved input replays exactly.
inline std::uint64_t seedOf(const QByteArray &bytes)
{
    std::uint64_t hash = 1469598103934665603ull; // FNV-1a
    for (const char c : bytes)
        hash = (hash ^ std::uint8_t(c)) * 1099511628211ull;
    return hash;
}

} // namespace AnnalsFuzz
