#include "projectdocument.h"

#include "inputlimits.h"

#include "backgroundsaver.h"
#include "changevalue.h"
#include "chartcatalog.h"
#include "menutext.h"
#include "projectserializer.h"
#include "projectvalidator.h"
#include "undocommandids.h"
#include "yearselection.h"
#include "yeartablemodel.h"

#include <QFileInfo>
#include <QItemSelectionModel>
#include <QUndoStack>

namespace Annals {

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_model(new YearTableModel(this))
    , m_selection(new QItemSelectionModel(m_model, this))
    , m_undoStack(new QUndoStack(this))
    , m_saver(new BackgroundSaver(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument()
{
    // Quitting waits for a save that runs, and its callbacks still see a whole document.
    m_saver->waitForIdle();
}

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ProjectDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

std::pair<int, int> ProjectDocument::yearRange() const
{
    return ChartCatalog::yearRange(m_project.view, *m_model);
}

void ProjectDocument::resetProject(const Project &project)
{
    m_undoStack->clear();
    m_project = project;
    ++m_revision;
    ++m_generation;
    m_model->setDataset(m_project.dataset);
    Q_EMIT datasetChanged();
    Q_EMIT viewStateChanged();
    Q_EMIT annotationsChanged();
    selectSavedYears(m_project.view);
    m_undoStack->setClean();
    Q_EMIT projectReset();
}

void ProjectDocument::resetProjectUnsaved(const Project &project)
{
    resetProject(project);
    m_undoStack->resetClean();
}

Project ProjectDocument::snapshot() const
{
    Project project = m_project;
    project.view.selectedYear = currentYear();
    const QList<int> rows = YearSelection::selectedRows(m_selection);
    const bool brushed = project.view.selectedYear != 0 && rows.size() > 1;
    project.view.brushFirstYear = brushed ? m_model->yearAt(rows.first()) : 0;
    project.view.brushLastYear = brushed ? m_model->yearAt(rows.last()) : 0;
    return project;
}

void ProjectDocument::saveInBackground(const QString &path, const SaveDone &done)
{
    Q_EMIT aboutToSave();
    const Project project = snapshot();
    const quint64 revision = m_revision;
    const quint64 generation = m_generation;
    m_saver->enqueue([project, path]()
                         -> Result<void> { return ProjectSerializer::writeFile(project, path); },
                     [this, path, revision, generation, done](const Result<void> &saved) {
                         // Another project opened meanwhile: the file holds the old one, and is
                         // not ours.
                         if (saved && generation == m_generation) {
                             // Edits made while it was written are not in the file: still
                             // modified.
                             if (revision == m_revision)
                                 m_undoStack->setClean();
                             setFilePath(QFileInfo(path).absoluteFilePath());
                         }
                         if (done)
                             done(saved);
                     });
}

Result<void> ProjectDocument::saveTo(const QString &path)
{
    std::optional<Result<void>> outcome;
    saveInBackground(path, [&outcome](const Result<void> &saved) { outcome = saved; });
    waitForSaves();
    Q_ASSERT(outcome.has_value());
    return *outcome;
}

bool ProjectDocument::isSaving() const
{
    return m_saver->isBusy();
}

void ProjectDocument::waitForSaves()
{
    m_saver->waitForIdle();
}

void ProjectDocument::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ProjectDocument::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_project.view.windowGeometry = geometry;
    m_project.view.windowState = state;
}

void ProjectDocument::pushViewState(const QString &text, const ViewState &state, int mergeId)
{
    if (state == m_project.view || m_busy)
        return;
    m_undoStack->push(new ChangeValue(this, &ProjectDocument::applyViewState, text,
                                      m_project.view, state, mergeId));
}

void ProjectDocument::setKeywordShown(const QString &term, bool shown)
{
    ViewState state = m_project.view;
    if (shown == state.shownKeywords.contains(term))
        return;
    // A project showing more would not open again (ProjectValidator).
    if (shown && state.shownKeywords.size() >= InputLimits::maxShownKeywords)
        return;
    if (shown)
        state.shownKeywords.append(term);
    else
        state.shownKeywords.removeAll(term);
    pushViewState(shown ? tr("Show keyword %1").arg(term) : tr("Hide keyword %1").arg(term),
                  state);
}

void ProjectDocument::setKeywordMeasure(KeywordMeasure measure)
{
    ViewState state = m_project.view;
    state.keywordMeasure = measure;
    const QString text = measure == KeywordMeasure::Count ? tr("Show keyword counts")
                         : measure == KeywordMeasure::Per10k
                             ? tr("Show keywords per 10,000 characters")
                             : tr("Show keyword change against the previous year");
    pushViewState(text, state);
}

void ProjectDocument::setYearRange(int first, int last)
{
    ViewState state = m_project.view;
    state.firstYear = first;
    state.lastYear = last;
    pushViewState(tr("Show years %1–%2").arg(first).arg(last), state, YearRangeCommandId);
}

void ProjectDocument::setPlotShown(const QString &columnId, bool shown, bool optional)
{
    ViewState state = m_project.view;
    QStringList &list = optional ? state.shownOptionalPlots : state.hiddenPlots;
    // Optional series are listed when shown; default series are listed when hidden.
    const bool listed = optional ? shown : !shown;
    list.removeAll(columnId);
    if (listed)
        list.append(columnId);
    const QString name = m_model->headerData(m_model->columnOf(columnId), Qt::Horizontal)
                             .toString()
                             .replace(QLatin1Char('\n'), QStringLiteral(" · "));
    pushViewState(shown ? tr("Show %1").arg(name) : tr("Hide %1").arg(name), state);
}

void ProjectDocument::setLogarithmic(bool logarithmic)
{
    ViewState state = m_project.view;
    state.logarithmic = logarithmic;
    pushViewState(logarithmic ? tr("Logarithmic amount axis") : tr("Linear amount axis"), state);
}

void ProjectDocument::setStopList(const std::optional<QString> &stopList)
{
    ViewState state = m_project.view;
    state.stopList = stopList;
    pushViewState(stopList ? tr("Edit stop-list") : tr("Restore the shipped stop-list"), state);
}

void ProjectDocument::setPlanPeriodsShown(bool shown)
{
    ViewState state = m_project.view;
    state.showPlanPeriods = shown;
    pushViewState(shown ? tr("Show Five-Year Plans") : tr("Hide Five-Year Plans"), state);
}

void ProjectDocument::setTargetJudgement(bool revisedOutcomes, double tolerance)
{
    ViewState state = m_project.view;
    state.judgeRevisedOutcomes = revisedOutcomes;
    state.targetTolerance = tolerance;
    pushViewState(revisedOutcomes ? tr("Judge targets on revised outcomes, ±%1 pp").arg(tolerance)
                                  : tr("Judge targets on first releases, ±%1 pp").arg(tolerance),
                  state, TargetJudgementCommandId);
}

void ProjectDocument::pushData(const QString &text, const Dataset &dataset,
                               const QList<ReportTextRef> &texts)
{
    if (m_busy)
        return;
    m_undoStack->push(new ChangeValue(this, &ProjectDocument::applyData, text,
                                      DataState{m_project.dataset, m_project.texts},
                                      DataState{dataset, texts}));
}

FiguresMerge ProjectDocument::importFigures(const Dataset &figures, const QString &fileName,
                                            FigureImport how)
{
    const QString name = QFileInfo(fileName).fileName();
    if (how == FigureImport::Add) {
        FiguresMerge merge = FiguresMerge::add(m_project.dataset, figures);
        // One undo step: the figures, and the new series no chart draws shown in the table.
        const QString text = tr("Add figures from %1").arg(name);
        m_undoStack->beginMacro(MenuText::undoText(text));
        pushData(text, merge.merged, m_project.texts);
        showInTable(merge.addedSeries, text);
        m_undoStack->endMacro();
        return merge;
    }
    FiguresMerge replaced;
    replaced.merged = m_project.dataset;
    replaced.merged.info = figures.info;
    replaced.merged.sources = figures.sources;
    replaced.merged.series = figures.series;
    for (const Series &series : figures.series)
        replaced.addedSeries.append(series.id);
    pushData(tr("Replace figures with %1").arg(name), replaced.merged, m_project.texts);
    return replaced;
}

void ProjectDocument::showInTable(const QStringList &seriesIds, const QString &text)
{
    ViewState state = m_project.view;
    for (const PlotChoice &choice :
         ChartCatalog::tableOnlyChoices(state, m_project.dataset, *m_model)) {
        const int column = m_model->columnOf(choice.spec.columnId);
        if (seriesIds.contains(m_model->columns().at(column).seriesId)
            && !state.shownOptionalPlots.contains(choice.spec.columnId))
            state.shownOptionalPlots.append(choice.spec.columnId);
    }
    pushViewState(text, state);
}

void ProjectDocument::importTexts(const QList<DocumentCounts> &documents,
                                  const QList<ReportTextRef> &texts)
{
    if (documents.isEmpty())
        return;
    Dataset dataset = m_project.dataset;
    QList<ReportTextRef> allTexts = m_project.texts;
    QList<DocumentCounts> &existing = dataset.keywords.documents;
    for (const DocumentCounts &document : documents) {
        existing.removeIf([&](const DocumentCounts &other) {
            return other.sha256 == document.sha256
                   || (other.year == document.year && other.language == document.language);
        });
        existing.append(document);
    }
    std::sort(existing.begin(), existing.end(), [](const auto &a, const auto &b) {
        return std::tie(a.year, a.document) < std::tie(b.year, b.document);
    });
    for (const ReportTextRef &text : texts) {
        allTexts.removeIf([&](const ReportTextRef &other) { return other.sha256 == text.sha256; });
        allTexts.append(text);
    }
    pushData(tr("Import %n report text(s)", nullptr, int(documents.size())), dataset, allTexts);
}

void ProjectDocument::addKeywords(const QList<KeywordTerm> &newTerms,
                                  const QHash<QString, QHash<QString, qint64>> &countsBySha)
{
    QList<KeywordTerm> terms;
    for (const KeywordTerm &term : newTerms) {
        if (!m_project.dataset.keywords.term(term.term))
            terms.append(term);
    }
    if (terms.isEmpty()
        || m_project.dataset.keywords.vocabulary.size() + terms.size()
               > ProjectValidator::maxKeywords)
        return;
    Dataset dataset = m_project.dataset;
    for (const KeywordTerm &term : terms)
        dataset.keywords.vocabulary.append(term);
    for (DocumentCounts &document : dataset.keywords.documents) {
        const auto counts = countsBySha.constFind(document.sha256);
        if (counts == countsBySha.constEnd())
            continue; // no text for this report: its years stay gaps for the new keyword
        for (auto it = counts->constBegin(); it != counts->constEnd(); ++it)
            document.counts.insert(it.key(), it.value());
    }
    const QString name = terms.size() == 1 ? terms.first().term
                                           : tr("%n keywords", nullptr, int(terms.size()));
    m_undoStack->beginMacro(MenuText::undoText(tr("Add keyword %1").arg(name)));
    pushData(tr("Add keyword %1").arg(name), dataset, m_project.texts);
    ViewState state = m_project.view;
    for (const KeywordTerm &term : terms) {
        if (!state.shownKeywords.contains(term.term)
            && state.shownKeywords.size() < InputLimits::maxShownKeywords)
            state.shownKeywords.append(term.term);
    }
    pushViewState(tr("Show keyword %1").arg(name), state);
    m_undoStack->endMacro();
}

void ProjectDocument::removeKeyword(const QString &term)
{
    Dataset dataset = m_project.dataset;
    dataset.keywords.vocabulary.removeIf([&](const KeywordTerm &t) { return t.term == term; });
    for (DocumentCounts &document : dataset.keywords.documents)
        document.counts.remove(term);
    m_undoStack->beginMacro(MenuText::undoText(tr("Remove keyword %1").arg(term)));
    ViewState state = m_project.view;
    state.shownKeywords.removeAll(term);
    pushViewState(tr("Hide keyword %1").arg(term), state);
    pushData(tr("Remove keyword %1").arg(term), dataset, m_project.texts);
    m_undoStack->endMacro();
}

void ProjectDocument::setKeywordColor(const QString &term, const QString &color)
{
    Dataset dataset = m_project.dataset;
    for (KeywordTerm &entry : dataset.keywords.vocabulary) {
        if (entry.term == term)
            entry.color = color;
    }
    if (dataset == m_project.dataset)
        return;
    pushData(tr("Change colour of %1").arg(term), dataset, m_project.texts);
}

void ProjectDocument::addAnnotation(const Annotation &annotation)
{
    if (m_busy)
        return;
    QList<Annotation> annotations = m_project.annotations;
    annotations.append(annotation);
    pushAnnotations(tr("Add annotation \"%1\"").arg(annotation.label), annotations);
}

void ProjectDocument::editAnnotation(int index, const Annotation &annotation)
{
    if (m_busy || index < 0 || index >= m_project.annotations.size()
        || m_project.annotations.at(index) == annotation)
        return;
    QList<Annotation> annotations = m_project.annotations;
    annotations[index] = annotation;
    pushAnnotations(tr("Edit annotation \"%1\"").arg(annotation.label), annotations);
}

void ProjectDocument::removeAnnotation(int index)
{
    if (m_busy || index < 0 || index >= m_project.annotations.size())
        return;
    QList<Annotation> annotations = m_project.annotations;
    const Annotation removed = annotations.takeAt(index);
    pushAnnotations(tr("Remove annotation \"%1\"").arg(removed.label), annotations);
}

void ProjectDocument::pushAnnotations(const QString &text, const QList<Annotation> &annotations)
{
    m_undoStack->push(new ChangeValue(this, &ProjectDocument::applyAnnotations, text,
                                      m_project.annotations, annotations));
}

void ProjectDocument::applyAnnotations(const QList<Annotation> &annotations)
{
    m_project.annotations = annotations;
    ++m_revision;
    Q_EMIT annotationsChanged();
}

void ProjectDocument::applyViewState(const ViewState &state)
{
    m_project.view = state;
    ++m_revision;
    Q_EMIT viewStateChanged();
}

void ProjectDocument::applyData(const DataState &data)
{
    // A change of the years resets the model, which clears the selection: keep the selected
    // years. Other edits tell the views exactly what changed, and the selection stays.
    const int year = currentYear();
    QList<int> years;
    for (int row : YearSelection::selectedRows(m_selection))
        years.append(m_model->yearAt(row));
    m_project.dataset = data.dataset;
    m_project.texts = data.texts;
    ++m_revision;
    m_model->setDataset(data.dataset);
    Q_EMIT datasetChanged();
    if (currentYear() == year)
        return;
    const int first = years.isEmpty() ? -1 : m_model->rowOfYear(years.first());
    const int last = years.isEmpty() ? -1 : m_model->rowOfYear(years.last());
    const int current = m_model->rowOfYear(year);
    if (first >= 0 && last >= 0 && current >= 0)
        YearSelection::selectRows(m_selection, first, last, current);
    else
        selectYear(year);
}

void ProjectDocument::selectSavedYears(const ViewState &view)
{
    const int first = m_model->rowOfYear(view.brushFirstYear);
    const int last = m_model->rowOfYear(view.brushLastYear);
    const int current = m_model->rowOfYear(view.selectedYear);
    if (first >= 0 && last >= 0 && current >= first && current <= last)
        YearSelection::selectRows(m_selection, first, last, current);
    else
        selectYear(view.selectedYear);
}

void ProjectDocument::selectYear(int year)
{
    const int row = year > 0 ? m_model->rowOfYear(year) : -1;
    if (row < 0) {
        m_selection->clear();
        return;
    }
    YearSelection::selectRows(m_selection, row, row, row);
}

int ProjectDocument::currentYear() const
{
    const QModelIndex current = m_selection->currentIndex();
    return current.isValid() ? m_model->yearAt(current.row()) : 0;
}

} // namespace Annals
