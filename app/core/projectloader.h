#pragma once

#include "project.h"
#include "result.h"

#include <QString>

namespace Annals {

/// Where projects come from: the embedded dataset, a project file, or an imported extract.
class ProjectLoader
{
public:
    /// The view an analyst sees first for \a dataset.
    static ViewState defaultView(const Dataset &dataset);
    /// A new project holding \a dataset, in its default view.
    static Project newProject(const Dataset &dataset);
    /// A new project on the embedded dataset, in its default view.
    static Result<Project> embeddedProject();
    /// The project at \a path, or the embedded one when \a path is empty (the commands that
    /// take an optional PROJECT.annals).
    static Result<Project> loadOrEmbedded(const QString &path);
    /// A saved project (.annals); any other file is refused with a message naming it.
    static Result<Project> load(const QString &path);
};

} // namespace Annals
