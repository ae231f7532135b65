#pragma once

#include <QObject>
#include <QStringList>

class QUrl;
class QWidget;

namespace Annals {

class ProjectDocument;
struct TextImportResult;

/*!
 * The keyword work of the main window: importing report texts, adding, grouping, colouring
 * and removing keywords (counted off the GUI thread, with progress and Cancel), and opening
 * the report viewer from a keyword-in-context link.
 */
class KeywordController : public QObject
{
    Q_OBJECT

public:
    KeywordController(ProjectDocument *document, QWidget *window);

    /*!
     * Asks which files to import (dialog), then reads and counts them on a worker thread
     * (LongTask, with Cancel); textsImported() tells when they are in. Returns whether the
     * counting started.
     */
    bool importTexts(const QStringList &paths);
    void importTextsInteractively();
    void importFolderInteractively();
    /*!
     * Parses \a declaration, counts it in the loaded texts on a worker thread (LongTask) and
     * adds it (keywordAdded()). False on a problem, which is shown to the analyst, or while
     * other work runs.
     */
    bool addKeyword(const QString &declaration);
    void removeKeyword(const QString &term);
    void chooseColor(const QString &term);
    /// Opens the report viewer for an "annals:report" link; false for other links.
    bool openReportLink(const QUrl &url);

    /// Skips the import dialog (tests and scripted use): every file as detected.
    void setConfirmImports(bool confirm) { m_confirmImports = confirm; }

Q_SIGNALS:
    /// An import finished: \a years of the reports imported, \a failed files not read.
    void textsImported(const QList<int> &years, int failed);
    /// A keyword was counted and added to the project.
    void keywordAdded(const QString &term);

private:
    void warn(const QString &title, const QString &message);
    void finishImport(const TextImportResult &result);

    ProjectDocument *m_document;
    QWidget *m_window;
    bool m_confirmImports = true;
};

} // namespace Annals
