#pragma once

#include "annotation.h"
#include "datasetloader.h"
#include "projectdocument.h"
#include "projectloader.h"

#include <QtGlobal>

namespace Annals::AutosaveScript {

// The session that tst_crashrecovery kills: the same steps in autosavehelper.cpp and in the
// test, which replays them to know what recovery must give back.

/// The project the session starts from (and the restarted app opens first): the embedded one.
inline Project startProject()
{
    const Result<Dataset> dataset = DatasetLoader::loadEmbedded();
    if (!dataset)
        qFatal("embedded dataset: %s", qPrintable(dataset.error().toString()));
    return ProjectLoader::newProject(dataset.value());
}

/// What the project file the session worked on was called.
inline QString originalPath()
{
    return QStringLiteral("/analyses/st-budgets.annals");
}

/// Edits made before the autosave: recovery must restore them.
inline void editsBeforeAutosave(ProjectDocument &document)
{
    document.setYearRange(2015, 2024);
    document.addAnnotation({2018, 2019, QStringLiteral("Export controls"),
                            QStringLiteral("Made before the autosave."),
                            QStringLiteral("#aa3300")});
    document.setKeywordShown(QStringLiteral("科技"), false);
}

/// An edit after the autosave, just before the crash: it is lost, by design.
inline void editAfterAutosave(ProjectDocument &document)
{
    document.setYearRange(2011, 2013);
}

} // namespace Annals::AutosaveScript
