#pragma once

#include "targetevaluator.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
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

Q_SIGNALS:
    /// The vintage or tolerance changed: statuses shown elsewhere must follow.
    void evaluatorChanged();

private:
    void reload();
    void applyEvaluator();
    void applyFilter();
    void updateChart();
    void updateSummary();
    void selectYearOfRow(const QModelIndex &proxyIndex);
    QString chartIndicator() const;

    ProjectDocument *m_document;
    TargetTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_indicator;
    QComboBox *m_vintage;
    QDoubleSpinBox *m_tolerance;
    TargetChart *m_chart;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace Annals
