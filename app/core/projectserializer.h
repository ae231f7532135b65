#pragma once

#include "inputlimits.h"
#include "project.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Annals {

/*!
 * \brief Saves and opens project files (.annals).
 *
 * A project file is a short text header (magic line, format version, the Annals version that
 * wrote it, payload length and SHA-256) followed by a Boost.Serialization text archive of the
 * Project. resources/project-format.md specifies it, with its limits.
 *
 * Project files are untrusted input: load() checks the header, the length, the checksum and
 * the archive header before Boost reads anything, and reads through an archive that refuses
 * every length or count larger than the data left. Whatever the bytes, it returns an Error
 * rather than crashing or allocating without bound. Boost stays inside projectserializer.cpp.
 */
class ProjectSerializer
{
    Q_DECLARE_TR_FUNCTIONS(Annals::ProjectSerializer)

public:
    /// The project format this version writes, and the newest it opens.
    static constexpr int formatVersion = 2; // 2: targets, periods, view state 2
    /// The largest project file written or opened: 64 MiB (header included).
    static constexpr qint64 maxFileBytes = InputLimits::maxProjectFileBytes;

    /// The first line of every project file, without its line feed.
    static QByteArray magic() { return QByteArrayLiteral("ANNALS-PROJECT"); }
    /// The Annals version recorded in the files this build writes.
    static QString appVersion();

    /// The complete file contents for \a project: header and payload. Empty only when memory
    /// ran out.
    static QByteArray save(const Project &project);
    /*!
     * Reads a project from the complete file contents \a bytes; \a fileName is only used in
     * error messages. Never throws.
     */
    static Result<Project> load(const QByteArray &bytes, const QString &fileName);

    /// Reads the project file at \a path (refusing folders and files over maxFileBytes).
    static Result<Project> readFile(const QString &path);
    /*!
     * Writes \a project to \a path atomically: the file is replaced only when everything was
     * written, so a failure leaves the previous file as it was.
     */
    static Result<void> writeFile(const Project &project, const QString &path);
};

} // namespace Annals
