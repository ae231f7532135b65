// libFuzzer target: bytes -> ProjectSerializer::load (see run-fuzzers.sh).
//
// Each input is loaded twice: as it is, which exercises the header checks, and with its
// header rewritten to match its payload (length and SHA-256). A fuzzer cannot forge SHA-256,
// but an attacker can compute it, so the second load is where the archive checks must hold.
// Whatever loads must save and load back to the same bytes.

#include "projectserializer.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// The payload of a file laid out as resources/project-format.md describes: after five lines.
QByteArray payloadOf(const QByteArray &file)
{
    qsizetype position = 0;
    for (int line = 0; line < 5; ++line) {
        position = file.indexOf('\n', position);
        if (position < 0)
            return file;
        ++position;
    }
    return file.mid(position);
}

QByteArray withCorrectHeader(const QByteArray &payload)
{
    return "ANNALS-PROJECT\nformat: 1\nwritten-by: Annals 0.1.0\npayload-length: "
           + QByteArray::number(payload.size()) + "\npayload-sha256: "
           + QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex() + '\n'
           + payload;
}

void loadAndCheck(const QByteArray &bytes)
{
    using Annals::ProjectSerializer;
    const Annals::Result<Annals::Project> loaded = ProjectSerializer::load(bytes, "fuzz");
    if (!loaded)
        return;
    const QByteArray saved = ProjectSerializer::save(loaded.value());
    const Annals::Result<Annals::Project> again = ProjectSerializer::load(saved, "resaved");
    // Compared as bytes: a NaN figure is never equal to itself, its bytes are.
    if (!again || ProjectSerializer::save(again.value()) != saved)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    loadAndCheck(bytes);
    loadAndCheck(withCorrectHeader(payloadOf(bytes)));
    return 0;
}
