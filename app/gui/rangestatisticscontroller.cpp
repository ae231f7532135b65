#include "rangestatisticscontroller.h"

#include "dashboard.h"
#include "lazydock.h"
#include "plantarget.h"
#include "planshading.h"
#include "projectdocument.h"
#include "rangestatisticspanel.h"
#include "yearselection.h"
#include "yeartablemodel.h"

#include <QItemSelectionModel>
#include <QMainWindow>

namespace Annals {

RangeStatisticsController::RangeStatisticsController(ProjectDocument *document,
                                                     Dashboard *dashboard, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_dashboard(dashboard)
{
    // Built when its tab is first raised, and computed only while it shows.
    m_dock = new LazyDock(tr("Range Statistics"), QStringLiteral("rangeStatisticsDock"), [this] {
        auto *panel = new RangeStatisticsPanel;
        connect(panel, &RangeStatisticsPanel::planChosen, this,
                &RangeStatisticsController::choosePlan);
        return panel;
    }, window);
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            updatePlans();
            refresh();
        }
    });
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    // A tab beside New Phrases (or the annotations), with the room of the details panel.
    for (const QString &neighbour : {QStringLiteral("newPhrasesDock"),
                                     QStringLiteral("annotationsDock")}) {
        if (auto *dock = window->findChild<QDockWidget *>(neighbour)) {
            window->tabifyDockWidget(dock, m_dock);
            break;
        }
    }
    if (auto *details = window->findChild<QDockWidget *>(QStringLiteral("detailsDock")))
        details->raise();

    connect(document->yearSelection(), &QItemSelectionModel::selectionChanged, this,
            &RangeStatisticsController::refresh);
    connect(document, &ProjectDocument::datasetChanged, this, [this] {
        updatePlans();
        refresh();
    });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        updatePlans();
        refresh();
    });
    // The target's status follows the vintage and tolerance chosen on the Targets view.
    connect(document, &ProjectDocument::viewStateChanged, this,
            &RangeStatisticsController::refresh);
    connect(dashboard, &Dashboard::shownColumnsChanged, this,
            &RangeStatisticsController::refresh);
}

RangeStatisticsPanel *RangeStatisticsController::panel()
{
    return static_cast<RangeStatisticsPanel *>(m_dock->content());
}

QDockWidget *RangeStatisticsController::dock() const
{
    return m_dock;
}

bool RangeStatisticsController::isShown() const
{
    return m_dock->isBuilt() && m_dock->isVisible();
}

void RangeStatisticsController::updatePlans()
{
    if (!isShown())
        return; // again when shown
    // Plans with at least two years in the project: a single year has no growth.
    const YearTableModel *model = m_document->yearModel();
    QList<std::pair<int, QString>> plans;
    for (const Period &period : m_document->project().dataset.periods) {
        const int first = std::max(period.firstYear, model->firstYear());
        const int last = std::min(period.lastYear, model->lastYear());
        if (last <= first)
            continue;
        // Short, as on the charts' bands: the dock is narrow.
        plans.append({period.plan, tr("%1, %2–%3")
                                       .arg(PlanShading::shortName(period))
                                       .arg(period.firstYear)
                                       .arg(period.lastYear)});
    }
    panel()->setPlans(plans);
}

void RangeStatisticsController::choosePlan(int plan)
{
    const Period *period = PlanTarget::plan(m_document->project().dataset, plan);
    if (!period)
        return;
    const YearTableModel *model = m_document->yearModel();
    const int first = model->rowOfYear(std::max(period->firstYear, model->firstYear()));
    const int last = model->rowOfYear(std::min(period->lastYear, model->lastYear()));
    if (first < 0 || last < 0)
        return;
    // The plan's last year is current: the year its target is judged in.
    YearSelection::selectRows(m_document->yearSelection(), first, last, last);
}

void RangeStatisticsController::refresh()
{
    if (!isShown())
        return; // again when shown
    RangeStatisticsPanel *view = panel();
    const YearTableModel *model = m_document->yearModel();
    const QList<int> rows = YearSelection::selectedRows(m_document->yearSelection());
    view->setCurrentPlan(0);
    view->setPlanTarget(QString());
    if (rows.size() < 2) {
        view->setMessage(tr("Brush a range of years on a chart (drag across it) to see, for "
                               "each series shown, its first and last value, change and "
                               "compound annual growth."));
        return;
    }
    const int fromYear = YearSelection::yearOfRow(model, rows.first());
    const int toYear = YearSelection::yearOfRow(model, rows.last());
    const Dataset &dataset = m_document->project().dataset;
    QList<RangeStatisticsPanel::Line> lines;
    QStringList done;
    for (const QString &id : m_dashboard->shownColumnIds()) {
        const int index = model->columnOf(id);
        if (index < 0 || done.contains(id))
            continue;
        const YearTableColumn &column = model->columns().at(index);
        const Series *series = dataset.findSeries(column.seriesId);
        if (column.type != ColumnType::Figure || !series)
            continue;
        done.append(id);
        // Named as in the table's headers: the dock is narrow, the tooltip has both names.
        lines.append({series->localName(), series->displayName(), series->unit, series->kind,
                      RangeStatistics::compute(*series, column.vintage, fromYear, toYear)});
    }
    // A plan's years, as far as the project has them (the chooser brushes no more).
    const Period *plan = PlanTarget::planOfRange(dataset, fromYear, toYear,
                                                 {model->firstYear(), model->lastYear()});
    if (plan) {
        view->setCurrentPlan(plan->plan);
        const TargetEvaluator evaluator = TargetEvaluator::judgingAs(m_document->viewState());
        if (const std::optional<PlanTarget> target = PlanTarget::find(dataset, *plan, evaluator))
            // One name, in the language of the interface: the dock is narrow.
            view->setPlanTarget(tr("%1: %2").arg(plan->localName(), target->sentence()));
    }
    if (lines.isEmpty()) {
        view->setMessage(tr("No figure series is shown on the charts."));
        return;
    }
    view->setLines(fromYear, toYear, lines);
}

} // namespace Annals
