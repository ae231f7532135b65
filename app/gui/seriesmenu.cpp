#include "seriesmenu.h"

#include "chartcatalog.h"
#include "menutext.h"
#include "projectdocument.h"
#include "yeartablemodel.h"

#include <QSignalBlocker>

namespace Annals {

SeriesMenu::SeriesMenu(ProjectDocument *document, QWidget *parent)
    : QMenu(tr("&Series"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("seriesMenu"));
    connect(document, &ProjectDocument::viewStateChanged, this, &SeriesMenu::syncChecks);
    connect(document, &ProjectDocument::datasetChanged, this, &SeriesMenu::rebuild);
    rebuild();
}

QList<std::pair<QString, QList<PlotChoice>>> SeriesMenu::sections() const
{
    using Chart = ChartCatalog::Chart;
    const ViewState &view = m_document->viewState();
    QList<std::pair<QString, QList<PlotChoice>>> result;
    for (Chart chart : {Chart::Spending, Chart::RdIntensity})
        result.append({ChartCatalog::title(chart, view),
                       ChartCatalog::choices(chart, view, m_document->dataset())});
    result.append({tr("More series (table and details)"),
                   ChartCatalog::tableOnlyChoices(view, m_document->dataset(),
                                                  *m_document->yearModel())});
    return result;
}

void SeriesMenu::rebuild()
{
    clear();
    const ViewState &view = m_document->viewState();
    for (const auto &[title, choices] : sections()) {
        addSection(title); // section headers are drawn as they are, without shortcuts
        for (const PlotChoice &choice : choices) {
            QAction *action = addAction(MenuText::escaped(choice.spec.legend));
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
    const ViewState &view = m_document->viewState();
    QList<PlotChoice> all;
    for (const auto &section : sections())
        all += section.second;
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
