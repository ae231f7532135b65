#pragma once

#include "phrasefinder.h"
#include "project.h"
#include "reportcomparison.h"
#include "stoplist.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;

namespace Annals {

class KeywordController;
class NewPhrasesPanel;
class ProjectDocument;

/*!
 * Wires the "New phrases" dock and the year-over-year reading view into the main window.
 *
 * The project's report texts are indexed (PhraseFinder) on a worker thread whenever they
 * change, with progress in the panel and no nested event loop; the panel's year follows the
 * shared year selection. One click adds a phrase as a keyword (counted and charted by the
 * KeywordController) or opens the report viewer at it. The stop-list lives in QSettings for
 * now (the project file format does not hold it yet).
 */
class NewPhrasesController : public QObject
{
    Q_OBJECT

public:
    NewPhrasesController(ProjectDocument *document, KeywordController *keywords,
                         QMainWindow *window);
    ~NewPhrasesController() override;

    QDockWidget *dock() const { return m_dock; }
    NewPhrasesPanel *panel() const { return m_panel; }
    QAction *compareAction() const { return m_compareAction; }
    ReportComparison *comparison() const { return m_comparison; }

    /// Lists the rows of the panel's year and status again.
    void refresh();
    void openComparison();
    void editStopList();
    /*!
     * Makes \a text the project's stop-list (an undoable edit; empty or the shipped text
     * restores the shipped list). Returns why it was refused (a bad line, too long), or "".
     */
    QString setStopListText(const QString &text);
    const StopList &stopList() const { return m_stopList; }
    bool isIndexing() const { return m_watcher.isRunning(); }

    /// How many rows the panel lists.
    static constexpr int rowLimit = 300;

Q_SIGNALS:
    /// The texts were indexed (also when there were none).
    void indexed();

private:
    static QString noTextsHint();
    struct Index
    {
        std::shared_ptr<PhraseFinder> finder;
        QStringList errors;
        quint64 generation = 0;
    };

    void reindex();
    void indexFinished();
    void followSelection();
    /// Takes the stop-list of the document's view state (edited, undone, opened).
    void followStopList();
    void showInReport(const PhraseRow &row);

    ProjectDocument *m_document;
    KeywordController *m_keywords;
    QMainWindow *m_window;
    NewPhrasesPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_compareAction = nullptr;
    QPointer<ReportComparison> m_comparison;
    StopList m_stopList;
    std::shared_ptr<PhraseFinder> m_finder;
    QStringList m_indexedTexts; ///< SHA-256 of the texts indexed or being indexed
    QFutureWatcher<Index> m_watcher;
    quint64 m_generation = 0;
};

} // namespace Annals
