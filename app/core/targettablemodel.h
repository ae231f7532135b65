#pragma once

#include "dataset.h"
#include "targetevaluator.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace Annals {

/*!
 * \brief Every target of a dataset as a table row, judged by a TargetEvaluator: indicator,
 * year, target, outcome, vintage judged, status, gap, verbatim phrase and source.
 *
 * Display texts are for people; SortRole gives numbers (years, values, gaps) so that a sort
 * proxy orders them as numbers. Changing the evaluator's tolerance or vintage changes the
 * outcome, status and gap cells in place (dataChanged), not the rows.
 */
class TargetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Indicator, Year, TargetText, Outcome, Vintage, Status, Gap, Phrase, Source,
                  ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers as doubles, texts as text
        IndicatorIdRole,             ///< QString, any column
        YearRole,                    ///< int, any column
        StatusRole,                  ///< QString: targetStatusId(), any column
    };

    explicit TargetTableModel(QObject *parent = nullptr);

    /// Rebuilds every row from \a dataset (a model reset).
    void setDataset(const Dataset &dataset);
    const Dataset &dataset() const { return m_dataset; }
    void setEvaluator(const TargetEvaluator &evaluator);
    const TargetEvaluator &evaluator() const { return m_evaluator; }

    const Target &target(int row) const { return m_dataset.targets.at(row); }
    const TargetEvaluation &evaluation(int row) const { return m_evaluations.at(row); }
    /// "GDP growth: 12 of 25 targets met, 3 near, 10 missed, 1 pending" for \a indicatorId.
    QString summary(const QString &indicatorId) const;
    /// A target as a phrase: "about 7 %", "at least 10 million persons", "6.5–7 %".
    QString targetText(const Target &target) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void evaluateAll();
    QString unitOf(const QString &id) const;

    Dataset m_dataset;
    TargetEvaluator m_evaluator;
    QList<TargetEvaluation> m_evaluations;
};

} // namespace Annals
