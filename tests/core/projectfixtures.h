#pragma once

#include "project.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Annals {

/// A project file the tests keep in tests/data, with the bytes it was made from.
struct ProjectFixtureFile
{
    QString name;     ///< file name inside tests/data/project-invalid/
    QByteArray bytes; ///< what the file holds
};

/*!
 * \brief Projects and crafted files for the project serializer tests and the fuzz corpus.
 *
 * The committed files in tests/data/project/ and tests/data/project-invalid/ were written from
 * these functions (see tests/data/project/README.md); the tests read the committed files.
 */
class ProjectFixtures
{
public:
    /*!
     * The project tests/data/project/v1-golden.annals was made from. Never change it: the
     * golden file must keep opening as exactly this project in every later version.
     */
    /// Every field of the model set; what tests/data/project/v2-r3-golden.annals holds.
    static Project goldenProject();
    /// goldenProject() before ViewState record 3 had chart layouts (v2-golden.annals).
    static Project goldenProjectViewRecord2();
    /// goldenProject() as format 1 saved it: no targets or periods, and ViewState had no
    /// brushed range, stop-list or plan periods yet (tests/data/project/v1-r2-golden.annals).
    static Project goldenProjectFormat1();
    /// goldenProjectFormat1() as the first writer saved it: DocumentCounts had no notes yet
    /// (tests/data/project/v1-golden.annals).
    static Project goldenProjectFirstRecords();
    /// A project with one of everything, small enough for the fuzz seed corpus.
    static Project smallProject();

    /// A project file around \a payload with a correct header (length and SHA-256).
    static QByteArray wrap(const QByteArray &payload, int format = 1,
                           const QByteArray &writer = QByteArrayLiteral("Annals 0.1.0"));
    /// The payload of a project file, after its five header lines.
    static QByteArray payloadOf(const QByteArray &file);

    /// Files the serializer must refuse, built from the golden file's bytes.
    static QList<ProjectFixtureFile> invalidFiles(const QByteArray &golden);
};

} // namespace Annals
