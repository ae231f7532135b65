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

private:
    ProjectDocument *m_document;
    Dashboard *m_dashboard;
    RangeStatisticsPanel *m_panel;
    QDockWidget *m_dock = nullptr;
};

} // namespace Annals
