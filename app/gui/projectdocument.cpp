#include "projectdocument.h"

#include "annotationscommand.h"
#include "chartcatalog.h"
#include "importfigurescommand.h"
#include "projectserializer.h"
#include "undocommandids.h"
#include "viewstatecommand.h"
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
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument() = default;

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

ViewState ProjectDocument::defaultView(const Dataset &dataset)
{
    ViewState view;
    const auto [first, last] = dataset.figureYearSpan();
    if (last >= first) {
        view.firstYear = first;
        view.lastYear = std::max(last, dataset.yearSpan().second);
    }
    for (const char *term : {"科技", "创新", "改革", "人工智能"}) {
        if (dataset.keywords.term(QString::fromUtf8(term)))
            view.shownKeywords.append(QString::fromUtf8(term));
    }
    // Open on the latest year with an R&D intensity figure, so the details panel shows
    // something from the start.
    if (const Series *intensity = dataset.findSeries(QStringLiteral("rd_intensity_pct_gdp"))) {
        for (const Observation &observation : intensity->observations) {
            if (observation.isChartable())
                view.selectedYear = std::max(view.selectedYear, observation.year);
        }
    }
    return view;
}

Project ProjectDocument::newProject(const Dataset &dataset)
{
    Project project;
    project.dataset = dataset;
    project.view = defaultView(dataset);
    return project;
}

std::pair<int, int> ProjectDocument::yearRange() const
{
    return ChartCatalog::yearRange(m_project.view, *m_model);
}

void ProjectDocument::resetProject(const Project &project)
{
    m_undoStack->clear();
    m_project = project;
    m_model->setDataset(m_project.dataset);
    Q_EMIT datasetChanged();
    Q_EMIT viewStateChanged();
    Q_EMIT annotationsChanged();
    selectYear(m_project.view.selectedYear);
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
    return project;
}

Result<bool> ProjectDocument::saveTo(const QString &path)
{
    Q_EMIT aboutToSave();
    Result<bool> saved = ProjectSerializer::writeFile(snapshot(), path);
    if (!saved)
        return saved;
    m_undoStack->setClean();
    setFilePath(QFileInfo(path).absoluteFilePath());
    return saved;
}

void ProjectDocument::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_project.view.windowGeometry = geometry;
    m_project.view.windowState = state;
}

void ProjectDocument::pushViewState(const QString &text, const ViewState &state, int mergeId)
{
    if (state == m_project.view)
        return;
    m_undoStack->push(new ViewStateCommand(this, text, state, mergeId));
}

void ProjectDocument::setKeywordShown(const QString &term, bool shown)
{
    ViewState state = m_project.view;
    if (shown == state.shownKeywords.contains(term))
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
    pushViewState(measure == KeywordMeasure::Count ? tr("Show keyword counts")
                                                   : tr("Show keywords per 10,000 characters"),
                  state);
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

void ProjectDocument::importFigures(const Dataset &figures, const QString &fileName)
{
    m_undoStack->push(new ImportFiguresCommand(this, figures, fileName));
}

void ProjectDocument::addAnnotation(const Annotation &annotation)
{
    QList<Annotation> annotations = m_project.annotations;
    annotations.append(annotation);
    m_undoStack->push(new AnnotationsCommand(this, tr("Add annotation \"%1\"")
                                                       .arg(annotation.label),
                                             annotations));
}

void ProjectDocument::editAnnotation(int index, const Annotation &annotation)
{
    if (index < 0 || index >= m_project.annotations.size()
        || m_project.annotations.at(index) == annotation)
        return;
    QList<Annotation> annotations = m_project.annotations;
    annotations[index] = annotation;
    m_undoStack->push(new AnnotationsCommand(this, tr("Edit annotation \"%1\"")
                                                       .arg(annotation.label),
                                             annotations));
}

void ProjectDocument::removeAnnotation(int index)
{
    if (index < 0 || index >= m_project.annotations.size())
        return;
    QList<Annotation> annotations = m_project.annotations;
    const Annotation removed = annotations.takeAt(index);
    m_undoStack->push(new AnnotationsCommand(this, tr("Remove annotation \"%1\"")
                                                       .arg(removed.label),
                                             annotations));
}

void ProjectDocument::applyAnnotations(const QList<Annotation> &annotations)
{
    m_project.annotations = annotations;
    Q_EMIT annotationsChanged();
}

void ProjectDocument::applyViewState(const ViewState &state)
{
    m_project.view = state;
    Q_EMIT viewStateChanged();
}

void ProjectDocument::applyDataset(const Dataset &dataset)
{
    const int year = currentYear();
    m_project.dataset = dataset;
    m_model->setDataset(dataset);
    Q_EMIT datasetChanged();
    selectYear(year);
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
