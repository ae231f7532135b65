#pragma once

#include "project.h"
#include "result.h"

#include <QObject>
#include <QStringList>

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

    /// Opens \a path, asking first about unsaved changes. Returns false when not opened.
    bool openFile(const QString &path);
    /// Saves to the current file, or asks for one. Returns false when not saved.
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    /// Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();
    /// Replaces the open project (after maybeSave()).
    void newProject();
    void revert();

    static QStringList recentFiles();

private:
    Result<Project> loadInBackground(const QString &path);
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
    bool m_busy = false; ///< a project is being read; drops and shortcuts still arrive
};

} // namespace Annals
