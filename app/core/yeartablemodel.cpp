#include "yeartablemodel.h"

#include "yeartablebuilder.h"

namespace Annals {

YearTableModel::YearTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_builder(std::make_unique<YearTableBuilder>(m_dataset))
{
}

YearTableModel::~YearTableModel() = default;

void YearTableModel::setDataset(const Dataset &dataset)
{
    beginResetModel();
    m_dataset = dataset;
    m_builder = std::make_unique<YearTableBuilder>(m_dataset);
    m_columns = m_builder->columns();
    m_columnById.clear();
    for (int i = 0; i < m_columns.size(); ++i)
        m_columnById.insert(m_columns.at(i).id(), i);
    m_cells.clear();
    const auto [first, last] = m_dataset.yearSpan();
    m_firstYear = first;
    m_rowCount = std::max(0, last - first + 1);
    endResetModel();
}

int YearTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int YearTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int YearTableModel::rowOfYear(int year) const
{
    const int row = year - m_firstYear;
    return row >= 0 && row < m_rowCount ? row : -1;
}

int YearTableModel::columnOf(const QString &columnId) const
{
    return m_columnById.value(columnId, -1);
}

const YearTableCell &YearTableModel::cell(int row, int column) const
{
    const quint64 key = (quint64(row) << 32) | quint64(column);
    auto it = m_cells.find(key);
    if (it == m_cells.end())
        it = m_cells.insert(key, m_builder->cell(m_columns.at(column), yearAt(row)));
    return *it;
}

QVariant YearTableModel::seen(int column, bool first) const
{
    const QString &keyword = m_columns.at(column).keyword;
    if (keyword.isEmpty())
        return {};
    const std::optional<int> year = first ? m_dataset.keywords.firstYearSeen(keyword)
                                          : m_dataset.keywords.lastYearSeen(keyword);
    return year ? QVariant(*year) : QVariant();
}

QVariant YearTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const YearTableCell &cell = this->cell(index.row(), index.column());
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
        return YearTableBuilder(m_dataset).unit(m_columns.at(index.column()));
    case YearTableRoles::Vintage:
        return cell.vintage;
    case YearTableRoles::VintageId:
        return cell.vintageId;
    case YearTableRoles::UnitId:
        return YearTableBuilder(m_dataset).unitId(m_columns.at(index.column()));
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
    case YearTableRoles::PlainText:
        return cell.plainText;
    case YearTableRoles::Publishers:
        return cell.publishers;
    default:
        break;
    }
    return {};
}

QVariant YearTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rowCount)
            return {};
        if (role == Qt::DisplayRole || role == YearTableRoles::Year)
            return yearAt(section);
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const YearTableColumn &column = m_columns.at(section);
    const YearTableBuilder builder(m_dataset);
    switch (role) {
    case Qt::DisplayRole:
        return builder.label(column);
    case Qt::ToolTipRole:
        return builder.seriesName(column) + QStringLiteral(" — ") + builder.unit(column);
    case YearTableRoles::ColumnId:
        return column.id();
    case YearTableRoles::ColumnType:
        return int(column.type);
    case YearTableRoles::SeriesName:
        return builder.seriesName(column);
    case YearTableRoles::Unit:
        return builder.unit(column);
    case YearTableRoles::SeriesBreaks:
        if (const Series *series = m_dataset.findSeries(column.seriesId);
            series && column.type == ColumnType::Figure) {
            QVariantList years;
            for (int year : series->breaks)
                years.append(year);
            return years;
        }
        return {};
    case YearTableRoles::UnitId:
        return builder.unitId(column);
    case YearTableRoles::FirstSeen:
        return seen(section, true);
    case YearTableRoles::LastSeen:
        return seen(section, false);
    default:
        break;
    }
    return {};
}

} // namespace Annals
