#include "projectloader.h"

#include "datasetloader.h"
#include "projectdocument.h"
#include "projectserializer.h"

namespace Annals {

Result<Project> ProjectLoader::embeddedProject()
{
    Result<Dataset> dataset = DatasetLoader::loadEmbedded();
    if (!dataset)
        return dataset.error();
    return ProjectDocument::newProject(dataset.value());
}

Result<Project> ProjectLoader::load(const QString &path)
{
    return ProjectSerializer::readFile(path);
}

} // namespace Annals
