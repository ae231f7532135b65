// libFuzzer target: bytes -> KeywordCountsJson::read (see run-fuzzers.sh).
//
// What reads must write and read back to the same counts: `annals count` writes these files
// and the app reads them, so a file that does not survive its own writer loses counts.

#include "fuzzcheck.h"
#include "keywordcountsjson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using Annals::KeywordCountsJson;
    const QByteArray bytes = AnnalsFuzz::bytesOf(data, size);
    const Annals::Result<Annals::KeywordCounts> counts
        = KeywordCountsJson::read(bytes, QStringLiteral("fuzz.json"));
    if (!counts) {
        AnnalsFuzz::check(!counts.error().message.isEmpty(), "an error without a message");
        return 0;
    }
    const QByteArray written = KeywordCountsJson::write(counts.value());
    const Annals::Result<Annals::KeywordCounts> again
        = KeywordCountsJson::read(written, QStringLiteral("written.json"));
    if (!again)
        AnnalsFuzz::fail("written counts do not read back:", again.error().toString());
    // As bytes, for the same reason as a project (fuzzcheck.h): UTF-8 has no lone surrogates.
    AnnalsFuzz::check(KeywordCountsJson::write(again.value()) == written,
                      "keyword counts changed in a write/read round trip");
    return 0;
}
