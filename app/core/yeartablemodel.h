#pragma once

#include "dataset.h"
#include "yeartablecell.h"
#include "yeartablecolumn.h"
#include "yeartableroles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace Annals {

class YearTableBuilder;

/*!
 * \brief Adapts a Dataset to Qt's model/view: one row per year (every year from the first to
 * the last, so missing years are rows without values), one column per YearTableColumn.
 *
 * Views share one QItemSelectionModel over this model to link the selected years. Data is
 * read through YearTableRoles; the model is read-only (edits go through the document).
 * Cells are computed when a view first asks for them: a large vocabulary adds thousands of
 * columns that no view shows at once.
 */
class YearTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit YearTableModel(QObject *parent = nullptr);
    ~YearTableModel() override;

    /*!
     * Shows \a dataset. With the same years and the common columns in the same order (a
     * value edited, a keyword added or removed) views are told exactly what changed: columns
     * removed and inserted, then every cell and header changed; otherwise the model resets.
     */
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
    int lastYear() const { return m_firstYear + m_rowCount - 1; }

    const QList<YearTableColumn> &columns() const { return m_columns; }
    /// Column index of \a columnId (see YearTableColumn::id()), or -1.
    int columnOf(const QString &columnId) const;

private:
    void removeColumnsNotIn(const QSet<QString> &ids);
    void insertColumnsOf(const QList<YearTableColumn> &columns, const QStringList &ids);
    const YearTableCell &cell(int row, int column) const;
    std::optional<double> value(int row, int column) const;
    QVariant seen(int column, bool first) const;

    Dataset m_dataset;
    // Kept between cells: it remembers each keyword's language (see YearTableBuilder).
    std::unique_ptr<YearTableBuilder> m_builder;
    int m_firstYear = 0;
    int m_rowCount = 0;
    QList<YearTableColumn> m_columns;
    QStringList m_columnIds; ///< of each of m_columns: views ask for them all the time
    QHash<QString, int> m_columnById;
    /// keyword -> first and last year seen, as headers read them (each a pass over the texts)
    mutable QHash<QString, std::optional<std::pair<int, int>>> m_yearsSeen;
    mutable QHash<quint64, YearTableCell> m_cells; ///< (row << 32 | column) -> computed cell
    // Charts read every value of the columns they plot, and the texts of a cell cost ten
    // times its value: values alone, a column at a time, for cells nobody asked the texts of.
    mutable QHash<int, QList<std::optional<double>>> m_values; ///< column -> value of each row
};

} // namespace Annals
