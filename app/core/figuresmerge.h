#pragma once

#include "dataset.h"

#include <QStringList>

namespace Annals {

/// How imported figures meet the figures a project already has.
enum class FigureImport {
    Add,     ///< the imported series join the project's; a series with the same id is updated
    Replace, ///< the imported figures and their sources take the place of the project's
};

/// What adding one dataset's figures to another did, for the undo text and the status bar.
struct FiguresMerge
{
    Dataset merged;
    QStringList addedSeries;   ///< ids of the series the project did not have
    QStringList updatedSeries; ///< ids of the series the imported copy replaced
    int sourcesRenamed = 0;    ///< same id, other document: the imported source got a new id

    /*!
     * Adds the figures of \a imported to \a project: series with a new id are appended, a
     * series with an id the project has replaces it (a newer extract of the same series).
     * Sources keep their ids unless the project has the id for another document that its own
     * series still cite; then the imported one becomes "ID-2" (or -3…) and its observations
     * follow; sources only the updated series cited are dropped. The imported caveats are added, each prefixed with its dataset's title; the
     * project's metadata and keyword counts stay.
     */
    static FiguresMerge add(const Dataset &project, const Dataset &imported);
};

} // namespace Annals
