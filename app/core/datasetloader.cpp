#include "datasetloader.h"

#include "extractreader.h"
#include "figurescsvreader.h"
#include "keywordcountsjson.h"

namespace Annals {

Result<Dataset> DatasetLoader::loadEmbedded()
{
    Result<Dataset> dataset = ExtractReader::readFile(embeddedExtractPath());
    if (!dataset)
        return dataset;
    Result<KeywordCounts> keywords = KeywordCountsJson::readFile(embeddedKeywordCountsPath());
    if (!keywords)
        return keywords.error();
    dataset.value().keywords = keywords.value();
    return dataset;
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
