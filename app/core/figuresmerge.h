#pragma once

#include "dataset.h"

#include <QStringList>

namespace Annals {

/// How imported figures meet the figures a project already has.
enum class FigureImport {
    Add,     ///< the imported figures join the project's (FiguresMerge::add)
    Replace, ///< the imported figures and their sources take the place of the project's
};

/// What adding one dataset's figures to another did, for the undo text and the status bar.
struct FiguresMerge
{
    Dataset merged;
    QStringList addedSeries;   ///< ids (as merged) of the series the project did not have
    QStringList updatedSeries; ///< ids of the project's series the import added figures to
    int sourcesRenamed = 0;    ///< same id, other document: the imported source got a new id

    /*!
     * Adds the figures of \a imported to \a project, losing nothing of either:
     * - a series with a new id is appended;
     * - a series with an id the project has, in the same unit and kind, is updated: its
     *   figures for a year and vintage the import has are replaced by the imported ones, the
     *   others stay (a newer extract revises some years, it does not erase the rest);
     * - a series with an id the project has in another unit or kind is appended as "ID-2"
     *   (or -3…), its name followed by the imported dataset's title;
     * - sources keep their ids unless the project has the id for another document that it
     *   still cites; then the imported one becomes "ID-2" (or -3…) and its figures follow.
     *   Sources no figure cites any more are dropped.
     * The imported caveats are added, each prefixed with its dataset's title; the project's
     * metadata and keyword counts stay.
     */
    static FiguresMerge add(const Dataset &project, const Dataset &imported);
};

} // namespace Annals
