#pragma once

#include "project.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace Annals {

class ComparisonModel;
class ProjectDocument;

/*!
 * The year-over-year reading view: two reports of the project side by side, sentences aligned
 * (ReportDiff), added, removed and reworded ones coloured and the changed characters marked.
 * One table holds both, so they scroll in step. A filter keeps the sentences holding a keyword,
 * a group or any phrase typed; the numbers of reworded sentences are listed at the top. The
 * shared year selection follows the right-hand report.
 */
class ReportComparison : public QWidget
{
    Q_OBJECT

public:
    explicit ReportComparison(ProjectDocument *document, QWidget *parent = nullptr);

    /// Compares the reports of \a oldYear and \a newYear (first text of each year).
    void compareYears(int oldYear, int newYear);
    /// Keeps the sentences that hold \a filter (a keyword or group of the project, or a
    /// phrase); empty shows all.
    void setFilter(const QString &filter);

    ComparisonModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *numbersLabel() const { return m_numbers; }
    /// Whether \a row passes the filter (is shown).
    bool isRowShown(int row) const;

private:
    void updateReportChoices();
    void compareChosen();
    void applyFilter();
    void updateNumbers();
    const ReportTextRef *refForYear(int year) const;

    ProjectDocument *m_document;
    QComboBox *m_oldReport = nullptr;
    QComboBox *m_newReport = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_numbers = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    ComparisonModel *m_model = nullptr;
    QTimer *m_heights = nullptr;
};

} // namespace Annals
