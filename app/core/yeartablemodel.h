#pragma once

#include "dataset.h"
#include "yeartablecell.h"
#include "yeartablecolumn.h"
#include "yeartableroles.h"

#include <QAbstractTableModel>
#include <QList>

namespace Annals {

/*!
 * \brief Adapts a Dataset to Qt's model/view: one row per year (every year from the first to
 * the last, so missing years are rows without values), one column per YearTableColumn.
 *
 * Views share one QItemSelectionModel over this model to link the selected years. Data is
 * read through YearTableRoles; the model is read-only (edits go through the document).
 */
class YearTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit YearTableModel(QObject *parent = nullptr);

    /// Rebuilds rows and columns from \a dataset (a model reset).
    void setDataset(const Dataset &dataset);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int yearAt(int row) const { return m_firstYear + row; }
    /// Row of \a year, or -1 when outside the table.
    int rowOfYear(int year) const;
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_firstYear + int(m_rows.size()) - 1; }

    const QList<YearTableColumn> &columns() const { return m_columns; }
    /// Column index of \a columnId (see YearTableColumn::id()), or -1.
    int columnOf(const QString &columnId) const;

private:
    struct ColumnHeader
    {
        QString label;
        QString seriesName;
        QString unit;
        QVariant firstSeen;
        QVariant lastSeen;
    };

    int m_firstYear = 0;
    QList<YearTableColumn> m_columns;
    QList<ColumnHeader> m_headers;
    QList<QList<YearTableCell>> m_rows; ///< [row][column]
};

} // namespace Annals
