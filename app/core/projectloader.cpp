#include "projectloader.h"

#include "datasetloader.h"
#include "projectserializer.h"

namespace Annals {

Result<Project> ProjectLoader::embeddedProject()
{
    Result<Dataset> dataset = DatasetLoader::loadEmbedded();
    if (!dataset)
        return dataset.error();
    return newProject(dataset.value());
}

Result<Project> ProjectLoader::loadOrEmbedded(const QString &path)
{
    return path.isEmpty() ? embeddedProject() : load(path);
}

ViewState ProjectLoader::defaultView(const Dataset &dataset)
{
    ViewState view;
    const auto [first, last] = dataset.figureYearSpan();
    if (last >= first) {
        view.firstYear = first;
        view.lastYear = std::max(last, dataset.yearSpan().second);
    }
    // National R&D spending is in no chart, but its figures (and the "3.3 trillion" caveat)
    // belong in the table and the details from the start.
    view.shownOptionalPlots.append(QStringLiteral("figure/rd_expenditure_total/actual"));
    for (const char *term : {"科技", "创新", "改革", "人工智能"}) {
        if (dataset.keywords.term(QString::fromUtf8(term)))
            view.shownKeywords.append(QString::fromUtf8(term));
    }
    // Open on the latest year with an R&D intensity figure, so the details panel shows
    // something from the start.
    if (const Series *intensity = dataset.findSeries(QStringLiteral("rd_intensity_pct_gdp"))) {
        for (const Observation &observation : intensity->observations) {
            if (observation.isChartable())
                view.selectedYear = std::max(view.selectedYear, observation.year);
        }
    }
    return view;
}

Project ProjectLoader::newProject(const Dataset &dataset)
{
    Project project;
    project.dataset = dataset;
    project.view = defaultView(dataset);
    return project;
}

Result<Project> ProjectLoader::load(const QString &path)
{
    return ProjectSerializer::readFile(path);
}

} // namespace Annals
