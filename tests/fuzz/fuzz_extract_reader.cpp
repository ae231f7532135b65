// libFuzzer target: bytes -> ExtractReader::parse (see run-fuzzers.sh).
//
// Whatever parses must be a dataset the rest of Annals accepts: it goes into a project that
// saves and opens again (fuzzcheck.h).

#include "extractreader.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = AnnalsFuzz::bytesOf(data, size);
    const Annals::Result<Annals::Dataset> dataset
        = Annals::ExtractReader::parse(bytes, QStringLiteral("fuzz.json"));
    if (!dataset) {
        AnnalsFuzz::check(!dataset.error().message.isEmpty(), "an error without a message");
        return 0;
    }
    Annals::Project project;
    project.dataset = dataset.value();
    AnnalsFuzz::checkProjectRoundTrip(project);
    return 0;
}
