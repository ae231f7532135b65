#pragma once

#include "figuresmerge.h"
#include "project.h"
#include "result.h"

#include <QObject>
#include <QString>

#include <functional>

class QItemSelectionModel;
class QUndoStack;

namespace Annals {

class BackgroundSaver;
class YearTableModel;

/*!
 * Owns the open Project, its undo stack, the year table model and the one year selection all
 * views share. Every edit goes through an undo command; "modified" means the undo stack is
 * not clean.
 */
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    const Project &project() const { return m_project; }
    const Dataset &dataset() const { return m_project.dataset; }
    const ViewState &viewState() const { return m_project.view; }
    YearTableModel *yearModel() const { return m_model; }
    QItemSelectionModel *yearSelection() const { return m_selection; }
    QUndoStack *undoStack() const { return m_undoStack; }

    bool isModified() const;
    /// Goes up with every change of the project, undo and redo included.
    quint64 revision() const { return m_revision; }
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);

    /// Opens \a project as a new document state: clears undo history, selects its year.
    void resetProject(const Project &project);
    /// Like resetProject(), but marks it modified (a recovered, never saved state).
    void resetProjectUnsaved(const Project &project);
    /// The project as it would be saved now: with the current year and window layout.
    Project snapshot() const;
    using SaveDone = std::function<void(const Result<void> &)>;
    /*!
     * Saves a snapshot of the project to \a path on a worker thread; the window stays
     * responsive and edits go on meanwhile. A save asked for while another runs is queued
     * behind it (BackgroundSaver), with the snapshot taken now. Once written, the document
     * is named \a path, and clean unless it changed meanwhile; then \a done is called on
     * this thread with the outcome. The file is written atomically: a failure leaves it as
     * it was.
     */
    void saveInBackground(const QString &path, const SaveDone &done = {});
    /// Saves like saveInBackground() and waits for it (the command line and tests).
    Result<void> saveTo(const QString &path);
    /// The queue of this document's writes (saves and autosaves).
    BackgroundSaver *saver() const { return m_saver; }
    /// Whether a save or an autosave runs or waits.
    bool isSaving() const;
    /// Blocks until every save asked for has finished and reported.
    void waitForSaves();

    /*!
     * Long work runs (LongTask: opening, importing, counting) whose result will be applied
     * to the project as it is now: edits are refused, and the window disables undo, saving,
     * opening and closing until it is back.
     */
    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);
    /// Remembers the window layout to save with the project (not an edit).
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

    /// The years shown, resolving the default range.
    std::pair<int, int> yearRange() const;

    // Edits; each pushes one undo command.
    void setKeywordShown(const QString &term, bool shown);
    void setKeywordMeasure(KeywordMeasure measure);
    void setYearRange(int first, int last);
    void setPlotShown(const QString &columnId, bool shown, bool optional);
    void setLogarithmic(bool logarithmic);
    /// The new-phrase stop-list as written; none restores the shipped one.
    void setStopList(const std::optional<QString> &stopList);
    void setPlanPeriodsShown(bool shown);
    /// How the Targets view judges: which outcome, and the tolerance of "about" targets.
    void setTargetJudgement(bool revisedOutcomes, double tolerance);
    /// Any other view edit, as one undo step named \a text (nothing while busy or unchanged);
    /// edits with the same \a mergeId (UndoCommandId) in a row merge into one step.
    void pushViewState(const QString &text, const ViewState &state, int mergeId = -1);
    /*!
     * Adds \a figures to the project's (FiguresMerge::add) or replaces the project's with them;
     * returns what changed (for Replace: every series counts as added). Added series that no
     * chart draws are shown in the table.
     */
    FiguresMerge importFigures(const Dataset &figures, const QString &fileName,
                               FigureImport how);
    /// Adds counted report texts; each replaces a document of the same year and language.
    void importTexts(const QList<DocumentCounts> &documents, const QList<ReportTextRef> &texts);
    /// Adds \a terms to the vocabulary with \a counts (per document SHA-256) and shows them.
    void addKeywords(const QList<KeywordTerm> &terms,
                     const QHash<QString, QHash<QString, qint64>> &countsBySha);
    void removeKeyword(const QString &term);
    void setKeywordColor(const QString &term, const QString &color);
    void addAnnotation(const Annotation &annotation);
    void editAnnotation(int index, const Annotation &annotation);
    void removeAnnotation(int index);

    /// Selects \a year in the shared selection (not an edit); 0 clears it.
    void selectYear(int year);
    /// The current year of the selection, or 0.
    int currentYear() const;

Q_SIGNALS:
    void viewStateChanged();
    void datasetChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    /// Emitted before snapshot() is taken for saving, so the window can store its layout.
    void aboutToSave();
    /// A whole new project state was opened (new, open, revert, recover).
    void projectReset();
    void annotationsChanged();
    void busyChanged(bool busy);

private:
    /// What a data edit changes: the figures and counts, and the report texts behind them.
    struct DataState
    {
        Dataset dataset;
        QList<ReportTextRef> texts;
        bool operator==(const DataState &other) const = default;
    };

    // The setters of undo commands (ChangeValue); every edit goes through one of them.
    void applyViewState(const ViewState &state);
    void applyData(const DataState &data);
    void applyAnnotations(const QList<Annotation> &annotations);
    void pushAnnotations(const QString &text, const QList<Annotation> &annotations);

    /// Shows the figure columns of \a seriesIds that no chart draws in the table.
    void showInTable(const QStringList &seriesIds, const QString &text);
    /// Selects the saved brushed range of \a view around its selected year, or that year.
    void selectSavedYears(const ViewState &view);
    void pushData(const QString &text, const Dataset &dataset,
                  const QList<ReportTextRef> &texts);

    Project m_project;
    QString m_filePath;
    YearTableModel *m_model = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    QUndoStack *m_undoStack = nullptr;
    BackgroundSaver *m_saver = nullptr;
    quint64 m_revision = 0;
    quint64 m_generation = 0; ///< goes up when a different project state is opened
    bool m_busy = false;
};

} // namespace Annals
