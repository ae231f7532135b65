#pragma once

#include "chartlayout.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QMenu;
class QSpinBox;
class QToolButton;

namespace Annals {

class ProjectDocument;
class YearChart;

/*!
 * \brief One chart of the dashboard with its controls: the relative view (absolute, index on
 * a base year, % change vs previous year) and a menu to add or remove series and charts.
 * The same menu opens on a right click on the chart.
 */
class ChartPane : public QWidget
{
    Q_OBJECT

public:
    ChartPane(ProjectDocument *document, QWidget *parent = nullptr);

    YearChart *chart() const { return m_chart; }
    int index() const { return m_index; }
    /// Draws chart \a index of the dashboard as \a layout says.
    void setChartLayout(int index, const ChartLayout &layout);
    QComboBox *modeBox() const { return m_mode; }
    QSpinBox *baseYearBox() const { return m_baseYear; }
    /// The chart's menu (relative view, series, charts, then \a extra actions).
    void fillMenu(QMenu *menu);
    void setExtraActions(const QList<QAction *> &actions) { m_extraActions = actions; }

private:
    void chooseMode(int comboIndex);
    void chooseBaseYear(int year);
    void addSeriesInteractively();
    void newChartInteractively();
    /// A series the analyst picks from every figure of the dataset, or empty.
    QString pickSeries(const QString &title);

    ProjectDocument *m_document;
    YearChart *m_chart;
    QComboBox *m_mode;
    QSpinBox *m_baseYear;
    QHBoxLayout *m_header = nullptr;
    QToolButton *m_menuButton;
    QList<QAction *> m_extraActions;
    ChartLayout m_layout;
    int m_index = -1;
};

} // namespace Annals
