#include "seriesmenu.h"

#include "chartcatalog.h"
#include "projectdocument.h"
#include "yeartablemodel.h"

#include <QSignalBlocker>

namespace Annals {

SeriesMenu::SeriesMenu(ProjectDocument *document, QWidget *parent)
    : QMenu(tr("&Series"), parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::viewStateChanged, this, &SeriesMenu::syncChecks);
    connect(document, &ProjectDocument::datasetChanged, this, &SeriesMenu::rebuild);
    rebuild();
}

void SeriesMenu::rebuild()
{
    clear();
    using Chart = ChartCatalog::Chart;
    const ViewState &view = m_document->viewState();
    for (Chart chart : {Chart::Spending, Chart::RdIntensity}) {
        addSection(ChartCatalog::title(chart, view));
        for (const PlotChoice &choice :
             ChartCatalog::choices(chart, view, m_document->dataset())) {
            QAction *action = addAction(choice.spec.legend);
            action->setCheckable(true);
            action->setChecked(ChartCatalog::isShown(choice, view));
            action->setEnabled(m_document->yearModel()->columnOf(choice.spec.columnId) >= 0);
            action->setData(choice.spec.columnId);
            const QString id = choice.spec.columnId;
            const bool optional = choice.optional;
            connect(action, &QAction::toggled, this, [this, id, optional](bool shown) {
                m_document->setPlotShown(id, shown, optional);
            });
        }
    }
}

void SeriesMenu::syncChecks()
{
    using Chart = ChartCatalog::Chart;
    const ViewState &view = m_document->viewState();
    QList<PlotChoice> all;
    for (Chart chart : {Chart::Spending, Chart::RdIntensity})
        all += ChartCatalog::choices(chart, view, m_document->dataset());
    for (QAction *action : actions()) {
        for (const PlotChoice &choice : std::as_const(all)) {
            if (choice.spec.columnId == action->data().toString()) {
                const QSignalBlocker blocker(action);
                action->setChecked(ChartCatalog::isShown(choice, view));
            }
        }
    }
}

} // namespace Annals
