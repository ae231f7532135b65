#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace Annals {

class Dashboard;
class ProjectDocument;
class RangeStatisticsPanel;

/*!
 * Keeps the "Range Statistics" dock in step with the shared year selection: a brushed range
 * of two years or more gives the statistics (RangeStatistics) of every figure series the
 * dashboard shows; anything else gives a hint.
 *
 * Choosing a Five-Year Plan brushes its years, so every view follows as after a drag; a
 * range that is a plan's (chosen or brushed) also shows the plan's R&D-intensity target
 * against the outcome (PlanTarget), judged with the project's vintage and tolerance like
 * the Targets view.
 */
class RangeStatisticsController : public QObject
{
    Q_OBJECT

public:
    RangeStatisticsController(ProjectDocument *document, Dashboard *dashboard,
                              QMainWindow *window);

    RangeStatisticsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }

    /// Computes again from the selection, the dataset and the shown series.
    void refresh();
    /// Brushes the years of plan number \a plan (within the years the project has).
    void choosePlan(int plan);

private:
    void updatePlans();

    ProjectDocument *m_document;
    Dashboard *m_dashboard;
    RangeStatisticsPanel *m_panel;
    QDockWidget *m_dock = nullptr;
};

} // namespace Annals
