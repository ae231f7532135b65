#include "yeartablemodel.h"

#include "yeartablebuilder.h"

namespace Annals {

YearTableModel::YearTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_builder(std::make_unique<YearTableBuilder>(m_dataset))
{
}

YearTableModel::~YearTableModel() = default;

namespace {

QStringList idsOf(const QList<YearTableColumn> &columns)
{
    QStringList ids;
    ids.reserve(columns.size());
    for (const YearTableColumn &column : columns)
        ids.append(column.id());
    return ids;
}

// The ids of \a ids that are also in \a others, in their order.
QStringList kept(const QStringList &ids, const QSet<QString> &others)
{
    QStringList result;
    for (const QString &id : ids) {
        if (others.contains(id))
            result.append(id);
    }
    return result;
}

// Whether the texts' counts can give other years seen: what a year and a language counted.
// Hashes filled alike iterate alike, so equal ones are usually confirmed pair by pair with no
// lookup; a first difference in order falls back to QHash's comparison.
bool countsDiffer(const QList<DocumentCounts> &before, const QList<DocumentCounts> &after)
{
    if (before.size() != after.size())
        return true;
    for (qsizetype d = 0; d < before.size(); ++d) {
        const DocumentCounts &was = before.at(d);
        const DocumentCounts &is = after.at(d);
        if (was.year != is.year || was.language != is.language
            || was.counts.size() != is.counts.size()) {
            return true;
        }
        for (auto i = was.counts.cbegin(), j = is.counts.cbegin(); i != was.counts.cend();
             ++i, ++j) {
            if (i.key() != j.key() || i.value() != j.value()) {
                if (was.counts != is.counts)
                    return true;
                break;
            }
        }
    }
    return false;
}

// Whether the headers of \a columns read anything different in \a after than in \a before:
// series names, units and breaks; keyword glosses and the years each keyword was first and
// last seen. (Comparing all keyword counts, as before, missed renamed series.)
bool headersDiffer(const Dataset &before, const Dataset &after,
                   const QList<YearTableColumn> &columns)
{
    if (!(before.keywords.vocabulary == after.keywords.vocabulary))
        return true; // glosses, and the members that decide a group's language
    // Counts that changed may have moved a keyword's first or last year; most edits and
    // reopened projects leave them as they were.
    const bool countsChanged = countsDiffer(before.keywords.documents, after.keywords.documents);
    QSet<QString> keywordsChecked;
    for (const YearTableColumn &column : columns) {
        if (!column.keyword.isEmpty()) {
            if (countsChanged && !keywordsChecked.contains(column.keyword)) {
                keywordsChecked.insert(column.keyword);
                if (before.keywords.yearsSeen(column.keyword)
                    != after.keywords.yearsSeen(column.keyword)) {
                    return true;
                }
            }
            continue;
        }
        const Series *was = before.findSeries(column.seriesId);
        const Series *is = after.findSeries(column.seriesId);
        if (!was || !is) {
            if (was != is)
                return true;
            continue;
        }
        if (was->nameEn != is->nameEn || was->nameZh != is->nameZh || was->unit != is->unit
            || was->breaks != is->breaks) {
            return true;
        }
    }
    return false;
}

} // namespace

void YearTableModel::setDataset(const Dataset &dataset)
{
    const auto [first, last] = dataset.yearSpan();
    const int rowCount = std::max(0, last - first + 1);
    const QList<YearTableColumn> columns = YearTableBuilder(dataset).columns();
    const QStringList oldIds = m_columnIds;
    const QStringList newIds = idsOf(columns);
    const QSet<QString> oldSet(oldIds.cbegin(), oldIds.cend());
    const QSet<QString> newSet(newIds.cbegin(), newIds.cend());
    // Same years, and the columns both have in the same order: views keep their selection,
    // scroll position and column widths through removed and inserted columns and changed cells.
    const bool precise = first == m_firstYear && rowCount == m_rowCount && rowCount > 0
                         && kept(oldIds, newSet) == kept(newIds, oldSet);
    if (!precise)
        beginResetModel();
    // Only asked of a precise update: a reset tells views that everything changed.
    const bool headersChanged = precise
                                && (!(columns == m_columns)
                                    || headersDiffer(m_dataset, dataset, columns));
    m_dataset = dataset;
    m_builder = std::make_unique<YearTableBuilder>(m_dataset);
    m_yearsSeen.clear();
    m_cells.clear();
    m_values.clear();
    if (precise) {
        removeColumnsNotIn(newSet);
        insertColumnsOf(columns, newIds);
        // A view may have read cells between the steps, cached under columns that moved since.
        m_cells.clear();
        m_values.clear();
    }
    m_columns = columns;
    m_columnIds = newIds;
    m_columnById.clear();
    for (int i = 0; i < m_columnIds.size(); ++i)
        m_columnById.insert(m_columnIds.at(i), i);
    m_firstYear = first;
    m_rowCount = rowCount;
    if (!precise) {
        endResetModel();
        return;
    }
    if (m_columns.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, int(m_columns.size()) - 1));
    if (headersChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
}

void YearTableModel::removeColumnsNotIn(const QSet<QString> &ids)
{
    // From the back, one run of neighbouring columns at a time, so indexes ahead stay valid.
    for (int end = int(m_columns.size()) - 1; end >= 0; --end) {
        if (ids.contains(m_columnIds.at(end)))
            continue;
        int start = end;
        while (start > 0 && !ids.contains(m_columnIds.at(start - 1)))
            --start;
        beginRemoveColumns(QModelIndex(), start, end);
        m_columns.remove(start, end - start + 1);
        m_columnIds.remove(start, end - start + 1);
        endRemoveColumns();
        end = start;
    }
}

void YearTableModel::insertColumnsOf(const QList<YearTableColumn> &columns, const QStringList &ids)
{
    // m_columns holds the kept columns, in the order of \a columns (whose ids are \a ids):
    // insert each run of new ones before the kept column that follows it.
    for (int at = 0; at < columns.size(); ++at) {
        const bool keptFollows = at < m_columns.size();
        if (keptFollows && m_columnIds.at(at) == ids.at(at))
            continue;
        int end = at;
        while (end + 1 < columns.size() && !(keptFollows && ids.at(end + 1) == m_columnIds.at(at)))
            ++end;
        beginInsertColumns(QModelIndex(), at, end);
        for (int i = at; i <= end; ++i) {
            m_columns.insert(i, columns.at(i));
            m_columnIds.insert(i, ids.at(i));
        }
        endInsertColumns();
        at = end;
    }
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

std::optional<double> YearTableModel::value(int row, int column) const
{
    const quint64 key = (quint64(row) << 32) | quint64(column);
    if (const auto cached = m_cells.constFind(key); cached != m_cells.cend())
        return cached->value;
    auto it = m_values.constFind(column);
    if (it == m_values.cend())
        it = m_values.insert(column, m_builder->values(m_columns.at(column), m_firstYear,
                                                       lastYear()));
    return it->value(row);
}

QVariant YearTableModel::seen(int column, bool first) const
{
    const QString &keyword = m_columns.at(column).keyword;
    if (keyword.isEmpty())
        return {};
    auto years = m_yearsSeen.constFind(keyword);
    if (years == m_yearsSeen.constEnd())
        years = m_yearsSeen.insert(keyword, m_dataset.keywords.yearsSeen(keyword));
    if (!*years)
        return {};
    return first ? (*years)->first : (*years)->second;
}

QVariant YearTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case YearTableRoles::Year:
        return yearAt(index.row());
    case YearTableRoles::Value: {
        const std::optional<double> value = this->value(index.row(), index.column());
        return value ? QVariant(*value) : QVariant();
    }
    default:
        break;
    }
    const YearTableCell &cell = this->cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.sourceTitle.isEmpty() ? QVariant() : QVariant(cell.sourceTitle);
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
        return m_columnIds.at(section);
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
