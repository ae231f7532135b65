#include "datasetloader.h"

#include "extractreader.h"
#include "figurescsvreader.h"

namespace Annals {

Result<Dataset> DatasetLoader::loadEmbedded()
{
    return ExtractReader::readFile(embeddedExtractPath());
}

Result<Dataset> DatasetLoader::loadExtract(const QString &path)
{
    return ExtractReader::readFile(path);
}

Result<Dataset> DatasetLoader::loadFiguresCsv(const QString &path)
{
    return FiguresCsvReader::readFile(path);
}

} // namespace Annals
