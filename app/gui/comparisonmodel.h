#pragma once

#include "reportdiff.h"

#include <QAbstractTableModel>
#include <QColor>

namespace Annals {

/*!
 * Two reports side by side, one aligned sentence a row: column 0 the old report, column 1 the
 * new one. Rows are coloured by status; HtmlRole marks the changed characters of reworded
 * sentences.
 */
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< AlignedSentence::Status as int
        HtmlRole,                      ///< the sentence with its changed spans marked
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setRows(const QList<AlignedSentence> &rows);
    const QList<AlignedSentence> &rows() const { return m_rows; }
    const AlignedSentence &row(int index) const { return m_rows.at(index); }

    static QColor statusColor(AlignedSentence::Status status);
    static QColor changeColor(bool removed);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setHeaders(const QString &oldName, const QString &newName);

private:
    QString html(const AlignedSentence &row, bool newSide) const;

    QList<AlignedSentence> m_rows;
    QString m_headers[2];
};

} // namespace Annals
