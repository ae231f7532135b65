#include "yeartablemodel.h"

#include "yeartablebuilder.h"

namespace Annals {

YearTableModel::YearTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void YearTableModel::setDataset(const Dataset &dataset)
{
    beginResetModel();
    const YearTableBuilder builder(dataset);
    m_columns = builder.columns();
    m_headers.clear();
    for (const YearTableColumn &column : std::as_const(m_columns)) {
        ColumnHeader header{builder.label(column), builder.seriesName(column),
                            builder.unit(column), QVariant(), QVariant()};
        if (!column.keyword.isEmpty()) {
            if (const auto first = dataset.keywords.firstYearSeen(column.keyword))
                header.firstSeen = *first;
            if (const auto last = dataset.keywords.lastYearSeen(column.keyword))
                header.lastSeen = *last;
        }
        m_headers.append(header);
    }
    const auto [first, last] = dataset.yearSpan();
    m_firstYear = first;
    m_rows.clear();
    for (int year = first; year <= last; ++year) {
        QList<YearTableCell> cells;
        cells.reserve(m_columns.size());
        for (const YearTableColumn &column : std::as_const(m_columns))
            cells.append(builder.cell(column, year));
        m_rows.append(cells);
    }
    endResetModel();
}

int YearTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int YearTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int YearTableModel::rowOfYear(int year) const
{
    const int row = year - m_firstYear;
    return row >= 0 && row < m_rows.size() ? row : -1;
}

int YearTableModel::columnOf(const QString &columnId) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).id() == columnId)
            return i;
    }
    return -1;
}

QVariant YearTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const YearTableCell &cell = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.sourceTitle.isEmpty() ? QVariant() : QVariant(cell.sourceTitle);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case YearTableRoles::Year:
        return yearAt(index.row());
    case YearTableRoles::Value:
        return cell.value ? QVariant(*cell.value) : QVariant();
    case YearTableRoles::Unit:
        return m_headers.at(index.column()).unit;
    case YearTableRoles::Vintage:
        return cell.vintage;
    case YearTableRoles::SourceTitle:
        return cell.sourceTitle;
    case YearTableRoles::SourceUrl:
        return cell.sourceUrl;
    case YearTableRoles::Note:
        return cell.note;
    case YearTableRoles::FlagTexts:
        return cell.flagTexts;
    case YearTableRoles::ReportedGrowth:
        return cell.reportedGrowth;
    case YearTableRoles::Alternatives:
        return cell.alternatives;
    default:
        break;
    }
    return {};
}

QVariant YearTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        if (role == Qt::DisplayRole || role == YearTableRoles::Year)
            return yearAt(section);
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const ColumnHeader &header = m_headers.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return header.label;
    case Qt::ToolTipRole:
        return header.seriesName + QStringLiteral(" — ") + header.unit;
    case YearTableRoles::ColumnId:
        return m_columns.at(section).id();
    case YearTableRoles::ColumnType:
        return int(m_columns.at(section).type);
    case YearTableRoles::SeriesName:
        return header.seriesName;
    case YearTableRoles::Unit:
        return header.unit;
    case YearTableRoles::FirstSeen:
        return header.firstSeen;
    case YearTableRoles::LastSeen:
        return header.lastSeen;
    default:
        break;
    }
    return {};
}

} // namespace Annals
