#pragma once

#include "project.h"
#include "result.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Annals {

class ProjectDocument;
struct Project;

/*!
 * New, Open, Open Recent, Save, Save As and Revert for the main window: file dialogs,
 * "save changes?" questions and error messages. Saves are atomic; a file that cannot be
 * opened leaves the open project as it was.
 */
class FileController : public QObject
{
    Q_OBJECT

public:
    FileController(ProjectDocument *document, QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *revertAction() const { return m_revert; }
    QMenu *recentMenu() const { return m_recent; }

    /// Called once a save has finished: whether it was saved (a failure was shown).
    using SaveDone = std::function<void(bool saved)>;

    /*!
     * Opens \a path, asking first about unsaved changes, on a worker thread (LongTask: the
     * document is busy until it is read). Returns whether the reading started (not when
     * the analyst chose to save first: it starts once that save succeeded). A file that
     * cannot be opened is reported then, and leaves the open project as it was.
     */
    bool openFile(const QString &path);
    /*!
     * Saves to the current file, or asks for one. The save runs on a worker thread
     * (ProjectDocument::saveInBackground(), queued behind one that runs); \a then is called
     * when it has finished, after a failure has been shown.
     */
    void save(const SaveDone &then = {});
    void saveAs(const SaveDone &then = {});
    void saveTo(const QString &path, const SaveDone &then = {});
    /*!
     * Asks whether to save unsaved changes. True: go on now (nothing to save, or Discard).
     * False: stop now; when the analyst chose Save, \a afterSave is called once the project
     * was saved (never if the save failed or was not made).
     */
    bool maybeSave(const std::function<void()> &afterSave);
    /// Replaces the open project (after maybeSave()).
    void newProject();
    void revert();

    static QStringList recentFiles();

private:
    bool loadInBackground(const QString &path,
                          const std::function<void(Result<Project>)> &done);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void updateActions();

    ProjectDocument *m_document;
    QWidget *m_window;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_revert = nullptr;
    QMenu *m_recent = nullptr;
};

} // namespace Annals
