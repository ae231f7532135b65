#pragma once

#include "figuresmerge.h"

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;

namespace Annals {

class FileController;
class KeywordController;
class ProjectDocument;

/*!
 * Files brought into the open project: File ▸ Add Figures / Replace Figures, and any file
 * dropped on the window or named on the command line (a project opens; an extract or figures
 * table is imported; report texts or a folder of them are counted). What was imported is said
 * in the status bar; a file that cannot be used is refused with why, and nothing changes.
 */
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(ProjectDocument *document, FileController *files,
                     KeywordController *keywords, QMainWindow *window);

    QAction *addFiguresAction() const { return m_addFigures; }
    QAction *replaceFiguresAction() const { return m_replaceFigures; }

    /// Imports an extract (.json) or figures CSV; on error says why and keeps what was loaded.
    bool importFigures(const QString &path, FigureImport how);
    /// Opens a project, imports figures (.json, .csv) or report texts (.txt, a folder) by what
    /// \a path is; returns whether it was taken (errors are shown).
    bool openAnyFile(const QString &path, FigureImport figures = FigureImport::Add);

private:
    void importFiguresInteractively(FigureImport how);
    void reportTextImport(QList<int> years, int failed);

    ProjectDocument *m_document;
    FileController *m_files;
    KeywordController *m_keywords;
    QMainWindow *m_window;
    QAction *m_addFigures;
    QAction *m_replaceFigures;
};

} // namespace Annals
