#include "chartvaluesmenu.h"

#include "chartlayoutedits.h"
#include "chartlayouts.h"
#include "menutext.h"
#include "projectdocument.h"

#include <QActionGroup>

namespace Annals {

ChartValuesMenu::ChartValuesMenu(ProjectDocument *document, QWidget *parent)
    : QMenu(tr("Chart &Values"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("chartValuesMenu"));
    // Built when opened: the charts and their views change with every edit.
    connect(this, &QMenu::aboutToShow, this, &ChartValuesMenu::rebuild);
}

void ChartValuesMenu::rebuild()
{
    clear();
    using Mode = FigureTransform::Mode;
    const Project &project = m_document->project();
    const QList<ChartLayout> charts = ChartLayouts::effective(project, *m_document->yearModel());
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const ChartLayout &layout = charts.at(i);
        if (!ChartLayouts::hasRelativeViews(layout))
            continue;
        addSection(ChartLayouts::title(layout, project, *m_document->yearModel()));
        auto *group = new QActionGroup(this);
        for (Mode mode : {Mode::Absolute, Mode::Index, Mode::ChangeFromPrevious}) {
            QAction *action = addAction(MenuText::escaped(ChartLayouts::modeName(mode)));
            action->setCheckable(true);
            action->setChecked(layout.mode == mode);
            group->addAction(action);
            const int chart = int(i);
            const int base = layout.baseYear;
            connect(action, &QAction::triggered, this, [this, chart, mode, base] {
                ChartLayoutEdits::setMode(m_document, chart, mode,
                                          mode == Mode::Index ? base : 0);
            });
        }
    }
}

} // namespace Annals
