#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class QTimer;

namespace Annals {

class ProjectDocument;

/// A recovery file left by a session that ended without closing its project.
struct RecoveryCandidate
{
    QString projectPath;  ///< the recovery file
    QString originalPath; ///< the project it was made from; empty for a new project
    QDateTime saved;
};

/*!
 * Saves unsaved work to a recovery file every few seconds, removes it when the work is saved
 * or closed, and finds what a crashed session left behind.
 *
 * Recovery files live in ANNALS_RECOVERY_DIR if set, else in the application data folder,
 * named after the process id so that concurrent sessions do not collide.
 */
class Autosave : public QObject
{
    Q_OBJECT

public:
    explicit Autosave(ProjectDocument *document, int intervalMs = 20000);
    ~Autosave() override;

    static QString recoveryDirectory();
    /// The newest recovery file of a session that is no longer running, if any.
    static std::optional<RecoveryCandidate> findRecovery();
    /// Deletes \a candidate's files.
    static void discard(const RecoveryCandidate &candidate);

    /*!
     * Writes the recovery file if there are unsaved changes since the last one, on the
     * document's worker thread (ProjectDocument::saver(); ProjectDocument::waitForSaves()
     * waits for it). Skipped while a save runs or waits.
     */
    void saveNow();
    /// Removes this session's recovery file (after a save or a clean close).
    void removeRecoveryFile();
    QString recoveryFilePath() const;

Q_SIGNALS:
    /// The recovery file could not be written (\a message says why); the previous one is kept
    /// and the next tick tries again.
    void saveFailed(const QString &message);

private:
    ProjectDocument *m_document;
    QTimer *m_timer;
    quint64 m_savedRevision = 0; ///< ProjectDocument::revision() last written; 0 = none
};

} // namespace Annals
