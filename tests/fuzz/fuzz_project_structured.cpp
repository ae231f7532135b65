// libFuzzer target: ProjectSerializer::load with a structure-aware mutator (see
// projectmutator.h and run-fuzzers.sh).
//
// Every input the mutator makes has a correct header, so each execution reaches the archive
// checks and the validator; fuzz_project_load covers the header itself. Whatever loads must
// save and load back to the same bytes. One mutation in eight is libFuzzer's own, on the
// payload, so that bytes the layout knows nothing about still change.

#include "fuzzcheck.h"
#include "projectmutator.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t *data, std::size_t size,
                                        std::size_t maxSize);

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = AnnalsFuzz::bytesOf(data, size);
    const Annals::Result<Annals::Project> loaded = Annals::ProjectSerializer::load(bytes,
                                                                                   "fuzz");
    if (loaded)
        AnnalsFuzz::checkProjectRoundTrip(loaded.value());
    return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size,
                                               std::size_t maxSize, unsigned int seed)
{
    using AnnalsFuzz::ProjectMutator;
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray mutated;
    if (seed % 8 == 0) {
        QByteArray payload = ProjectMutator::payloadOf(file);
        // Room for the header, which takes about 160 bytes.
        const qsizetype used = payload.size();
        const qsizetype room = std::max(used, qsizetype(maxSize) - 256);
        payload.resize(room);
        const std::size_t length = LLVMFuzzerMutate(reinterpret_cast<std::uint8_t *>(
                                                        payload.data()),
                                                    std::size_t(used), std::size_t(room));
        payload.truncate(qsizetype(length));
        mutated = ProjectMutator::withHeader(payload);
    } else {
        mutated = ProjectMutator(seed).mutate(file, maxSize);
    }
    mutated.truncate(qsizetype(maxSize));
    std::memcpy(data, mutated.constData(), std::size_t(mutated.size()));
    return std::size_t(mutated.size());
}
