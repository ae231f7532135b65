#pragma once

#include "targetevaluator.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QUrl;
class QSortFilterProxyModel;
class QTableView;

namespace Annals {

class ProjectDocument;
class TargetChart;
class TargetTableModel;

/*!
 * \brief The Targets view: per indicator, targets drawn as what they are and outcomes coloured
 * by status (TargetChart), a sortable table of all targets filterable by indicator, a summary
 * line per indicator, and the analyst's choices of vintage and tolerance.
 *
 * Linked to the shared year selection: the chart highlights it, and a click on the chart or a
 * table row selects that year everywhere.
 */
class TargetsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TargetsPanel(ProjectDocument *document, QWidget *parent = nullptr);

    /// How targets are judged now (vintage and tolerance chosen on the view).
    const TargetEvaluator &evaluator() const;

    TargetChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    QComboBox *indicatorBox() const { return m_indicator; }
    QComboBox *vintageBox() const { return m_vintage; }
    QDoubleSpinBox *toleranceBox() const { return m_tolerance; }
    QLabel *summaryLabel() const { return m_summary; }
    TargetTableModel *model() const { return m_model; }

    /*!
     * "Open in Report" for the table's current row: opens the report viewer at the target's
     * verbatim phrase where its report text is imported; disabled, with a tooltip saying how
     * to import it, where not. Also in the table's context menu and on the toolbar row.
     */
    QAction *openInReportAction() const { return m_openInReport; }
    /// The chart's context menu for the mark at \a position (widget coordinates of chart());
    /// nullptr where there is no mark. The caller owns the menu.
    QMenu *chartMenuAt(const QPoint &position);
    /// Opens the report viewer for an "annals:target" link (TargetReport::link()); false for
    /// other links.
    bool openTargetLink(const QUrl &url);

Q_SIGNALS:
    /// The vintage or tolerance changed: statuses shown elsewhere must follow.
    void evaluatorChanged();

private:
    void reload();
    void applyEvaluator();
    /// Takes the vintage and tolerance of the project's view (edited, undone, opened).
    void followView();
    void applyFilter();
    void updateChart();
    void updateSummary();
    void selectYearOfRow(const QModelIndex &proxyIndex);
    QString chartIndicator() const;
    void updateReportAction();
    /// Sets \a action up to open \a target's phrase, or disables it saying why.
    void prepareReportAction(QAction *action, const Target *target);
    void openInReport(const QString &indicatorId, int year);

    ProjectDocument *m_document;
    TargetTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_indicator;
    QComboBox *m_vintage;
    QDoubleSpinBox *m_tolerance;
    TargetChart *m_chart;
    QTableView *m_table;
    QLabel *m_summary;
    QAction *m_openInReport;
};

} // namespace Annals
