#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace Annals {

class Dashboard;
class LazyDock;
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

    /// The dock's panel, built now if it was not yet.
    RangeStatisticsPanel *panel();
    QDockWidget *dock() const;

    /// Computes again from the selection, the dataset and the shown series (while shown).
    void refresh();
    /// Brushes the years of plan number \a plan (within the years the project has).
    void choosePlan(int plan);

private:
    void updatePlans();
    bool isShown() const;

    ProjectDocument *m_document;
    Dashboard *m_dashboard;
    LazyDock *m_dock = nullptr;
};

} // namespace Annals
