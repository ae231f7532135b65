#pragma once

#include "project.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Annals {

/*!
 * The report texts a project can read: embedded in the project, or at their recorded path
 * with the recorded SHA-256 (a changed file is refused, so counts never silently drift).
 * Decoded texts are cached; safe to use from worker threads.
 */
class TextLibrary
{
    Q_DECLARE_TR_FUNCTIONS(Annals::TextLibrary)

public:
    static Result<QString> load(const ReportTextRef &ref);
    /// The text reference counted into \a document (same SHA-256), or nullptr.
    static const ReportTextRef *refFor(const Project &project, const DocumentCounts &document);
    static void clearCache();
};

} // namespace Annals
