// libFuzzer target: bytes -> decodeUtf8 -> FiguresCsvReader::parse, as readFile() does (see
// run-fuzzers.sh). Whatever parses must save and open again as a project (fuzzcheck.h).

#include "datafile.h"
#include "figurescsvreader.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = AnnalsFuzz::bytesOf(data, size);
    const QString fileName = QStringLiteral("fuzz.csv");
    const Annals::Result<QString> text = Annals::decodeUtf8(bytes, fileName);
    if (!text)
        return 0;
    const Annals::Result<Annals::Dataset> dataset
        = Annals::FiguresCsvReader::parse(text.value(), fileName);
    if (!dataset) {
        AnnalsFuzz::check(!dataset.error().message.isEmpty(), "an error without a message");
        return 0;
    }
    for (const Annals::Series &series : dataset.value().series)
        AnnalsFuzz::check(!series.observations.isEmpty(), "a series without observations");
    Annals::Project project;
    project.dataset = dataset.value();
    AnnalsFuzz::checkProjectRoundTrip(project);
    return 0;
}
