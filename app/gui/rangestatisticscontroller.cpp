#include "rangestatisticscontroller.h"

#include "dashboard.h"
#include "projectdocument.h"
#include "rangestatisticspanel.h"
#include "yearselection.h"
#include "yeartablemodel.h"

#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMainWindow>

namespace Annals {

RangeStatisticsController::RangeStatisticsController(ProjectDocument *document,
                                                     Dashboard *dashboard, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_dashboard(dashboard)
    , m_panel(new RangeStatisticsPanel)
{
    m_dock = new QDockWidget(tr("Range Statistics"), window);
    m_dock->setObjectName(QStringLiteral("rangeStatisticsDock"));
    m_dock->setWidget(m_panel);
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
    connect(document, &ProjectDocument::datasetChanged, this,
            &RangeStatisticsController::refresh);
    connect(document, &ProjectDocument::projectReset, this, &RangeStatisticsController::refresh);
    connect(dashboard, &Dashboard::shownColumnsChanged, this,
            &RangeStatisticsController::refresh);
    refresh();
}

void RangeStatisticsController::refresh()
{
    const YearTableModel *model = m_document->yearModel();
    const QList<int> rows = YearSelection::selectedRows(m_document->yearSelection());
    if (rows.size() < 2) {
        m_panel->setMessage(tr("Brush a range of years on a chart (drag across it) to see, for "
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
        const QString name = series->nameEn.isEmpty() ? series->displayName() : series->nameEn;
        lines.append({name, series->displayName(), series->unit, series->kind,
                      RangeStatistics::compute(*series, column.vintage, fromYear, toYear)});
    }
    if (lines.isEmpty()) {
        m_panel->setMessage(tr("No figure series is shown on the charts."));
        return;
    }
    m_panel->setLines(fromYear, toYear, lines);
}

} // namespace Annals
